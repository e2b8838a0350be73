/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Task#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Task#getRegcmdCount <em>Regcmd Count</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Task#getDurationNs <em>Duration Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Task#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getTask_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Task#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Regcmd Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regcmd Count</em>' attribute.
	 * @see #setRegcmdCount(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getTask_RegcmdCount()
	 * @model
	 * @generated
	 */
	int getRegcmdCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Task#getRegcmdCount <em>Regcmd Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regcmd Count</em>' attribute.
	 * @see #getRegcmdCount()
	 * @generated
	 */
	void setRegcmdCount(int value);

	/**
	 * Returns the value of the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the hardware takes for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Ns</em>' attribute.
	 * @see #setDurationNs(long)
	 * @see org.dmstudio.model.sched.SchedPackage#getTask_DurationNs()
	 * @model
	 * @generated
	 */
	long getDurationNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Task#getDurationNs <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ns</em>' attribute.
	 * @see #getDurationNs()
	 * @generated
	 */
	void setDurationNs(long value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.sched.TaskState
	 * @see #setState(TaskState)
	 * @see org.dmstudio.model.sched.SchedPackage#getTask_State()
	 * @model
	 * @generated
	 */
	TaskState getState();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Task#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.dmstudio.model.sched.TaskState
	 * @see #getState()
	 * @generated
	 */
	void setState(TaskState value);

} // Task
