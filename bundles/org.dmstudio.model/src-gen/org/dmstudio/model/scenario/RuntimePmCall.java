/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.behaviour.KernelCall;

import org.dmstudio.model.topology.Device;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runtime Pm Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.RuntimePmCall#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.RuntimePmCall#getCall <em>Call</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getRuntimePmCall()
 * @model
 * @generated
 */
public interface RuntimePmCall extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getRuntimePmCall_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.RuntimePmCall#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Call</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.behaviour.KernelCall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call</em>' attribute.
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @see #setCall(KernelCall)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getRuntimePmCall_Call()
	 * @model
	 * @generated
	 */
	KernelCall getCall();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.RuntimePmCall#getCall <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call</em>' attribute.
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @see #getCall()
	 * @generated
	 */
	void setCall(KernelCall value);

} // RuntimePmCall
