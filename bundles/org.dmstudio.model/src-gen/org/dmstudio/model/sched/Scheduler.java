/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct drm_gpu_scheduler
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getCore <em>Core</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getCreditLimit <em>Credit Limit</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getCreditCount <em>Credit Count</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#isStopped <em>Stopped</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Scheduler#getPendingList <em>Pending List</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getScheduler()
 * @model
 * @generated
 */
public interface Scheduler extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Core</em>' reference.
	 * @see #setCore(HardwareCore)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_Core()
	 * @model
	 * @generated
	 */
	HardwareCore getCore();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getCore <em>Core</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' reference.
	 * @see #getCore()
	 * @generated
	 */
	void setCore(HardwareCore value);

	/**
	 * Returns the value of the '<em><b>Credit Limit</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Limit</em>' attribute.
	 * @see #setCreditLimit(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_CreditLimit()
	 * @model default="1"
	 * @generated
	 */
	int getCreditLimit();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getCreditLimit <em>Credit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Limit</em>' attribute.
	 * @see #getCreditLimit()
	 * @generated
	 */
	void setCreditLimit(int value);

	/**
	 * Returns the value of the '<em><b>Credit Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Count</em>' attribute.
	 * @see #setCreditCount(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_CreditCount()
	 * @model
	 * @generated
	 */
	int getCreditCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getCreditCount <em>Credit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Count</em>' attribute.
	 * @see #getCreditCount()
	 * @generated
	 */
	void setCreditCount(int value);

	/**
	 * Returns the value of the '<em><b>Timeout Ms</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Ms</em>' attribute.
	 * @see #setTimeoutMs(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_TimeoutMs()
	 * @model default="500"
	 * @generated
	 */
	int getTimeoutMs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getTimeoutMs <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Ms</em>' attribute.
	 * @see #getTimeoutMs()
	 * @generated
	 */
	void setTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.SchedPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see org.dmstudio.model.sched.SchedPolicy
	 * @see #setPolicy(SchedPolicy)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_Policy()
	 * @model
	 * @generated
	 */
	SchedPolicy getPolicy();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see org.dmstudio.model.sched.SchedPolicy
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(SchedPolicy value);

	/**
	 * Returns the value of the '<em><b>Stopped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_wqueue_stop() paused submission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stopped</em>' attribute.
	 * @see #setStopped(boolean)
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_Stopped()
	 * @model
	 * @generated
	 */
	boolean isStopped();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Scheduler#isStopped <em>Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stopped</em>' attribute.
	 * @see #isStopped()
	 * @generated
	 */
	void setStopped(boolean value);

	/**
	 * Returns the value of the '<em><b>Pending List</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jobs handed to run_job and not yet freed, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending List</em>' reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getScheduler_PendingList()
	 * @model
	 * @generated
	 */
	EList<Job> getPendingList();

} // Scheduler
