/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.behaviour.CallbackKind;

import org.dmstudio.model.topology.Device;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fault Injection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getCallback <em>Callback</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getDelayNs <em>Delay Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getJobName <em>Job Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.FaultInjection#getTaskIndex <em>Task Index</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection()
 * @model
 * @generated
 */
public interface FaultInjection extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.scenario.FaultKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.scenario.FaultKind
	 * @see #setKind(FaultKind)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_Kind()
	 * @model
	 * @generated
	 */
	FaultKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.scenario.FaultKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FaultKind value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Callback</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.behaviour.CallbackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callback</em>' attribute.
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @see #setCallback(CallbackKind)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_Callback()
	 * @model
	 * @generated
	 */
	CallbackKind getCallback();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getCallback <em>Callback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callback</em>' attribute.
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @see #getCallback()
	 * @generated
	 */
	void setCallback(CallbackKind value);

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(int)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_Errno()
	 * @model
	 * @generated
	 */
	int getErrno();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(int value);

	/**
	 * Returns the value of the '<em><b>Delay Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Ns</em>' attribute.
	 * @see #setDelayNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_DelayNs()
	 * @model
	 * @generated
	 */
	long getDelayNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getDelayNs <em>Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Ns</em>' attribute.
	 * @see #getDelayNs()
	 * @generated
	 */
	void setDelayNs(long value);

	/**
	 * Returns the value of the '<em><b>Job Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job Name</em>' attribute.
	 * @see #setJobName(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_JobName()
	 * @model
	 * @generated
	 */
	String getJobName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getJobName <em>Job Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Name</em>' attribute.
	 * @see #getJobName()
	 * @generated
	 */
	void setJobName(String value);

	/**
	 * Returns the value of the '<em><b>Task Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Index</em>' attribute.
	 * @see #setTaskIndex(int)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultInjection_TaskIndex()
	 * @model
	 * @generated
	 */
	int getTaskIndex();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.FaultInjection#getTaskIndex <em>Task Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Index</em>' attribute.
	 * @see #getTaskIndex()
	 * @generated
	 */
	void setTaskIndex(int value);

} // FaultInjection
