/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.dt.DeviceTree;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The system the kernel sees on one board (named Board, not System, to stay clear of java.lang.System).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Board#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getDeviceTree <em>Device Tree</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getBuses <em>Buses</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getLinks <em>Links</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getPowerDomains <em>Power Domains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getRegulators <em>Regulators</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Board#getAggregates <em>Aggregates</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getBoard()
 * @model
 * @generated
 */
public interface Board extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Board#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Compatible</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compatible</em>' attribute list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Compatible()
	 * @model
	 * @generated
	 */
	EList<String> getCompatible();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Board#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Device Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Tree</em>' containment reference.
	 * @see #setDeviceTree(DeviceTree)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_DeviceTree()
	 * @model containment="true"
	 * @generated
	 */
	DeviceTree getDeviceTree();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Board#getDeviceTree <em>Device Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Tree</em>' containment reference.
	 * @see #getDeviceTree()
	 * @generated
	 */
	void setDeviceTree(DeviceTree value);

	/**
	 * Returns the value of the '<em><b>Buses</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Bus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buses</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Buses()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Bus> getBuses();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Devices()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Drivers()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Driver> getDrivers();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.DeviceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeviceLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Power Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.PowerDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Domains</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_PowerDomains()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<PowerDomain> getPowerDomains();

	/**
	 * Returns the value of the '<em><b>Regulators</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Regulator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regulators</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Regulators()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Regulator> getRegulators();

	/**
	 * Returns the value of the '<em><b>Aggregates</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.ComponentMaster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregates</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getBoard_Aggregates()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<ComponentMaster> getAggregates();

} // Board
