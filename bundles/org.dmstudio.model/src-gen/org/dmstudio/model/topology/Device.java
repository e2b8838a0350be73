/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.behaviour.DriverBehaviour;

import org.dmstudio.model.dt.Node;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Device#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getCompatible <em>Compatible</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getParent <em>Parent</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getChildren <em>Children</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getBus <em>Bus</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getProbeState <em>Probe State</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getDeferReason <em>Defer Reason</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getProbeError <em>Probe Error</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getRuntimePm <em>Runtime Pm</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getPowerDomains <em>Power Domains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getSupplies <em>Supplies</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Device#getBehaviour <em>Behaviour</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name as the kernel prints it, e.g. fdab0000.npu or 0-0042.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getName <em>Name</em>}' attribute.
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
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Compatible()
	 * @model
	 * @generated
	 */
	EList<String> getCompatible();

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.Device#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Parent()
	 * @see org.dmstudio.model.topology.Device#getChildren
	 * @model opposite="children" resolveProxies="false"
	 * @generated
	 */
	Device getParent();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Device value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Device}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.Device#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Children()
	 * @see org.dmstudio.model.topology.Device#getParent
	 * @model opposite="parent" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Device> getChildren();

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bus</em>' reference.
	 * @see #setBus(Bus)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Bus()
	 * @model
	 * @generated
	 */
	Bus getBus();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getBus <em>Bus</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' reference.
	 * @see #getBus()
	 * @generated
	 */
	void setBus(Bus value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The driver bound to (or expected to match) this device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Probe State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.ProbeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probe State</em>' attribute.
	 * @see org.dmstudio.model.topology.ProbeState
	 * @see #setProbeState(ProbeState)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_ProbeState()
	 * @model
	 * @generated
	 */
	ProbeState getProbeState();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getProbeState <em>Probe State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe State</em>' attribute.
	 * @see org.dmstudio.model.topology.ProbeState
	 * @see #getProbeState()
	 * @generated
	 */
	void setProbeState(ProbeState value);

	/**
	 * Returns the value of the '<em><b>Defer Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dev_err_probe() reason, as debugfs devices_deferred shows it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Defer Reason</em>' attribute.
	 * @see #setDeferReason(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_DeferReason()
	 * @model
	 * @generated
	 */
	String getDeferReason();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getDeferReason <em>Defer Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defer Reason</em>' attribute.
	 * @see #getDeferReason()
	 * @generated
	 */
	void setDeferReason(String value);

	/**
	 * Returns the value of the '<em><b>Probe Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The errno of a FAILED probe, negative as in the kernel (e.g. -22).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probe Error</em>' attribute.
	 * @see #setProbeError(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_ProbeError()
	 * @model
	 * @generated
	 */
	int getProbeError();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getProbeError <em>Probe Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Error</em>' attribute.
	 * @see #getProbeError()
	 * @generated
	 */
	void setProbeError(int value);

	/**
	 * Returns the value of the '<em><b>Runtime Pm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Pm</em>' containment reference.
	 * @see #setRuntimePm(RuntimePmState)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_RuntimePm()
	 * @model containment="true"
	 * @generated
	 */
	RuntimePmState getRuntimePm();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getRuntimePm <em>Runtime Pm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime Pm</em>' containment reference.
	 * @see #getRuntimePm()
	 * @generated
	 */
	void setRuntimePm(RuntimePmState value);

	/**
	 * Returns the value of the '<em><b>Power Domains</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.PowerDomain}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.PowerDomain#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Domains</em>' reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_PowerDomains()
	 * @see org.dmstudio.model.topology.PowerDomain#getDevices
	 * @model opposite="devices" resolveProxies="false"
	 * @generated
	 */
	EList<PowerDomain> getPowerDomains();

	/**
	 * Returns the value of the '<em><b>Supplies</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.RegulatorSupply}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplies</em>' containment reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Supplies()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegulatorSupply> getSupplies();

	/**
	 * Returns the value of the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A per-device override of the driver's behaviour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Behaviour</em>' containment reference.
	 * @see #setBehaviour(DriverBehaviour)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDevice_Behaviour()
	 * @model containment="true"
	 * @generated
	 */
	DriverBehaviour getBehaviour();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Device#getBehaviour <em>Behaviour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Behaviour</em>' containment reference.
	 * @see #getBehaviour()
	 * @generated
	 */
	void setBehaviour(DriverBehaviour value);

} // Device
