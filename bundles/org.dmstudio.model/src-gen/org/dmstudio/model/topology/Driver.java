/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.behaviour.DriverBehaviour;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Driver#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#getCompatibles <em>Compatibles</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#getInitcallLevel <em>Initcall Level</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#getModuleLoadTimeNs <em>Module Load Time Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#isAsyncProbe <em>Async Probe</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Driver#getBehaviour <em>Behaviour</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getDriver()
 * @model
 * @generated
 */
public interface Driver extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Compatibles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compatibles</em>' attribute list.
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_Compatibles()
	 * @model
	 * @generated
	 */
	EList<String> getCompatibles();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.DriverKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.topology.DriverKind
	 * @see #setKind(DriverKind)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_Kind()
	 * @model
	 * @generated
	 */
	DriverKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.topology.DriverKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DriverKind value);

	/**
	 * Returns the value of the '<em><b>Initcall Level</b></em>' attribute.
	 * The default value is <code>"DEVICE"</code>.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.InitcallLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initcall Level</em>' attribute.
	 * @see org.dmstudio.model.topology.InitcallLevel
	 * @see #setInitcallLevel(InitcallLevel)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_InitcallLevel()
	 * @model default="DEVICE"
	 * @generated
	 */
	InitcallLevel getInitcallLevel();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#getInitcallLevel <em>Initcall Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initcall Level</em>' attribute.
	 * @see org.dmstudio.model.topology.InitcallLevel
	 * @see #getInitcallLevel()
	 * @generated
	 */
	void setInitcallLevel(InitcallLevel value);

	/**
	 * Returns the value of the '<em><b>Module Load Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When userspace loads the module (MODULE drivers only), in ns of boot time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Load Time Ns</em>' attribute.
	 * @see #setModuleLoadTimeNs(long)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_ModuleLoadTimeNs()
	 * @model
	 * @generated
	 */
	long getModuleLoadTimeNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#getModuleLoadTimeNs <em>Module Load Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Load Time Ns</em>' attribute.
	 * @see #getModuleLoadTimeNs()
	 * @generated
	 */
	void setModuleLoadTimeNs(long value);

	/**
	 * Returns the value of the '<em><b>Async Probe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Async Probe</em>' attribute.
	 * @see #setAsyncProbe(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_AsyncProbe()
	 * @model
	 * @generated
	 */
	boolean isAsyncProbe();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#isAsyncProbe <em>Async Probe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Async Probe</em>' attribute.
	 * @see #isAsyncProbe()
	 * @generated
	 */
	void setAsyncProbe(boolean value);

	/**
	 * Returns the value of the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behaviour</em>' containment reference.
	 * @see #setBehaviour(DriverBehaviour)
	 * @see org.dmstudio.model.topology.TopologyPackage#getDriver_Behaviour()
	 * @model containment="true"
	 * @generated
	 */
	DriverBehaviour getBehaviour();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Driver#getBehaviour <em>Behaviour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Behaviour</em>' containment reference.
	 * @see #getBehaviour()
	 * @generated
	 */
	void setBehaviour(DriverBehaviour value);

} // Driver
