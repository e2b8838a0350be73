/**
 */
package org.dmstudio.model.behaviour;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver Behaviour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.DriverBehaviour#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.DriverBehaviour#getCallbacks <em>Callbacks</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.DriverBehaviour#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getDriverBehaviour()
 * @model
 * @generated
 */
public interface DriverBehaviour extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getDriverBehaviour_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.DriverBehaviour#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Callbacks</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.behaviour.Recipe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callbacks</em>' containment reference list.
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getDriverBehaviour_Callbacks()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Recipe> getCallbacks();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.behaviour.StateVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Driver state that the recipes read and write, e.g. rocket's global rdev->num_cores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getDriverBehaviour_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<StateVariable> getVariables();

} // DriverBehaviour
