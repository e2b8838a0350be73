/**
 */
package org.dmstudio.model.dt.impl;

import java.util.Collection;

import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.MemReserve;
import org.dmstudio.model.dt.Node;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Tree</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#getSourceFiles <em>Source Files</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#getIncludePaths <em>Include Paths</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#isPlugin <em>Plugin</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#getMemreserves <em>Memreserves</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.DeviceTreeImpl#getRoot <em>Root</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceTreeImpl extends EObjectImpl implements DeviceTree {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceFiles() <em>Source Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourceFiles;

	/**
	 * The cached value of the '{@link #getIncludePaths() <em>Include Paths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludePaths()
	 * @generated
	 * @ordered
	 */
	protected EList<String> includePaths;

	/**
	 * The default value of the '{@link #isPlugin() <em>Plugin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlugin()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PLUGIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPlugin() <em>Plugin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlugin()
	 * @generated
	 * @ordered
	 */
	protected boolean plugin = PLUGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMemreserves() <em>Memreserves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemreserves()
	 * @generated
	 * @ordered
	 */
	protected EList<MemReserve> memreserves;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected Node root;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceTreeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DtPackage.Literals.DEVICE_TREE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.DEVICE_TREE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourceFiles() {
		if (sourceFiles == null) {
			sourceFiles = new EDataTypeUniqueEList<String>(String.class, this, DtPackage.DEVICE_TREE__SOURCE_FILES);
		}
		return sourceFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIncludePaths() {
		if (includePaths == null) {
			includePaths = new EDataTypeUniqueEList<String>(String.class, this, DtPackage.DEVICE_TREE__INCLUDE_PATHS);
		}
		return includePaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPlugin() {
		return plugin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlugin(boolean newPlugin) {
		boolean oldPlugin = plugin;
		plugin = newPlugin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.DEVICE_TREE__PLUGIN, oldPlugin, plugin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemReserve> getMemreserves() {
		if (memreserves == null) {
			memreserves = new EObjectContainmentEList<MemReserve>(MemReserve.class, this, DtPackage.DEVICE_TREE__MEMRESERVES);
		}
		return memreserves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoot(Node newRoot, NotificationChain msgs) {
		Node oldRoot = root;
		root = newRoot;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DtPackage.DEVICE_TREE__ROOT, oldRoot, newRoot);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(Node newRoot) {
		if (newRoot != root) {
			NotificationChain msgs = null;
			if (root != null)
				msgs = ((InternalEObject)root).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DtPackage.DEVICE_TREE__ROOT, null, msgs);
			if (newRoot != null)
				msgs = ((InternalEObject)newRoot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DtPackage.DEVICE_TREE__ROOT, null, msgs);
			msgs = basicSetRoot(newRoot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.DEVICE_TREE__ROOT, newRoot, newRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DtPackage.DEVICE_TREE__MEMRESERVES:
				return ((InternalEList<?>)getMemreserves()).basicRemove(otherEnd, msgs);
			case DtPackage.DEVICE_TREE__ROOT:
				return basicSetRoot(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DtPackage.DEVICE_TREE__NAME:
				return getName();
			case DtPackage.DEVICE_TREE__SOURCE_FILES:
				return getSourceFiles();
			case DtPackage.DEVICE_TREE__INCLUDE_PATHS:
				return getIncludePaths();
			case DtPackage.DEVICE_TREE__PLUGIN:
				return isPlugin();
			case DtPackage.DEVICE_TREE__MEMRESERVES:
				return getMemreserves();
			case DtPackage.DEVICE_TREE__ROOT:
				return getRoot();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DtPackage.DEVICE_TREE__NAME:
				setName((String)newValue);
				return;
			case DtPackage.DEVICE_TREE__SOURCE_FILES:
				getSourceFiles().clear();
				getSourceFiles().addAll((Collection<? extends String>)newValue);
				return;
			case DtPackage.DEVICE_TREE__INCLUDE_PATHS:
				getIncludePaths().clear();
				getIncludePaths().addAll((Collection<? extends String>)newValue);
				return;
			case DtPackage.DEVICE_TREE__PLUGIN:
				setPlugin((Boolean)newValue);
				return;
			case DtPackage.DEVICE_TREE__MEMRESERVES:
				getMemreserves().clear();
				getMemreserves().addAll((Collection<? extends MemReserve>)newValue);
				return;
			case DtPackage.DEVICE_TREE__ROOT:
				setRoot((Node)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DtPackage.DEVICE_TREE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DtPackage.DEVICE_TREE__SOURCE_FILES:
				getSourceFiles().clear();
				return;
			case DtPackage.DEVICE_TREE__INCLUDE_PATHS:
				getIncludePaths().clear();
				return;
			case DtPackage.DEVICE_TREE__PLUGIN:
				setPlugin(PLUGIN_EDEFAULT);
				return;
			case DtPackage.DEVICE_TREE__MEMRESERVES:
				getMemreserves().clear();
				return;
			case DtPackage.DEVICE_TREE__ROOT:
				setRoot((Node)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DtPackage.DEVICE_TREE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DtPackage.DEVICE_TREE__SOURCE_FILES:
				return sourceFiles != null && !sourceFiles.isEmpty();
			case DtPackage.DEVICE_TREE__INCLUDE_PATHS:
				return includePaths != null && !includePaths.isEmpty();
			case DtPackage.DEVICE_TREE__PLUGIN:
				return plugin != PLUGIN_EDEFAULT;
			case DtPackage.DEVICE_TREE__MEMRESERVES:
				return memreserves != null && !memreserves.isEmpty();
			case DtPackage.DEVICE_TREE__ROOT:
				return root != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", sourceFiles: ");
		result.append(sourceFiles);
		result.append(", includePaths: ");
		result.append(includePaths);
		result.append(", plugin: ");
		result.append(plugin);
		result.append(')');
		return result.toString();
	}

} //DeviceTreeImpl
