/**
 */
package org.dmstudio.model.behaviour;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recipe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.Recipe#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Recipe#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Recipe#getSource <em>Source</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Recipe#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Recipe#getUnwind <em>Unwind</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe()
 * @model
 * @generated
 */
public interface Recipe extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel function this recipe stands for, e.g. rocket_probe or rocket_core_init.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Recipe#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.behaviour.CallbackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @see #setKind(CallbackKind)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe_Kind()
	 * @model
	 * @generated
	 */
	CallbackKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Recipe#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CallbackKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the function lives in the kernel, e.g. drivers/accel/rocket/rocket_core.c.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Recipe#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.behaviour.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Unwind</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.behaviour.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The error path: a failing step with onError=L runs the unwind steps from the one labelled L to the end, then returns the error.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unwind</em>' containment reference list.
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getRecipe_Unwind()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getUnwind();

} // Recipe
