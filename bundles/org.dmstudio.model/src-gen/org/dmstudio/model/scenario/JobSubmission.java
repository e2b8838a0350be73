/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.sched.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Submission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ioctl submitting one inference of taskCount tasks (DRM_IOCTL_ROCKET_SUBMIT).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.JobSubmission#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.JobSubmission#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.JobSubmission#getTaskCount <em>Task Count</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.JobSubmission#getTaskDurationNs <em>Task Duration Ns</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getJobSubmission()
 * @model
 * @generated
 */
public interface JobSubmission extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getJobSubmission_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.JobSubmission#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getJobSubmission_Entity()
	 * @model
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.JobSubmission#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Task Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Count</em>' attribute.
	 * @see #setTaskCount(int)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getJobSubmission_TaskCount()
	 * @model default="1"
	 * @generated
	 */
	int getTaskCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.JobSubmission#getTaskCount <em>Task Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Count</em>' attribute.
	 * @see #getTaskCount()
	 * @generated
	 */
	void setTaskCount(int value);

	/**
	 * Returns the value of the '<em><b>Task Duration Ns</b></em>' attribute.
	 * The default value is <code>"1000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Duration Ns</em>' attribute.
	 * @see #setTaskDurationNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getJobSubmission_TaskDurationNs()
	 * @model default="1000000"
	 * @generated
	 */
	long getTaskDurationNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.JobSubmission#getTaskDurationNs <em>Task Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Duration Ns</em>' attribute.
	 * @see #getTaskDurationNs()
	 * @generated
	 */
	void setTaskDurationNs(long value);

} // JobSubmission
