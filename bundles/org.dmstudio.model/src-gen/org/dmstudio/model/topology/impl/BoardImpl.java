/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.dt.DeviceTree;

import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
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
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getDeviceTree <em>Device Tree</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getBuses <em>Buses</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getPowerDomains <em>Power Domains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getRegulators <em>Regulators</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.BoardImpl#getAggregates <em>Aggregates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoardImpl extends EObjectImpl implements Board {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeviceTree() <em>Device Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceTree()
	 * @generated
	 * @ordered
	 */
	protected DeviceTree deviceTree;

	/**
	 * The cached value of the '{@link #getBuses() <em>Buses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuses()
	 * @generated
	 * @ordered
	 */
	protected EList<Bus> buses;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> drivers;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceLink> links;

	/**
	 * The cached value of the '{@link #getPowerDomains() <em>Power Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerDomain> powerDomains;

	/**
	 * The cached value of the '{@link #getRegulators() <em>Regulators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegulators()
	 * @generated
	 * @ordered
	 */
	protected EList<Regulator> regulators;

	/**
	 * The cached value of the '{@link #getAggregates() <em>Aggregates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregates()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentMaster> aggregates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.BOARD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BOARD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompatible() {
		if (compatible == null) {
			compatible = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.BOARD__COMPATIBLE);
		}
		return compatible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BOARD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTree getDeviceTree() {
		return deviceTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeviceTree(DeviceTree newDeviceTree, NotificationChain msgs) {
		DeviceTree oldDeviceTree = deviceTree;
		deviceTree = newDeviceTree;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.BOARD__DEVICE_TREE, oldDeviceTree, newDeviceTree);
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
	public void setDeviceTree(DeviceTree newDeviceTree) {
		if (newDeviceTree != deviceTree) {
			NotificationChain msgs = null;
			if (deviceTree != null)
				msgs = ((InternalEObject)deviceTree).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.BOARD__DEVICE_TREE, null, msgs);
			if (newDeviceTree != null)
				msgs = ((InternalEObject)newDeviceTree).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.BOARD__DEVICE_TREE, null, msgs);
			msgs = basicSetDeviceTree(newDeviceTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BOARD__DEVICE_TREE, newDeviceTree, newDeviceTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Bus> getBuses() {
		if (buses == null) {
			buses = new EObjectContainmentEList<Bus>(Bus.class, this, TopologyPackage.BOARD__BUSES);
		}
		return buses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, TopologyPackage.BOARD__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<Driver>(Driver.class, this, TopologyPackage.BOARD__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<DeviceLink>(DeviceLink.class, this, TopologyPackage.BOARD__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerDomain> getPowerDomains() {
		if (powerDomains == null) {
			powerDomains = new EObjectContainmentEList<PowerDomain>(PowerDomain.class, this, TopologyPackage.BOARD__POWER_DOMAINS);
		}
		return powerDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Regulator> getRegulators() {
		if (regulators == null) {
			regulators = new EObjectContainmentEList<Regulator>(Regulator.class, this, TopologyPackage.BOARD__REGULATORS);
		}
		return regulators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentMaster> getAggregates() {
		if (aggregates == null) {
			aggregates = new EObjectContainmentEList<ComponentMaster>(ComponentMaster.class, this, TopologyPackage.BOARD__AGGREGATES);
		}
		return aggregates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.BOARD__DEVICE_TREE:
				return basicSetDeviceTree(null, msgs);
			case TopologyPackage.BOARD__BUSES:
				return ((InternalEList<?>)getBuses()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__POWER_DOMAINS:
				return ((InternalEList<?>)getPowerDomains()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__REGULATORS:
				return ((InternalEList<?>)getRegulators()).basicRemove(otherEnd, msgs);
			case TopologyPackage.BOARD__AGGREGATES:
				return ((InternalEList<?>)getAggregates()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.BOARD__NAME:
				return getName();
			case TopologyPackage.BOARD__COMPATIBLE:
				return getCompatible();
			case TopologyPackage.BOARD__DESCRIPTION:
				return getDescription();
			case TopologyPackage.BOARD__DEVICE_TREE:
				return getDeviceTree();
			case TopologyPackage.BOARD__BUSES:
				return getBuses();
			case TopologyPackage.BOARD__DEVICES:
				return getDevices();
			case TopologyPackage.BOARD__DRIVERS:
				return getDrivers();
			case TopologyPackage.BOARD__LINKS:
				return getLinks();
			case TopologyPackage.BOARD__POWER_DOMAINS:
				return getPowerDomains();
			case TopologyPackage.BOARD__REGULATORS:
				return getRegulators();
			case TopologyPackage.BOARD__AGGREGATES:
				return getAggregates();
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
			case TopologyPackage.BOARD__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.BOARD__COMPATIBLE:
				getCompatible().clear();
				getCompatible().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.BOARD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TopologyPackage.BOARD__DEVICE_TREE:
				setDeviceTree((DeviceTree)newValue);
				return;
			case TopologyPackage.BOARD__BUSES:
				getBuses().clear();
				getBuses().addAll((Collection<? extends Bus>)newValue);
				return;
			case TopologyPackage.BOARD__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case TopologyPackage.BOARD__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends Driver>)newValue);
				return;
			case TopologyPackage.BOARD__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends DeviceLink>)newValue);
				return;
			case TopologyPackage.BOARD__POWER_DOMAINS:
				getPowerDomains().clear();
				getPowerDomains().addAll((Collection<? extends PowerDomain>)newValue);
				return;
			case TopologyPackage.BOARD__REGULATORS:
				getRegulators().clear();
				getRegulators().addAll((Collection<? extends Regulator>)newValue);
				return;
			case TopologyPackage.BOARD__AGGREGATES:
				getAggregates().clear();
				getAggregates().addAll((Collection<? extends ComponentMaster>)newValue);
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
			case TopologyPackage.BOARD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.BOARD__COMPATIBLE:
				getCompatible().clear();
				return;
			case TopologyPackage.BOARD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TopologyPackage.BOARD__DEVICE_TREE:
				setDeviceTree((DeviceTree)null);
				return;
			case TopologyPackage.BOARD__BUSES:
				getBuses().clear();
				return;
			case TopologyPackage.BOARD__DEVICES:
				getDevices().clear();
				return;
			case TopologyPackage.BOARD__DRIVERS:
				getDrivers().clear();
				return;
			case TopologyPackage.BOARD__LINKS:
				getLinks().clear();
				return;
			case TopologyPackage.BOARD__POWER_DOMAINS:
				getPowerDomains().clear();
				return;
			case TopologyPackage.BOARD__REGULATORS:
				getRegulators().clear();
				return;
			case TopologyPackage.BOARD__AGGREGATES:
				getAggregates().clear();
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
			case TopologyPackage.BOARD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.BOARD__COMPATIBLE:
				return compatible != null && !compatible.isEmpty();
			case TopologyPackage.BOARD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TopologyPackage.BOARD__DEVICE_TREE:
				return deviceTree != null;
			case TopologyPackage.BOARD__BUSES:
				return buses != null && !buses.isEmpty();
			case TopologyPackage.BOARD__DEVICES:
				return devices != null && !devices.isEmpty();
			case TopologyPackage.BOARD__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case TopologyPackage.BOARD__LINKS:
				return links != null && !links.isEmpty();
			case TopologyPackage.BOARD__POWER_DOMAINS:
				return powerDomains != null && !powerDomains.isEmpty();
			case TopologyPackage.BOARD__REGULATORS:
				return regulators != null && !regulators.isEmpty();
			case TopologyPackage.BOARD__AGGREGATES:
				return aggregates != null && !aggregates.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //BoardImpl
