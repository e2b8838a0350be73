/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.topology.Component;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component Master</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.ComponentMasterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.ComponentMasterImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.ComponentMasterImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.ComponentMasterImpl#isBound <em>Bound</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.ComponentMasterImpl#isAggregateDriver <em>Aggregate Driver</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentMasterImpl extends EObjectImpl implements ComponentMaster {
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
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

	/**
	 * The default value of the '{@link #isBound() <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBound()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOUND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBound() <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBound()
	 * @generated
	 * @ordered
	 */
	protected boolean bound = BOUND_EDEFAULT;

	/**
	 * The default value of the '{@link #isAggregateDriver() <em>Aggregate Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAggregateDriver()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AGGREGATE_DRIVER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAggregateDriver() <em>Aggregate Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAggregateDriver()
	 * @generated
	 * @ordered
	 */
	protected boolean aggregateDriver = AGGREGATE_DRIVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentMasterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.COMPONENT_MASTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.COMPONENT_MASTER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.COMPONENT_MASTER__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.COMPONENT_MASTER__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<Component>(Component.class, this, TopologyPackage.COMPONENT_MASTER__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBound() {
		return bound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBound(boolean newBound) {
		boolean oldBound = bound;
		bound = newBound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.COMPONENT_MASTER__BOUND, oldBound, bound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAggregateDriver() {
		return aggregateDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregateDriver(boolean newAggregateDriver) {
		boolean oldAggregateDriver = aggregateDriver;
		aggregateDriver = newAggregateDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.COMPONENT_MASTER__AGGREGATE_DRIVER, oldAggregateDriver, aggregateDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.COMPONENT_MASTER__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.COMPONENT_MASTER__NAME:
				return getName();
			case TopologyPackage.COMPONENT_MASTER__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case TopologyPackage.COMPONENT_MASTER__COMPONENTS:
				return getComponents();
			case TopologyPackage.COMPONENT_MASTER__BOUND:
				return isBound();
			case TopologyPackage.COMPONENT_MASTER__AGGREGATE_DRIVER:
				return isAggregateDriver();
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
			case TopologyPackage.COMPONENT_MASTER__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.COMPONENT_MASTER__DEVICE:
				setDevice((Device)newValue);
				return;
			case TopologyPackage.COMPONENT_MASTER__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case TopologyPackage.COMPONENT_MASTER__BOUND:
				setBound((Boolean)newValue);
				return;
			case TopologyPackage.COMPONENT_MASTER__AGGREGATE_DRIVER:
				setAggregateDriver((Boolean)newValue);
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
			case TopologyPackage.COMPONENT_MASTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.COMPONENT_MASTER__DEVICE:
				setDevice((Device)null);
				return;
			case TopologyPackage.COMPONENT_MASTER__COMPONENTS:
				getComponents().clear();
				return;
			case TopologyPackage.COMPONENT_MASTER__BOUND:
				setBound(BOUND_EDEFAULT);
				return;
			case TopologyPackage.COMPONENT_MASTER__AGGREGATE_DRIVER:
				setAggregateDriver(AGGREGATE_DRIVER_EDEFAULT);
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
			case TopologyPackage.COMPONENT_MASTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.COMPONENT_MASTER__DEVICE:
				return device != null;
			case TopologyPackage.COMPONENT_MASTER__COMPONENTS:
				return components != null && !components.isEmpty();
			case TopologyPackage.COMPONENT_MASTER__BOUND:
				return bound != BOUND_EDEFAULT;
			case TopologyPackage.COMPONENT_MASTER__AGGREGATE_DRIVER:
				return aggregateDriver != AGGREGATE_DRIVER_EDEFAULT;
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
		result.append(", bound: ");
		result.append(bound);
		result.append(", aggregateDriver: ");
		result.append(aggregateDriver);
		result.append(')');
		return result.toString();
	}

} //ComponentMasterImpl
