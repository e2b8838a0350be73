/**
 */
package org.dmstudio.model.topology.impl;

import org.dmstudio.model.dt.Node;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regulator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getSupply <em>Supply</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getUseCount <em>Use Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#isAlwaysOn <em>Always On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#isBootOn <em>Boot On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getMinMicrovolt <em>Min Microvolt</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorImpl#getMaxMicrovolt <em>Max Microvolt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegulatorImpl extends EObjectImpl implements Regulator {
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
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected Node node;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Device provider;

	/**
	 * The cached value of the '{@link #getSupply() <em>Supply</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupply()
	 * @generated
	 * @ordered
	 */
	protected Regulator supply;

	/**
	 * The default value of the '{@link #getUseCount() <em>Use Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseCount()
	 * @generated
	 * @ordered
	 */
	protected static final int USE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUseCount() <em>Use Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseCount()
	 * @generated
	 * @ordered
	 */
	protected int useCount = USE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlwaysOn() <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysOn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALWAYS_ON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlwaysOn() <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysOn()
	 * @generated
	 * @ordered
	 */
	protected boolean alwaysOn = ALWAYS_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isBootOn() <em>Boot On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBootOn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOOT_ON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBootOn() <em>Boot On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBootOn()
	 * @generated
	 * @ordered
	 */
	protected boolean bootOn = BOOT_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinMicrovolt() <em>Min Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMicrovolt()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_MICROVOLT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinMicrovolt() <em>Min Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMicrovolt()
	 * @generated
	 * @ordered
	 */
	protected int minMicrovolt = MIN_MICROVOLT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMicrovolt() <em>Max Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMicrovolt()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_MICROVOLT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxMicrovolt() <em>Max Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMicrovolt()
	 * @generated
	 * @ordered
	 */
	protected int maxMicrovolt = MAX_MICROVOLT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegulatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.REGULATOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (Node)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGULATOR__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(Node newNode) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Device)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGULATOR__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Device newProvider) {
		Device oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regulator getSupply() {
		if (supply != null && supply.eIsProxy()) {
			InternalEObject oldSupply = (InternalEObject)supply;
			supply = (Regulator)eResolveProxy(oldSupply);
			if (supply != oldSupply) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGULATOR__SUPPLY, oldSupply, supply));
			}
		}
		return supply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Regulator basicGetSupply() {
		return supply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupply(Regulator newSupply) {
		Regulator oldSupply = supply;
		supply = newSupply;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__SUPPLY, oldSupply, supply));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUseCount() {
		return useCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseCount(int newUseCount) {
		int oldUseCount = useCount;
		useCount = newUseCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__USE_COUNT, oldUseCount, useCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlwaysOn() {
		return alwaysOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlwaysOn(boolean newAlwaysOn) {
		boolean oldAlwaysOn = alwaysOn;
		alwaysOn = newAlwaysOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__ALWAYS_ON, oldAlwaysOn, alwaysOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBootOn() {
		return bootOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootOn(boolean newBootOn) {
		boolean oldBootOn = bootOn;
		bootOn = newBootOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__BOOT_ON, oldBootOn, bootOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinMicrovolt() {
		return minMicrovolt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinMicrovolt(int newMinMicrovolt) {
		int oldMinMicrovolt = minMicrovolt;
		minMicrovolt = newMinMicrovolt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__MIN_MICROVOLT, oldMinMicrovolt, minMicrovolt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxMicrovolt() {
		return maxMicrovolt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMicrovolt(int newMaxMicrovolt) {
		int oldMaxMicrovolt = maxMicrovolt;
		maxMicrovolt = newMaxMicrovolt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR__MAX_MICROVOLT, oldMaxMicrovolt, maxMicrovolt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.REGULATOR__NAME:
				return getName();
			case TopologyPackage.REGULATOR__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case TopologyPackage.REGULATOR__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case TopologyPackage.REGULATOR__SUPPLY:
				if (resolve) return getSupply();
				return basicGetSupply();
			case TopologyPackage.REGULATOR__USE_COUNT:
				return getUseCount();
			case TopologyPackage.REGULATOR__ENABLED:
				return isEnabled();
			case TopologyPackage.REGULATOR__ALWAYS_ON:
				return isAlwaysOn();
			case TopologyPackage.REGULATOR__BOOT_ON:
				return isBootOn();
			case TopologyPackage.REGULATOR__MIN_MICROVOLT:
				return getMinMicrovolt();
			case TopologyPackage.REGULATOR__MAX_MICROVOLT:
				return getMaxMicrovolt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.REGULATOR__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.REGULATOR__NODE:
				setNode((Node)newValue);
				return;
			case TopologyPackage.REGULATOR__PROVIDER:
				setProvider((Device)newValue);
				return;
			case TopologyPackage.REGULATOR__SUPPLY:
				setSupply((Regulator)newValue);
				return;
			case TopologyPackage.REGULATOR__USE_COUNT:
				setUseCount((Integer)newValue);
				return;
			case TopologyPackage.REGULATOR__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case TopologyPackage.REGULATOR__ALWAYS_ON:
				setAlwaysOn((Boolean)newValue);
				return;
			case TopologyPackage.REGULATOR__BOOT_ON:
				setBootOn((Boolean)newValue);
				return;
			case TopologyPackage.REGULATOR__MIN_MICROVOLT:
				setMinMicrovolt((Integer)newValue);
				return;
			case TopologyPackage.REGULATOR__MAX_MICROVOLT:
				setMaxMicrovolt((Integer)newValue);
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
			case TopologyPackage.REGULATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__NODE:
				setNode((Node)null);
				return;
			case TopologyPackage.REGULATOR__PROVIDER:
				setProvider((Device)null);
				return;
			case TopologyPackage.REGULATOR__SUPPLY:
				setSupply((Regulator)null);
				return;
			case TopologyPackage.REGULATOR__USE_COUNT:
				setUseCount(USE_COUNT_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__ALWAYS_ON:
				setAlwaysOn(ALWAYS_ON_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__BOOT_ON:
				setBootOn(BOOT_ON_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__MIN_MICROVOLT:
				setMinMicrovolt(MIN_MICROVOLT_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR__MAX_MICROVOLT:
				setMaxMicrovolt(MAX_MICROVOLT_EDEFAULT);
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
			case TopologyPackage.REGULATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.REGULATOR__NODE:
				return node != null;
			case TopologyPackage.REGULATOR__PROVIDER:
				return provider != null;
			case TopologyPackage.REGULATOR__SUPPLY:
				return supply != null;
			case TopologyPackage.REGULATOR__USE_COUNT:
				return useCount != USE_COUNT_EDEFAULT;
			case TopologyPackage.REGULATOR__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case TopologyPackage.REGULATOR__ALWAYS_ON:
				return alwaysOn != ALWAYS_ON_EDEFAULT;
			case TopologyPackage.REGULATOR__BOOT_ON:
				return bootOn != BOOT_ON_EDEFAULT;
			case TopologyPackage.REGULATOR__MIN_MICROVOLT:
				return minMicrovolt != MIN_MICROVOLT_EDEFAULT;
			case TopologyPackage.REGULATOR__MAX_MICROVOLT:
				return maxMicrovolt != MAX_MICROVOLT_EDEFAULT;
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
		result.append(", useCount: ");
		result.append(useCount);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", alwaysOn: ");
		result.append(alwaysOn);
		result.append(", bootOn: ");
		result.append(bootOn);
		result.append(", minMicrovolt: ");
		result.append(minMicrovolt);
		result.append(", maxMicrovolt: ");
		result.append(maxMicrovolt);
		result.append(')');
		return result.toString();
	}

} //RegulatorImpl
