/**
 */
package org.dmstudio.model.behaviour;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.StateVariable#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.StateVariable#getScope <em>Scope</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.StateVariable#getInitialValue <em>Initial Value</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.StateVariable#getBound <em>Bound</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStateVariable()
 * @model
 * @generated
 */
public interface StateVariable extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStateVariable_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.StateVariable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.behaviour.VariableScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.dmstudio.model.behaviour.VariableScope
	 * @see #setScope(VariableScope)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStateVariable_Scope()
	 * @model
	 * @generated
	 */
	VariableScope getScope();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.StateVariable#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.dmstudio.model.behaviour.VariableScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(VariableScope value);

	/**
	 * Returns the value of the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Value</em>' attribute.
	 * @see #setInitialValue(long)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStateVariable_InitialValue()
	 * @model
	 * @generated
	 */
	long getInitialValue();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.StateVariable#getInitialValue <em>Initial Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Value</em>' attribute.
	 * @see #getInitialValue()
	 * @generated
	 */
	void setInitialValue(long value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an array index: the allocated length; an access at or past it is out of bounds. 0 means unbounded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see #setBound(long)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStateVariable_Bound()
	 * @model
	 * @generated
	 */
	long getBound();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.StateVariable#getBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see #getBound()
	 * @generated
	 */
	void setBound(long value);

} // StateVariable
