/**
 */
package org.dmstudio.model.topology;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Master</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aggregate device (drivers/base/component.c).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.ComponentMaster#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.ComponentMaster#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.ComponentMaster#getComponents <em>Components</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.ComponentMaster#isBound <em>Bound</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.ComponentMaster#isAggregateDriver <em>Aggregate Driver</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster()
 * @model
 * @generated
 */
public interface ComponentMaster extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.ComponentMaster#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.ComponentMaster#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In match order: component_bind_all() binds in this order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see #setBound(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster_Bound()
	 * @model
	 * @generated
	 */
	boolean isBound();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.ComponentMaster#isBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see #isBound()
	 * @generated
	 */
	void setBound(boolean value);

	/**
	 * Returns the value of the '<em><b>Aggregate Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The v5.17 aggregate_driver series: the aggregate device probes through the driver core (bus_rescan_devices from __component_add), so pm_runtime_get_suppliers() resumes every component it links to with PM_RUNTIME before the master bind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregate Driver</em>' attribute.
	 * @see #setAggregateDriver(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponentMaster_AggregateDriver()
	 * @model
	 * @generated
	 */
	boolean isAggregateDriver();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.ComponentMaster#isAggregateDriver <em>Aggregate Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregate Driver</em>' attribute.
	 * @see #isAggregateDriver()
	 * @generated
	 */
	void setAggregateDriver(boolean value);

} // ComponentMaster
