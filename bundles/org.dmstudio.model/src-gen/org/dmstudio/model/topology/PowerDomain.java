/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.dt.Node;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A generic power domain (struct generic_pm_domain).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getParents <em>Parents</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getSubdomains <em>Subdomains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getDomainSupply <em>Domain Supply</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#isOn <em>On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#isAlwaysOn <em>Always On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getPowerOnLatencyNs <em>Power On Latency Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.PowerDomain#getPowerOffLatencyNs <em>Power Off Latency Ns</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain()
 * @model
 * @generated
 */
public interface PowerDomain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Provider()
	 * @model
	 * @generated
	 */
	Device getProvider();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Device value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's cell value that selects this domain (e.g. RK3588_PD_NPU = 9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Parents</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.PowerDomain}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.PowerDomain#getSubdomains <em>Subdomains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parents</em>' reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Parents()
	 * @see org.dmstudio.model.topology.PowerDomain#getSubdomains
	 * @model opposite="subdomains" resolveProxies="false"
	 * @generated
	 */
	EList<PowerDomain> getParents();

	/**
	 * Returns the value of the '<em><b>Subdomains</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.PowerDomain}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.PowerDomain#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subdomains</em>' reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Subdomains()
	 * @see org.dmstudio.model.topology.PowerDomain#getParents
	 * @model opposite="parents" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<PowerDomain> getSubdomains();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.topology.Device}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.topology.Device#getPowerDomains <em>Power Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' reference list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_Devices()
	 * @see org.dmstudio.model.topology.Device#getPowerDomains
	 * @model opposite="powerDomains" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Domain Supply</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Supply</em>' reference.
	 * @see #setDomainSupply(Regulator)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_DomainSupply()
	 * @model
	 * @generated
	 */
	Regulator getDomainSupply();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getDomainSupply <em>Domain Supply</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Supply</em>' reference.
	 * @see #getDomainSupply()
	 * @generated
	 */
	void setDomainSupply(Regulator value);

	/**
	 * Returns the value of the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On</em>' attribute.
	 * @see #setOn(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_On()
	 * @model
	 * @generated
	 */
	boolean isOn();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#isOn <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On</em>' attribute.
	 * @see #isOn()
	 * @generated
	 */
	void setOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Always On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Always On</em>' attribute.
	 * @see #setAlwaysOn(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_AlwaysOn()
	 * @model
	 * @generated
	 */
	boolean isAlwaysOn();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#isAlwaysOn <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Always On</em>' attribute.
	 * @see #isAlwaysOn()
	 * @generated
	 */
	void setAlwaysOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Power On Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power On Latency Ns</em>' attribute.
	 * @see #setPowerOnLatencyNs(long)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_PowerOnLatencyNs()
	 * @model
	 * @generated
	 */
	long getPowerOnLatencyNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getPowerOnLatencyNs <em>Power On Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power On Latency Ns</em>' attribute.
	 * @see #getPowerOnLatencyNs()
	 * @generated
	 */
	void setPowerOnLatencyNs(long value);

	/**
	 * Returns the value of the '<em><b>Power Off Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power Off Latency Ns</em>' attribute.
	 * @see #setPowerOffLatencyNs(long)
	 * @see org.dmstudio.model.topology.TopologyPackage#getPowerDomain_PowerOffLatencyNs()
	 * @model
	 * @generated
	 */
	long getPowerOffLatencyNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.PowerDomain#getPowerOffLatencyNs <em>Power Off Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Off Latency Ns</em>' attribute.
	 * @see #getPowerOffLatencyNs()
	 * @generated
	 */
	void setPowerOffLatencyNs(long value);

} // PowerDomain
