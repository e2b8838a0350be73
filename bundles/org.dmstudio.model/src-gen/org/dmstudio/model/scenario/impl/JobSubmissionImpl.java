/**
 */
package org.dmstudio.model.scenario.impl;

import org.dmstudio.model.scenario.JobSubmission;
import org.dmstudio.model.scenario.ScenarioPackage;

import org.dmstudio.model.sched.Entity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job Submission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl#getTaskCount <em>Task Count</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl#getTaskDurationNs <em>Task Duration Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobSubmissionImpl extends StimulusImpl implements JobSubmission {
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
	 * The cached value of the '{@link #getEntity() <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected Entity entity;

	/**
	 * The default value of the '{@link #getTaskCount() <em>Task Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskCount()
	 * @generated
	 * @ordered
	 */
	protected static final int TASK_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTaskCount() <em>Task Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskCount()
	 * @generated
	 * @ordered
	 */
	protected int taskCount = TASK_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskDurationNs() <em>Task Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskDurationNs()
	 * @generated
	 * @ordered
	 */
	protected static final long TASK_DURATION_NS_EDEFAULT = 1000000L;

	/**
	 * The cached value of the '{@link #getTaskDurationNs() <em>Task Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskDurationNs()
	 * @generated
	 * @ordered
	 */
	protected long taskDurationNs = TASK_DURATION_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobSubmissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.JOB_SUBMISSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.JOB_SUBMISSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getEntity() {
		if (entity != null && entity.eIsProxy()) {
			InternalEObject oldEntity = (InternalEObject)entity;
			entity = (Entity)eResolveProxy(oldEntity);
			if (entity != oldEntity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.JOB_SUBMISSION__ENTITY, oldEntity, entity));
			}
		}
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetEntity() {
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntity(Entity newEntity) {
		Entity oldEntity = entity;
		entity = newEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.JOB_SUBMISSION__ENTITY, oldEntity, entity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTaskCount() {
		return taskCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskCount(int newTaskCount) {
		int oldTaskCount = taskCount;
		taskCount = newTaskCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.JOB_SUBMISSION__TASK_COUNT, oldTaskCount, taskCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTaskDurationNs() {
		return taskDurationNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskDurationNs(long newTaskDurationNs) {
		long oldTaskDurationNs = taskDurationNs;
		taskDurationNs = newTaskDurationNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.JOB_SUBMISSION__TASK_DURATION_NS, oldTaskDurationNs, taskDurationNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.JOB_SUBMISSION__NAME:
				return getName();
			case ScenarioPackage.JOB_SUBMISSION__ENTITY:
				if (resolve) return getEntity();
				return basicGetEntity();
			case ScenarioPackage.JOB_SUBMISSION__TASK_COUNT:
				return getTaskCount();
			case ScenarioPackage.JOB_SUBMISSION__TASK_DURATION_NS:
				return getTaskDurationNs();
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
			case ScenarioPackage.JOB_SUBMISSION__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.JOB_SUBMISSION__ENTITY:
				setEntity((Entity)newValue);
				return;
			case ScenarioPackage.JOB_SUBMISSION__TASK_COUNT:
				setTaskCount((Integer)newValue);
				return;
			case ScenarioPackage.JOB_SUBMISSION__TASK_DURATION_NS:
				setTaskDurationNs((Long)newValue);
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
			case ScenarioPackage.JOB_SUBMISSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.JOB_SUBMISSION__ENTITY:
				setEntity((Entity)null);
				return;
			case ScenarioPackage.JOB_SUBMISSION__TASK_COUNT:
				setTaskCount(TASK_COUNT_EDEFAULT);
				return;
			case ScenarioPackage.JOB_SUBMISSION__TASK_DURATION_NS:
				setTaskDurationNs(TASK_DURATION_NS_EDEFAULT);
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
			case ScenarioPackage.JOB_SUBMISSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.JOB_SUBMISSION__ENTITY:
				return entity != null;
			case ScenarioPackage.JOB_SUBMISSION__TASK_COUNT:
				return taskCount != TASK_COUNT_EDEFAULT;
			case ScenarioPackage.JOB_SUBMISSION__TASK_DURATION_NS:
				return taskDurationNs != TASK_DURATION_NS_EDEFAULT;
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
		result.append(", taskCount: ");
		result.append(taskCount);
		result.append(", taskDurationNs: ");
		result.append(taskDurationNs);
		result.append(')');
		return result.toString();
	}

} //JobSubmissionImpl
