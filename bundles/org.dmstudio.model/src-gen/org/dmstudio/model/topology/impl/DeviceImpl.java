/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.behaviour.DriverBehaviour;

import org.dmstudio.model.dt.Node;

import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getBus <em>Bus</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getProbeState <em>Probe State</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getDeferReason <em>Defer Reason</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getProbeError <em>Probe Error</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getRuntimePm <em>Runtime Pm</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getPowerDomains <em>Power Domains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getSupplies <em>Supplies</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceImpl#getBehaviour <em>Behaviour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends EObjectImpl implements Device {
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
	 * The cached value of the '{@link #getCompatible() <em>Compatible</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompatible()
	 * @generated
	 * @ordered
	 */
	protected EList<String> compatible;

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
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Device parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> children;

	/**
	 * The cached value of the '{@link #getBus() <em>Bus</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected Bus bus;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Driver driver;

	/**
	 * The default value of the '{@link #getProbeState() <em>Probe State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeState()
	 * @generated
	 * @ordered
	 */
	protected static final ProbeState PROBE_STATE_EDEFAULT = ProbeState.NONE;

	/**
	 * The cached value of the '{@link #getProbeState() <em>Probe State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeState()
	 * @generated
	 * @ordered
	 */
	protected ProbeState probeState = PROBE_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeferReason() <em>Defer Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFER_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeferReason() <em>Defer Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferReason()
	 * @generated
	 * @ordered
	 */
	protected String deferReason = DEFER_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbeError() <em>Probe Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeError()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBE_ERROR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProbeError() <em>Probe Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeError()
	 * @generated
	 * @ordered
	 */
	protected int probeError = PROBE_ERROR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuntimePm() <em>Runtime Pm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimePm()
	 * @generated
	 * @ordered
	 */
	protected RuntimePmState runtimePm;

	/**
	 * The cached value of the '{@link #getPowerDomains() <em>Power Domains</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerDomain> powerDomains;

	/**
	 * The cached value of the '{@link #getSupplies() <em>Supplies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplies()
	 * @generated
	 * @ordered
	 */
	protected EList<RegulatorSupply> supplies;

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
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompatible() {
		if (compatible == null) {
			compatible = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.DEVICE__COMPATIBLE);
		}
		return compatible;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DEVICE__NODE, oldNode, node));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Device newParent, NotificationChain msgs) {
		Device oldParent = parent;
		parent = newParent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__PARENT, oldParent, newParent);
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
	public void setParent(Device newParent) {
		if (newParent != parent) {
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, TopologyPackage.DEVICE__CHILDREN, Device.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, TopologyPackage.DEVICE__CHILDREN, Device.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getChildren() {
		if (children == null) {
			children = new EObjectWithInverseEList<Device>(Device.class, this, TopologyPackage.DEVICE__CHILDREN, TopologyPackage.DEVICE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bus getBus() {
		if (bus != null && bus.eIsProxy()) {
			InternalEObject oldBus = (InternalEObject)bus;
			bus = (Bus)eResolveProxy(oldBus);
			if (bus != oldBus) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DEVICE__BUS, oldBus, bus));
			}
		}
		return bus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Bus basicGetBus() {
		return bus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBus(Bus newBus) {
		Bus oldBus = bus;
		bus = newBus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__BUS, oldBus, bus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver getDriver() {
		if (driver != null && driver.eIsProxy()) {
			InternalEObject oldDriver = (InternalEObject)driver;
			driver = (Driver)eResolveProxy(oldDriver);
			if (driver != oldDriver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DEVICE__DRIVER, oldDriver, driver));
			}
		}
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Driver basicGetDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Driver newDriver) {
		Driver oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeState getProbeState() {
		return probeState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeState(ProbeState newProbeState) {
		ProbeState oldProbeState = probeState;
		probeState = newProbeState == null ? PROBE_STATE_EDEFAULT : newProbeState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__PROBE_STATE, oldProbeState, probeState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeferReason() {
		return deferReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeferReason(String newDeferReason) {
		String oldDeferReason = deferReason;
		deferReason = newDeferReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__DEFER_REASON, oldDeferReason, deferReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbeError() {
		return probeError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeError(int newProbeError) {
		int oldProbeError = probeError;
		probeError = newProbeError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__PROBE_ERROR, oldProbeError, probeError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimePmState getRuntimePm() {
		return runtimePm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRuntimePm(RuntimePmState newRuntimePm, NotificationChain msgs) {
		RuntimePmState oldRuntimePm = runtimePm;
		runtimePm = newRuntimePm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__RUNTIME_PM, oldRuntimePm, newRuntimePm);
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
	public void setRuntimePm(RuntimePmState newRuntimePm) {
		if (newRuntimePm != runtimePm) {
			NotificationChain msgs = null;
			if (runtimePm != null)
				msgs = ((InternalEObject)runtimePm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE__RUNTIME_PM, null, msgs);
			if (newRuntimePm != null)
				msgs = ((InternalEObject)newRuntimePm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE__RUNTIME_PM, null, msgs);
			msgs = basicSetRuntimePm(newRuntimePm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__RUNTIME_PM, newRuntimePm, newRuntimePm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerDomain> getPowerDomains() {
		if (powerDomains == null) {
			powerDomains = new EObjectWithInverseEList.ManyInverse<PowerDomain>(PowerDomain.class, this, TopologyPackage.DEVICE__POWER_DOMAINS, TopologyPackage.POWER_DOMAIN__DEVICES);
		}
		return powerDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegulatorSupply> getSupplies() {
		if (supplies == null) {
			supplies = new EObjectContainmentEList<RegulatorSupply>(RegulatorSupply.class, this, TopologyPackage.DEVICE__SUPPLIES);
		}
		return supplies;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__BEHAVIOUR, oldBehaviour, newBehaviour);
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
				msgs = ((InternalEObject)behaviour).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE__BEHAVIOUR, null, msgs);
			if (newBehaviour != null)
				msgs = ((InternalEObject)newBehaviour).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE__BEHAVIOUR, null, msgs);
			msgs = basicSetBehaviour(newBehaviour, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE__BEHAVIOUR, newBehaviour, newBehaviour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DEVICE__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, TopologyPackage.DEVICE__CHILDREN, Device.class, msgs);
				return basicSetParent((Device)otherEnd, msgs);
			case TopologyPackage.DEVICE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPowerDomains()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DEVICE__PARENT:
				return basicSetParent(null, msgs);
			case TopologyPackage.DEVICE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DEVICE__RUNTIME_PM:
				return basicSetRuntimePm(null, msgs);
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				return ((InternalEList<?>)getPowerDomains()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DEVICE__SUPPLIES:
				return ((InternalEList<?>)getSupplies()).basicRemove(otherEnd, msgs);
			case TopologyPackage.DEVICE__BEHAVIOUR:
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
			case TopologyPackage.DEVICE__NAME:
				return getName();
			case TopologyPackage.DEVICE__COMPATIBLE:
				return getCompatible();
			case TopologyPackage.DEVICE__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case TopologyPackage.DEVICE__PARENT:
				return getParent();
			case TopologyPackage.DEVICE__CHILDREN:
				return getChildren();
			case TopologyPackage.DEVICE__BUS:
				if (resolve) return getBus();
				return basicGetBus();
			case TopologyPackage.DEVICE__DRIVER:
				if (resolve) return getDriver();
				return basicGetDriver();
			case TopologyPackage.DEVICE__PROBE_STATE:
				return getProbeState();
			case TopologyPackage.DEVICE__DEFER_REASON:
				return getDeferReason();
			case TopologyPackage.DEVICE__PROBE_ERROR:
				return getProbeError();
			case TopologyPackage.DEVICE__RUNTIME_PM:
				return getRuntimePm();
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				return getPowerDomains();
			case TopologyPackage.DEVICE__SUPPLIES:
				return getSupplies();
			case TopologyPackage.DEVICE__BEHAVIOUR:
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
			case TopologyPackage.DEVICE__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.DEVICE__COMPATIBLE:
				getCompatible().clear();
				getCompatible().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.DEVICE__NODE:
				setNode((Node)newValue);
				return;
			case TopologyPackage.DEVICE__PARENT:
				setParent((Device)newValue);
				return;
			case TopologyPackage.DEVICE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Device>)newValue);
				return;
			case TopologyPackage.DEVICE__BUS:
				setBus((Bus)newValue);
				return;
			case TopologyPackage.DEVICE__DRIVER:
				setDriver((Driver)newValue);
				return;
			case TopologyPackage.DEVICE__PROBE_STATE:
				setProbeState((ProbeState)newValue);
				return;
			case TopologyPackage.DEVICE__DEFER_REASON:
				setDeferReason((String)newValue);
				return;
			case TopologyPackage.DEVICE__PROBE_ERROR:
				setProbeError((Integer)newValue);
				return;
			case TopologyPackage.DEVICE__RUNTIME_PM:
				setRuntimePm((RuntimePmState)newValue);
				return;
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				getPowerDomains().clear();
				getPowerDomains().addAll((Collection<? extends PowerDomain>)newValue);
				return;
			case TopologyPackage.DEVICE__SUPPLIES:
				getSupplies().clear();
				getSupplies().addAll((Collection<? extends RegulatorSupply>)newValue);
				return;
			case TopologyPackage.DEVICE__BEHAVIOUR:
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
			case TopologyPackage.DEVICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.DEVICE__COMPATIBLE:
				getCompatible().clear();
				return;
			case TopologyPackage.DEVICE__NODE:
				setNode((Node)null);
				return;
			case TopologyPackage.DEVICE__PARENT:
				setParent((Device)null);
				return;
			case TopologyPackage.DEVICE__CHILDREN:
				getChildren().clear();
				return;
			case TopologyPackage.DEVICE__BUS:
				setBus((Bus)null);
				return;
			case TopologyPackage.DEVICE__DRIVER:
				setDriver((Driver)null);
				return;
			case TopologyPackage.DEVICE__PROBE_STATE:
				setProbeState(PROBE_STATE_EDEFAULT);
				return;
			case TopologyPackage.DEVICE__DEFER_REASON:
				setDeferReason(DEFER_REASON_EDEFAULT);
				return;
			case TopologyPackage.DEVICE__PROBE_ERROR:
				setProbeError(PROBE_ERROR_EDEFAULT);
				return;
			case TopologyPackage.DEVICE__RUNTIME_PM:
				setRuntimePm((RuntimePmState)null);
				return;
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				getPowerDomains().clear();
				return;
			case TopologyPackage.DEVICE__SUPPLIES:
				getSupplies().clear();
				return;
			case TopologyPackage.DEVICE__BEHAVIOUR:
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
			case TopologyPackage.DEVICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.DEVICE__COMPATIBLE:
				return compatible != null && !compatible.isEmpty();
			case TopologyPackage.DEVICE__NODE:
				return node != null;
			case TopologyPackage.DEVICE__PARENT:
				return parent != null;
			case TopologyPackage.DEVICE__CHILDREN:
				return children != null && !children.isEmpty();
			case TopologyPackage.DEVICE__BUS:
				return bus != null;
			case TopologyPackage.DEVICE__DRIVER:
				return driver != null;
			case TopologyPackage.DEVICE__PROBE_STATE:
				return probeState != PROBE_STATE_EDEFAULT;
			case TopologyPackage.DEVICE__DEFER_REASON:
				return DEFER_REASON_EDEFAULT == null ? deferReason != null : !DEFER_REASON_EDEFAULT.equals(deferReason);
			case TopologyPackage.DEVICE__PROBE_ERROR:
				return probeError != PROBE_ERROR_EDEFAULT;
			case TopologyPackage.DEVICE__RUNTIME_PM:
				return runtimePm != null;
			case TopologyPackage.DEVICE__POWER_DOMAINS:
				return powerDomains != null && !powerDomains.isEmpty();
			case TopologyPackage.DEVICE__SUPPLIES:
				return supplies != null && !supplies.isEmpty();
			case TopologyPackage.DEVICE__BEHAVIOUR:
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
		result.append(", compatible: ");
		result.append(compatible);
		result.append(", probeState: ");
		result.append(probeState);
		result.append(", deferReason: ");
		result.append(deferReason);
		result.append(", probeError: ");
		result.append(probeError);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
