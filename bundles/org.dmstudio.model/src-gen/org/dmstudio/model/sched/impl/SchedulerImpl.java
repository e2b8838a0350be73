/**
 */
package org.dmstudio.model.sched.impl;

import java.util.Collection;

import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.SchedPolicy;
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
 * An implementation of the model object '<em><b>Scheduler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getCore <em>Core</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getCreditLimit <em>Credit Limit</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getCreditCount <em>Credit Count</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#isStopped <em>Stopped</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.SchedulerImpl#getPendingList <em>Pending List</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchedulerImpl extends EObjectImpl implements Scheduler {
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
	 * The cached value of the '{@link #getCore() <em>Core</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected HardwareCore core;

	/**
	 * The default value of the '{@link #getCreditLimit() <em>Credit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDIT_LIMIT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCreditLimit() <em>Credit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditLimit()
	 * @generated
	 * @ordered
	 */
	protected int creditLimit = CREDIT_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditCount() <em>Credit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDIT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCreditCount() <em>Credit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCount()
	 * @generated
	 * @ordered
	 */
	protected int creditCount = CREDIT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_MS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int timeoutMs = TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final SchedPolicy POLICY_EDEFAULT = SchedPolicy.FIFO;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected SchedPolicy policy = POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #isStopped() <em>Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStopped()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STOPPED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStopped() <em>Stopped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStopped()
	 * @generated
	 * @ordered
	 */
	protected boolean stopped = STOPPED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPendingList() <em>Pending List</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingList()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> pendingList;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchedulerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.SCHEDULER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HardwareCore getCore() {
		if (core != null && core.eIsProxy()) {
			InternalEObject oldCore = (InternalEObject)core;
			core = (HardwareCore)eResolveProxy(oldCore);
			if (core != oldCore) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.SCHEDULER__CORE, oldCore, core));
			}
		}
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HardwareCore basicGetCore() {
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCore(HardwareCore newCore) {
		HardwareCore oldCore = core;
		core = newCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__CORE, oldCore, core));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCreditLimit() {
		return creditLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditLimit(int newCreditLimit) {
		int oldCreditLimit = creditLimit;
		creditLimit = newCreditLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__CREDIT_LIMIT, oldCreditLimit, creditLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCreditCount() {
		return creditCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditCount(int newCreditCount) {
		int oldCreditCount = creditCount;
		creditCount = newCreditCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__CREDIT_COUNT, oldCreditCount, creditCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeoutMs() {
		return timeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutMs(int newTimeoutMs) {
		int oldTimeoutMs = timeoutMs;
		timeoutMs = newTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__TIMEOUT_MS, oldTimeoutMs, timeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedPolicy getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(SchedPolicy newPolicy) {
		SchedPolicy oldPolicy = policy;
		policy = newPolicy == null ? POLICY_EDEFAULT : newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__POLICY, oldPolicy, policy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStopped() {
		return stopped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopped(boolean newStopped) {
		boolean oldStopped = stopped;
		stopped = newStopped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.SCHEDULER__STOPPED, oldStopped, stopped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getPendingList() {
		if (pendingList == null) {
			pendingList = new EObjectResolvingEList<Job>(Job.class, this, SchedPackage.SCHEDULER__PENDING_LIST);
		}
		return pendingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.SCHEDULER__NAME:
				return getName();
			case SchedPackage.SCHEDULER__CORE:
				if (resolve) return getCore();
				return basicGetCore();
			case SchedPackage.SCHEDULER__CREDIT_LIMIT:
				return getCreditLimit();
			case SchedPackage.SCHEDULER__CREDIT_COUNT:
				return getCreditCount();
			case SchedPackage.SCHEDULER__TIMEOUT_MS:
				return getTimeoutMs();
			case SchedPackage.SCHEDULER__POLICY:
				return getPolicy();
			case SchedPackage.SCHEDULER__STOPPED:
				return isStopped();
			case SchedPackage.SCHEDULER__PENDING_LIST:
				return getPendingList();
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
			case SchedPackage.SCHEDULER__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.SCHEDULER__CORE:
				setCore((HardwareCore)newValue);
				return;
			case SchedPackage.SCHEDULER__CREDIT_LIMIT:
				setCreditLimit((Integer)newValue);
				return;
			case SchedPackage.SCHEDULER__CREDIT_COUNT:
				setCreditCount((Integer)newValue);
				return;
			case SchedPackage.SCHEDULER__TIMEOUT_MS:
				setTimeoutMs((Integer)newValue);
				return;
			case SchedPackage.SCHEDULER__POLICY:
				setPolicy((SchedPolicy)newValue);
				return;
			case SchedPackage.SCHEDULER__STOPPED:
				setStopped((Boolean)newValue);
				return;
			case SchedPackage.SCHEDULER__PENDING_LIST:
				getPendingList().clear();
				getPendingList().addAll((Collection<? extends Job>)newValue);
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
			case SchedPackage.SCHEDULER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__CORE:
				setCore((HardwareCore)null);
				return;
			case SchedPackage.SCHEDULER__CREDIT_LIMIT:
				setCreditLimit(CREDIT_LIMIT_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__CREDIT_COUNT:
				setCreditCount(CREDIT_COUNT_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__TIMEOUT_MS:
				setTimeoutMs(TIMEOUT_MS_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__POLICY:
				setPolicy(POLICY_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__STOPPED:
				setStopped(STOPPED_EDEFAULT);
				return;
			case SchedPackage.SCHEDULER__PENDING_LIST:
				getPendingList().clear();
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
			case SchedPackage.SCHEDULER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.SCHEDULER__CORE:
				return core != null;
			case SchedPackage.SCHEDULER__CREDIT_LIMIT:
				return creditLimit != CREDIT_LIMIT_EDEFAULT;
			case SchedPackage.SCHEDULER__CREDIT_COUNT:
				return creditCount != CREDIT_COUNT_EDEFAULT;
			case SchedPackage.SCHEDULER__TIMEOUT_MS:
				return timeoutMs != TIMEOUT_MS_EDEFAULT;
			case SchedPackage.SCHEDULER__POLICY:
				return policy != POLICY_EDEFAULT;
			case SchedPackage.SCHEDULER__STOPPED:
				return stopped != STOPPED_EDEFAULT;
			case SchedPackage.SCHEDULER__PENDING_LIST:
				return pendingList != null && !pendingList.isEmpty();
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
		result.append(", creditLimit: ");
		result.append(creditLimit);
		result.append(", creditCount: ");
		result.append(creditCount);
		result.append(", timeoutMs: ");
		result.append(timeoutMs);
		result.append(", policy: ");
		result.append(policy);
		result.append(", stopped: ");
		result.append(stopped);
		result.append(')');
		return result.toString();
	}

} //SchedulerImpl
