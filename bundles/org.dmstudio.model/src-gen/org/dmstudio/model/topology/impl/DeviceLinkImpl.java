/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.dt.SourceLocation;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
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
 * An implementation of the model object '<em><b>Device Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getState <em>State</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getOriginProperty <em>Origin Property</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getOriginLocation <em>Origin Location</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.DeviceLinkImpl#getOriginCall <em>Origin Call</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceLinkImpl extends EObjectImpl implements DeviceLink {
	/**
	 * The cached value of the '{@link #getSupplier() <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected Device supplier;

	/**
	 * The cached value of the '{@link #getConsumer() <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumer()
	 * @generated
	 * @ordered
	 */
	protected Device consumer;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceLinkFlag> flags;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceLinkState STATE_EDEFAULT = DeviceLinkState.NONE;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected DeviceLinkState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginProperty() <em>Origin Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginProperty()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_PROPERTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginProperty() <em>Origin Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginProperty()
	 * @generated
	 * @ordered
	 */
	protected String originProperty = ORIGIN_PROPERTY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOriginLocation() <em>Origin Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginLocation()
	 * @generated
	 * @ordered
	 */
	protected SourceLocation originLocation;

	/**
	 * The default value of the '{@link #getOriginCall() <em>Origin Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginCall()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginCall() <em>Origin Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginCall()
	 * @generated
	 * @ordered
	 */
	protected String originCall = ORIGIN_CALL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DEVICE_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getSupplier() {
		if (supplier != null && supplier.eIsProxy()) {
			InternalEObject oldSupplier = (InternalEObject)supplier;
			supplier = (Device)eResolveProxy(oldSupplier);
			if (supplier != oldSupplier) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DEVICE_LINK__SUPPLIER, oldSupplier, supplier));
			}
		}
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetSupplier() {
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplier(Device newSupplier) {
		Device oldSupplier = supplier;
		supplier = newSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__SUPPLIER, oldSupplier, supplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getConsumer() {
		if (consumer != null && consumer.eIsProxy()) {
			InternalEObject oldConsumer = (InternalEObject)consumer;
			consumer = (Device)eResolveProxy(oldConsumer);
			if (consumer != oldConsumer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.DEVICE_LINK__CONSUMER, oldConsumer, consumer));
			}
		}
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetConsumer() {
		return consumer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsumer(Device newConsumer) {
		Device oldConsumer = consumer;
		consumer = newConsumer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__CONSUMER, oldConsumer, consumer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceLinkFlag> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<DeviceLinkFlag>(DeviceLinkFlag.class, this, TopologyPackage.DEVICE_LINK__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceLinkState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(DeviceLinkState newState) {
		DeviceLinkState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginProperty() {
		return originProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginProperty(String newOriginProperty) {
		String oldOriginProperty = originProperty;
		originProperty = newOriginProperty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__ORIGIN_PROPERTY, oldOriginProperty, originProperty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceLocation getOriginLocation() {
		return originLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOriginLocation(SourceLocation newOriginLocation, NotificationChain msgs) {
		SourceLocation oldOriginLocation = originLocation;
		originLocation = newOriginLocation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION, oldOriginLocation, newOriginLocation);
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
	public void setOriginLocation(SourceLocation newOriginLocation) {
		if (newOriginLocation != originLocation) {
			NotificationChain msgs = null;
			if (originLocation != null)
				msgs = ((InternalEObject)originLocation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION, null, msgs);
			if (newOriginLocation != null)
				msgs = ((InternalEObject)newOriginLocation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION, null, msgs);
			msgs = basicSetOriginLocation(newOriginLocation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION, newOriginLocation, newOriginLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginCall() {
		return originCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginCall(String newOriginCall) {
		String oldOriginCall = originCall;
		originCall = newOriginCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DEVICE_LINK__ORIGIN_CALL, oldOriginCall, originCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION:
				return basicSetOriginLocation(null, msgs);
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
			case TopologyPackage.DEVICE_LINK__SUPPLIER:
				if (resolve) return getSupplier();
				return basicGetSupplier();
			case TopologyPackage.DEVICE_LINK__CONSUMER:
				if (resolve) return getConsumer();
				return basicGetConsumer();
			case TopologyPackage.DEVICE_LINK__FLAGS:
				return getFlags();
			case TopologyPackage.DEVICE_LINK__STATE:
				return getState();
			case TopologyPackage.DEVICE_LINK__ORIGIN_PROPERTY:
				return getOriginProperty();
			case TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION:
				return getOriginLocation();
			case TopologyPackage.DEVICE_LINK__ORIGIN_CALL:
				return getOriginCall();
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
			case TopologyPackage.DEVICE_LINK__SUPPLIER:
				setSupplier((Device)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__CONSUMER:
				setConsumer((Device)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends DeviceLinkFlag>)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__STATE:
				setState((DeviceLinkState)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_PROPERTY:
				setOriginProperty((String)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION:
				setOriginLocation((SourceLocation)newValue);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_CALL:
				setOriginCall((String)newValue);
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
			case TopologyPackage.DEVICE_LINK__SUPPLIER:
				setSupplier((Device)null);
				return;
			case TopologyPackage.DEVICE_LINK__CONSUMER:
				setConsumer((Device)null);
				return;
			case TopologyPackage.DEVICE_LINK__FLAGS:
				getFlags().clear();
				return;
			case TopologyPackage.DEVICE_LINK__STATE:
				setState(STATE_EDEFAULT);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_PROPERTY:
				setOriginProperty(ORIGIN_PROPERTY_EDEFAULT);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION:
				setOriginLocation((SourceLocation)null);
				return;
			case TopologyPackage.DEVICE_LINK__ORIGIN_CALL:
				setOriginCall(ORIGIN_CALL_EDEFAULT);
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
			case TopologyPackage.DEVICE_LINK__SUPPLIER:
				return supplier != null;
			case TopologyPackage.DEVICE_LINK__CONSUMER:
				return consumer != null;
			case TopologyPackage.DEVICE_LINK__FLAGS:
				return flags != null && !flags.isEmpty();
			case TopologyPackage.DEVICE_LINK__STATE:
				return state != STATE_EDEFAULT;
			case TopologyPackage.DEVICE_LINK__ORIGIN_PROPERTY:
				return ORIGIN_PROPERTY_EDEFAULT == null ? originProperty != null : !ORIGIN_PROPERTY_EDEFAULT.equals(originProperty);
			case TopologyPackage.DEVICE_LINK__ORIGIN_LOCATION:
				return originLocation != null;
			case TopologyPackage.DEVICE_LINK__ORIGIN_CALL:
				return ORIGIN_CALL_EDEFAULT == null ? originCall != null : !ORIGIN_CALL_EDEFAULT.equals(originCall);
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
		result.append(" (flags: ");
		result.append(flags);
		result.append(", state: ");
		result.append(state);
		result.append(", originProperty: ");
		result.append(originProperty);
		result.append(", originCall: ");
		result.append(originCall);
		result.append(')');
		return result.toString();
	}

} //DeviceLinkImpl
