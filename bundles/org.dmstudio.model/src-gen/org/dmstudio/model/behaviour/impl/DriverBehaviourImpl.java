/**
 */
package org.dmstudio.model.behaviour.impl;

import java.util.Collection;

import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.StateVariable;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver Behaviour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.impl.DriverBehaviourImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.DriverBehaviourImpl#getCallbacks <em>Callbacks</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.DriverBehaviourImpl#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriverBehaviourImpl extends EObjectImpl implements DriverBehaviour {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCallbacks() <em>Callbacks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbacks()
	 * @generated
	 * @ordered
	 */
	protected EList<Recipe> callbacks;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<StateVariable> variables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriverBehaviourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BehaviourPackage.Literals.DRIVER_BEHAVIOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.DRIVER_BEHAVIOUR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recipe> getCallbacks() {
		if (callbacks == null) {
			callbacks = new EObjectContainmentEList<Recipe>(Recipe.class, this, BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS);
		}
		return callbacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StateVariable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<StateVariable>(StateVariable.class, this, BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS:
				return ((InternalEList<?>)getCallbacks()).basicRemove(otherEnd, msgs);
			case BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
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
			case BehaviourPackage.DRIVER_BEHAVIOUR__NAME:
				return getName();
			case BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS:
				return getCallbacks();
			case BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES:
				return getVariables();
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
			case BehaviourPackage.DRIVER_BEHAVIOUR__NAME:
				setName((String)newValue);
				return;
			case BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS:
				getCallbacks().clear();
				getCallbacks().addAll((Collection<? extends Recipe>)newValue);
				return;
			case BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends StateVariable>)newValue);
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
			case BehaviourPackage.DRIVER_BEHAVIOUR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS:
				getCallbacks().clear();
				return;
			case BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES:
				getVariables().clear();
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
			case BehaviourPackage.DRIVER_BEHAVIOUR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case BehaviourPackage.DRIVER_BEHAVIOUR__CALLBACKS:
				return callbacks != null && !callbacks.isEmpty();
			case BehaviourPackage.DRIVER_BEHAVIOUR__VARIABLES:
				return variables != null && !variables.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //DriverBehaviourImpl
