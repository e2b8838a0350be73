/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.behaviour.DriverBehaviour;

import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.InitcallLevel;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getCompatibles <em>Compatibles</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getInitcallLevel <em>Initcall Level</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getModuleLoadTimeNs <em>Module Load Time Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#isAsyncProbe <em>Async Probe</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DriverImpl#getBehaviour <em>Behaviour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriverImpl extends EObjectImpl implements Driver {
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
	 * The cached value of the '{@link #getCompatibles() <em>Compatibles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompatibles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> compatibles;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DriverKind KIND_EDEFAULT = DriverKind.BUILT_IN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DriverKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitcallLevel() <em>Initcall Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitcallLevel()
	 * @generated
	 * @ordered
	 */
	protected static final InitcallLevel INITCALL_LEVEL_EDEFAULT = InitcallLevel.DEVICE;

	/**
	 * The cached value of the '{@link #getInitcallLevel() <em>Initcall Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitcallLevel()
	 * @generated
	 * @ordered
	 */
	protected InitcallLevel initcallLevel = INITCALL_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getModuleLoadTimeNs() <em>Module Load Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleLoadTimeNs()
	 * @generated
	 * @ordered
	 */
	protected static final long MODULE_LOAD_TIME_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getModuleLoadTimeNs() <em>Module Load Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleLoadTimeNs()
	 * @generated
	 * @ordered
	 */
	protected long moduleLoadTimeNs = MODULE_LOAD_TIME_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAsyncProbe() <em>Async Probe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAsyncProbe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ASYNC_PROBE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAsyncProbe() <em>Async Probe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAsyncProbe()
	 * @generated
	 * @ordered
	 */
	protected boolean asyncProbe = ASYNC_PROBE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBehaviour() <em>Behaviour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehaviour()
	 * @generated
	 * @ordered
	 */
	protected DriverBehaviour behaviour;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DRIVER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompatibles() {
		if (compatibles == null) {
			compatibles = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.DRIVER__COMPATIBLES);
		}
		return compatibles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DriverKind newKind) {
		DriverKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitcallLevel getInitcallLevel() {
		return initcallLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitcallLevel(InitcallLevel newInitcallLevel) {
		InitcallLevel oldInitcallLevel = initcallLevel;
		initcallLevel = newInitcallLevel == null ? INITCALL_LEVEL_EDEFAULT : newInitcallLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__INITCALL_LEVEL, oldInitcallLevel, initcallLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getModuleLoadTimeNs() {
		return moduleLoadTimeNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleLoadTimeNs(long newModuleLoadTimeNs) {
		long oldModuleLoadTimeNs = moduleLoadTimeNs;
		moduleLoadTimeNs = newModuleLoadTimeNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__MODULE_LOAD_TIME_NS, oldModuleLoadTimeNs, moduleLoadTimeNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAsyncProbe() {
		return asyncProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsyncProbe(boolean newAsyncProbe) {
		boolean oldAsyncProbe = asyncProbe;
		asyncProbe = newAsyncProbe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__ASYNC_PROBE, oldAsyncProbe, asyncProbe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverBehaviour getBehaviour() {
		return behaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBehaviour(DriverBehaviour newBehaviour, NotificationChain msgs) {
		DriverBehaviour oldBehaviour = behaviour;
		behaviour = newBehaviour;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__BEHAVIOUR, oldBehaviour, newBehaviour);
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
	public void setBehaviour(DriverBehaviour newBehaviour) {
		if (newBehaviour != behaviour) {
			NotificationChain msgs = null;
			if (behaviour != null)
				msgs = ((InternalEObject)behaviour).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DRIVER__BEHAVIOUR, null, msgs);
			if (newBehaviour != null)
				msgs = ((InternalEObject)newBehaviour).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DRIVER__BEHAVIOUR, null, msgs);
			msgs = basicSetBehaviour(newBehaviour, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DRIVER__BEHAVIOUR, newBehaviour, newBehaviour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DRIVER__BEHAVIOUR:
				return basicSetBehaviour(null, msgs);
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
			case TopologyPackage.DRIVER__NAME:
				return getName();
			case TopologyPackage.DRIVER__COMPATIBLES:
				return getCompatibles();
			case TopologyPackage.DRIVER__KIND:
				return getKind();
			case TopologyPackage.DRIVER__INITCALL_LEVEL:
				return getInitcallLevel();
			case TopologyPackage.DRIVER__MODULE_LOAD_TIME_NS:
				return getModuleLoadTimeNs();
			case TopologyPackage.DRIVER__ASYNC_PROBE:
				return isAsyncProbe();
			case TopologyPackage.DRIVER__BEHAVIOUR:
				return getBehaviour();
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
			case TopologyPackage.DRIVER__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.DRIVER__COMPATIBLES:
				getCompatibles().clear();
				getCompatibles().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.DRIVER__KIND:
				setKind((DriverKind)newValue);
				return;
			case TopologyPackage.DRIVER__INITCALL_LEVEL:
				setInitcallLevel((InitcallLevel)newValue);
				return;
			case TopologyPackage.DRIVER__MODULE_LOAD_TIME_NS:
				setModuleLoadTimeNs((Long)newValue);
				return;
			case TopologyPackage.DRIVER__ASYNC_PROBE:
				setAsyncProbe((Boolean)newValue);
				return;
			case TopologyPackage.DRIVER__BEHAVIOUR:
				setBehaviour((DriverBehaviour)newValue);
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
			case TopologyPackage.DRIVER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.DRIVER__COMPATIBLES:
				getCompatibles().clear();
				return;
			case TopologyPackage.DRIVER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.DRIVER__INITCALL_LEVEL:
				setInitcallLevel(INITCALL_LEVEL_EDEFAULT);
				return;
			case TopologyPackage.DRIVER__MODULE_LOAD_TIME_NS:
				setModuleLoadTimeNs(MODULE_LOAD_TIME_NS_EDEFAULT);
				return;
			case TopologyPackage.DRIVER__ASYNC_PROBE:
				setAsyncProbe(ASYNC_PROBE_EDEFAULT);
				return;
			case TopologyPackage.DRIVER__BEHAVIOUR:
				setBehaviour((DriverBehaviour)null);
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
			case TopologyPackage.DRIVER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.DRIVER__COMPATIBLES:
				return compatibles != null && !compatibles.isEmpty();
			case TopologyPackage.DRIVER__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.DRIVER__INITCALL_LEVEL:
				return initcallLevel != INITCALL_LEVEL_EDEFAULT;
			case TopologyPackage.DRIVER__MODULE_LOAD_TIME_NS:
				return moduleLoadTimeNs != MODULE_LOAD_TIME_NS_EDEFAULT;
			case TopologyPackage.DRIVER__ASYNC_PROBE:
				return asyncProbe != ASYNC_PROBE_EDEFAULT;
			case TopologyPackage.DRIVER__BEHAVIOUR:
				return behaviour != null;
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
		result.append(", compatibles: ");
		result.append(compatibles);
		result.append(", kind: ");
		result.append(kind);
		result.append(", initcallLevel: ");
		result.append(initcallLevel);
		result.append(", moduleLoadTimeNs: ");
		result.append(moduleLoadTimeNs);
		result.append(", asyncProbe: ");
		result.append(asyncProbe);
		result.append(')');
		return result.toString();
	}

} //DriverImpl
