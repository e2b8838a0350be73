/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.dt.SourceLocation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getConsumer <em>Consumer</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getState <em>State</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getOriginProperty <em>Origin Property</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getOriginLocation <em>Origin Location</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.DeviceLink#getOriginCall <em>Origin Call</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink()
 * @model
 * @generated
 */
public interface DeviceLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplier</em>' reference.
	 * @see #setSupplier(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_Supplier()
	 * @model required="true"
	 * @generated
	 */
	Device getSupplier();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getSupplier <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier</em>' reference.
	 * @see #getSupplier()
	 * @generated
	 */
	void setSupplier(Device value);

	/**
	 * Returns the value of the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consumer</em>' reference.
	 * @see #setConsumer(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_Consumer()
	 * @model required="true"
	 * @generated
	 */
	Device getConsumer();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getConsumer <em>Consumer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consumer</em>' reference.
	 * @see #getConsumer()
	 * @generated
	 */
	void setConsumer(Device value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link org.dmstudio.model.topology.DeviceLinkFlag}.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.DeviceLinkFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.dmstudio.model.topology.DeviceLinkFlag
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_Flags()
	 * @model
	 * @generated
	 */
	EList<DeviceLinkFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.DeviceLinkState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.topology.DeviceLinkState
	 * @see #setState(DeviceLinkState)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_State()
	 * @model
	 * @generated
	 */
	DeviceLinkState getState();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.topology.DeviceLinkState
	 * @see #getState()
	 * @generated
	 */
	void setState(DeviceLinkState value);

	/**
	 * Returns the value of the '<em><b>Origin Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DT property fw_devlink derived this link from (e.g. iommus, power-domains, domain-supply).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Property</em>' attribute.
	 * @see #setOriginProperty(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_OriginProperty()
	 * @model
	 * @generated
	 */
	String getOriginProperty();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getOriginProperty <em>Origin Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Property</em>' attribute.
	 * @see #getOriginProperty()
	 * @generated
	 */
	void setOriginProperty(String value);

	/**
	 * Returns the value of the '<em><b>Origin Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin Location</em>' containment reference.
	 * @see #setOriginLocation(SourceLocation)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_OriginLocation()
	 * @model containment="true"
	 * @generated
	 */
	SourceLocation getOriginLocation();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getOriginLocation <em>Origin Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Location</em>' containment reference.
	 * @see #getOriginLocation()
	 * @generated
	 */
	void setOriginLocation(SourceLocation value);

	/**
	 * Returns the value of the '<em><b>Origin Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The driver call that added the link, e.g. device_link_add() in rk_iommu_probe_device().
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Call</em>' attribute.
	 * @see #setOriginCall(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLink_OriginCall()
	 * @model
	 * @generated
	 */
	String getOriginCall();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.DeviceLink#getOriginCall <em>Origin Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Call</em>' attribute.
	 * @see #getOriginCall()
	 * @generated
	 */
	void setOriginCall(String value);

} // DeviceLink
