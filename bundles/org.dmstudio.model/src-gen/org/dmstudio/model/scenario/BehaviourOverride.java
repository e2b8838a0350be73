/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.behaviour.DriverBehaviour;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Driver;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Behaviour Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Replaces recipes of a driver (or of one device) by name: each recipe here replaces the one of the same name, the others are kept, and CALL steps resolve callees by name in the result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.BehaviourOverride#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.BehaviourOverride#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.BehaviourOverride#getBehaviour <em>Behaviour</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getBehaviourOverride()
 * @model
 * @generated
 */
public interface BehaviourOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getBehaviourOverride_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.BehaviourOverride#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty: every device the driver binds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getBehaviourOverride_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.BehaviourOverride#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behaviour</em>' containment reference.
	 * @see #setBehaviour(DriverBehaviour)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getBehaviourOverride_Behaviour()
	 * @model containment="true"
	 * @generated
	 */
	DriverBehaviour getBehaviour();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.BehaviourOverride#getBehaviour <em>Behaviour</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Behaviour</em>' containment reference.
	 * @see #getBehaviour()
	 * @generated
	 */
	void setBehaviour(DriverBehaviour value);

} // BehaviourOverride
