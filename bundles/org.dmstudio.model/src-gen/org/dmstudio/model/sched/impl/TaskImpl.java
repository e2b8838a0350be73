/**
 */
package org.dmstudio.model.sched.impl;

import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.Task;
import org.dmstudio.model.sched.TaskState;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.TaskImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.TaskImpl#getRegcmdCount <em>Regcmd Count</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.TaskImpl#getDurationNs <em>Duration Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.TaskImpl#getState <em>State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskImpl extends EObjectImpl implements Task {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegcmdCount() <em>Regcmd Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegcmdCount()
	 * @generated
	 * @ordered
	 */
	protected static final int REGCMD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRegcmdCount() <em>Regcmd Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegcmdCount()
	 * @generated
	 * @ordered
	 */
	protected int regcmdCount = REGCMD_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationNs() <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationNs() <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNs()
	 * @generated
	 * @ordered
	 */
	protected long durationNs = DURATION_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final TaskState STATE_EDEFAULT = TaskState.PENDING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected TaskState state = STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.TASK__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRegcmdCount() {
		return regcmdCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegcmdCount(int newRegcmdCount) {
		int oldRegcmdCount = regcmdCount;
		regcmdCount = newRegcmdCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.TASK__REGCMD_COUNT, oldRegcmdCount, regcmdCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationNs() {
		return durationNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationNs(long newDurationNs) {
		long oldDurationNs = durationNs;
		durationNs = newDurationNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.TASK__DURATION_NS, oldDurationNs, durationNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(TaskState newState) {
		TaskState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.TASK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.TASK__INDEX:
				return getIndex();
			case SchedPackage.TASK__REGCMD_COUNT:
				return getRegcmdCount();
			case SchedPackage.TASK__DURATION_NS:
				return getDurationNs();
			case SchedPackage.TASK__STATE:
				return getState();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SchedPackage.TASK__INDEX:
				setIndex((Integer)newValue);
				return;
			case SchedPackage.TASK__REGCMD_COUNT:
				setRegcmdCount((Integer)newValue);
				return;
			case SchedPackage.TASK__DURATION_NS:
				setDurationNs((Long)newValue);
				return;
			case SchedPackage.TASK__STATE:
				setState((TaskState)newValue);
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
			case SchedPackage.TASK__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case SchedPackage.TASK__REGCMD_COUNT:
				setRegcmdCount(REGCMD_COUNT_EDEFAULT);
				return;
			case SchedPackage.TASK__DURATION_NS:
				setDurationNs(DURATION_NS_EDEFAULT);
				return;
			case SchedPackage.TASK__STATE:
				setState(STATE_EDEFAULT);
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
			case SchedPackage.TASK__INDEX:
				return index != INDEX_EDEFAULT;
			case SchedPackage.TASK__REGCMD_COUNT:
				return regcmdCount != REGCMD_COUNT_EDEFAULT;
			case SchedPackage.TASK__DURATION_NS:
				return durationNs != DURATION_NS_EDEFAULT;
			case SchedPackage.TASK__STATE:
				return state != STATE_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", regcmdCount: ");
		result.append(regcmdCount);
		result.append(", durationNs: ");
		result.append(durationNs);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
