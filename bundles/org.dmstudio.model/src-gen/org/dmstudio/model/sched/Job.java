/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct drm_sched_job
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Job#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getInference <em>Inference</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getCredits <em>Credits</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getId <em>Id</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getState <em>State</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getScheduledFence <em>Scheduled Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getFinishedFence <em>Finished Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getHardwareFence <em>Hardware Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Job#getDependencies <em>Dependencies</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getJob()
 * @model
 * @generated
 */
public interface Job extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getName <em>Name</em>}' attribute.
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
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Entity()
	 * @model
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Scheduler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by drm_sched_job_arm().
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduler</em>' reference.
	 * @see #setScheduler(Scheduler)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Scheduler()
	 * @model
	 * @generated
	 */
	Scheduler getScheduler();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getScheduler <em>Scheduler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler</em>' reference.
	 * @see #getScheduler()
	 * @generated
	 */
	void setScheduler(Scheduler value);

	/**
	 * Returns the value of the '<em><b>Inference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inference</em>' reference.
	 * @see #setInference(Inference)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Inference()
	 * @model
	 * @generated
	 */
	Inference getInference();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getInference <em>Inference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inference</em>' reference.
	 * @see #getInference()
	 * @generated
	 */
	void setInference(Inference value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tasks this job runs: all of the inference's (chained design) or one (job per task).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Tasks()
	 * @model
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Credits</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credits</em>' attribute.
	 * @see #setCredits(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Credits()
	 * @model default="1"
	 * @generated
	 */
	int getCredits();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getCredits <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credits</em>' attribute.
	 * @see #getCredits()
	 * @generated
	 */
	void setCredits(int value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.JobState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.sched.JobState
	 * @see #setState(JobState)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_State()
	 * @model
	 * @generated
	 */
	JobState getState();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.sched.JobState
	 * @see #getState()
	 * @generated
	 */
	void setState(JobState value);

	/**
	 * Returns the value of the '<em><b>Scheduled Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduled Fence</em>' containment reference.
	 * @see #setScheduledFence(Fence)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_ScheduledFence()
	 * @model containment="true"
	 * @generated
	 */
	Fence getScheduledFence();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getScheduledFence <em>Scheduled Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled Fence</em>' containment reference.
	 * @see #getScheduledFence()
	 * @generated
	 */
	void setScheduledFence(Fence value);

	/**
	 * Returns the value of the '<em><b>Finished Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished Fence</em>' containment reference.
	 * @see #setFinishedFence(Fence)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_FinishedFence()
	 * @model containment="true"
	 * @generated
	 */
	Fence getFinishedFence();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getFinishedFence <em>Finished Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished Fence</em>' containment reference.
	 * @see #getFinishedFence()
	 * @generated
	 */
	void setFinishedFence(Fence value);

	/**
	 * Returns the value of the '<em><b>Hardware Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Fence</em>' containment reference.
	 * @see #setHardwareFence(Fence)
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_HardwareFence()
	 * @model containment="true"
	 * @generated
	 */
	Fence getHardwareFence();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Job#getHardwareFence <em>Hardware Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Fence</em>' containment reference.
	 * @see #getHardwareFence()
	 * @generated
	 */
	void setHardwareFence(Fence value);

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Fence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One fence per context, the later one kept (drm_sched_job_add_dependency).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependencies</em>' reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getJob_Dependencies()
	 * @model
	 * @generated
	 */
	EList<Fence> getDependencies();

} // Job
