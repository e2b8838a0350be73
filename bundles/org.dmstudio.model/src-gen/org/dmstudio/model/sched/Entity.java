/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct drm_sched_entity; rocket makes one per open file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Entity#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Entity#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Entity#getSchedulers <em>Schedulers</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Entity#getCurrentScheduler <em>Current Scheduler</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Entity#getJobQueue <em>Job Queue</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getEntity()
 * @model
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getEntity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Entity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"NORMAL"</code>.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.SchedPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.dmstudio.model.sched.SchedPriority
	 * @see #setPriority(SchedPriority)
	 * @see org.dmstudio.model.sched.SchedPackage#getEntity_Priority()
	 * @model default="NORMAL"
	 * @generated
	 */
	SchedPriority getPriority();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Entity#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.dmstudio.model.sched.SchedPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(SchedPriority value);

	/**
	 * Returns the value of the '<em><b>Schedulers</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Scheduler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sched_list the entity may be load-balanced over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedulers</em>' reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getEntity_Schedulers()
	 * @model
	 * @generated
	 */
	EList<Scheduler> getSchedulers();

	/**
	 * Returns the value of the '<em><b>Current Scheduler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Scheduler</em>' reference.
	 * @see #setCurrentScheduler(Scheduler)
	 * @see org.dmstudio.model.sched.SchedPackage#getEntity_CurrentScheduler()
	 * @model
	 * @generated
	 */
	Scheduler getCurrentScheduler();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Entity#getCurrentScheduler <em>Current Scheduler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Scheduler</em>' reference.
	 * @see #getCurrentScheduler()
	 * @generated
	 */
	void setCurrentScheduler(Scheduler value);

	/**
	 * Returns the value of the '<em><b>Job Queue</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pushed jobs not yet popped by the scheduler.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Queue</em>' reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getEntity_JobQueue()
	 * @model
	 * @generated
	 */
	EList<Job> getJobQueue();

} // Entity
