/**
 */
package org.dmstudio.model.sched.impl;

import java.util.Collection;

import org.dmstudio.model.sched.Entity;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.SchedPriority;
import org.dmstudio.model.sched.Scheduler;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.EntityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.EntityImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.EntityImpl#getSchedulers <em>Schedulers</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.EntityImpl#getCurrentScheduler <em>Current Scheduler</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.EntityImpl#getJobQueue <em>Job Queue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntityImpl extends EObjectImpl implements Entity {
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
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final SchedPriority PRIORITY_EDEFAULT = SchedPriority.NORMAL;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected SchedPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSchedulers() <em>Schedulers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulers()
	 * @generated
	 * @ordered
	 */
	protected EList<Scheduler> schedulers;

	/**
	 * The cached value of the '{@link #getCurrentScheduler() <em>Current Scheduler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentScheduler()
	 * @generated
	 * @ordered
	 */
	protected Scheduler currentScheduler;

	/**
	 * The cached value of the '{@link #getJobQueue() <em>Job Queue</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobQueue()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobQueue;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.ENTITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.ENTITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(SchedPriority newPriority) {
		SchedPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.ENTITY__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scheduler> getSchedulers() {
		if (schedulers == null) {
			schedulers = new EObjectResolvingEList<Scheduler>(Scheduler.class, this, SchedPackage.ENTITY__SCHEDULERS);
		}
		return schedulers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheduler getCurrentScheduler() {
		if (currentScheduler != null && currentScheduler.eIsProxy()) {
			InternalEObject oldCurrentScheduler = (InternalEObject)currentScheduler;
			currentScheduler = (Scheduler)eResolveProxy(oldCurrentScheduler);
			if (currentScheduler != oldCurrentScheduler) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.ENTITY__CURRENT_SCHEDULER, oldCurrentScheduler, currentScheduler));
			}
		}
		return currentScheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scheduler basicGetCurrentScheduler() {
		return currentScheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentScheduler(Scheduler newCurrentScheduler) {
		Scheduler oldCurrentScheduler = currentScheduler;
		currentScheduler = newCurrentScheduler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.ENTITY__CURRENT_SCHEDULER, oldCurrentScheduler, currentScheduler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobQueue() {
		if (jobQueue == null) {
			jobQueue = new EObjectResolvingEList<Job>(Job.class, this, SchedPackage.ENTITY__JOB_QUEUE);
		}
		return jobQueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.ENTITY__NAME:
				return getName();
			case SchedPackage.ENTITY__PRIORITY:
				return getPriority();
			case SchedPackage.ENTITY__SCHEDULERS:
				return getSchedulers();
			case SchedPackage.ENTITY__CURRENT_SCHEDULER:
				if (resolve) return getCurrentScheduler();
				return basicGetCurrentScheduler();
			case SchedPackage.ENTITY__JOB_QUEUE:
				return getJobQueue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SchedPackage.ENTITY__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.ENTITY__PRIORITY:
				setPriority((SchedPriority)newValue);
				return;
			case SchedPackage.ENTITY__SCHEDULERS:
				getSchedulers().clear();
				getSchedulers().addAll((Collection<? extends Scheduler>)newValue);
				return;
			case SchedPackage.ENTITY__CURRENT_SCHEDULER:
				setCurrentScheduler((Scheduler)newValue);
				return;
			case SchedPackage.ENTITY__JOB_QUEUE:
				getJobQueue().clear();
				getJobQueue().addAll((Collection<? extends Job>)newValue);
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
			case SchedPackage.ENTITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.ENTITY__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case SchedPackage.ENTITY__SCHEDULERS:
				getSchedulers().clear();
				return;
			case SchedPackage.ENTITY__CURRENT_SCHEDULER:
				setCurrentScheduler((Scheduler)null);
				return;
			case SchedPackage.ENTITY__JOB_QUEUE:
				getJobQueue().clear();
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
			case SchedPackage.ENTITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.ENTITY__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case SchedPackage.ENTITY__SCHEDULERS:
				return schedulers != null && !schedulers.isEmpty();
			case SchedPackage.ENTITY__CURRENT_SCHEDULER:
				return currentScheduler != null;
			case SchedPackage.ENTITY__JOB_QUEUE:
				return jobQueue != null && !jobQueue.isEmpty();
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
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //EntityImpl
