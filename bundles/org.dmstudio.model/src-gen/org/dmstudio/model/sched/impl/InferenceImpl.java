/**
 */
package org.dmstudio.model.sched.impl;

import java.util.Collection;

import org.dmstudio.model.sched.Fence;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Inference;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.Task;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#getRefcount <em>Refcount</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#isCancelled <em>Cancelled</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#getCore <em>Core</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.InferenceImpl#getDoneFence <em>Done Fence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InferenceImpl extends EObjectImpl implements Inference {
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
	 * The default value of the '{@link #getRefcount() <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefcount()
	 * @generated
	 * @ordered
	 */
	protected static final int REFCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRefcount() <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefcount()
	 * @generated
	 * @ordered
	 */
	protected int refcount = REFCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCELLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected boolean cancelled = CANCELLED_EDEFAULT;

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
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The cached value of the '{@link #getDoneFence() <em>Done Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneFence()
	 * @generated
	 * @ordered
	 */
	protected Fence doneFence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.INFERENCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRefcount() {
		return refcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefcount(int newRefcount) {
		int oldRefcount = refcount;
		refcount = newRefcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__REFCOUNT, oldRefcount, refcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCancelled() {
		return cancelled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCancelled(boolean newCancelled) {
		boolean oldCancelled = cancelled;
		cancelled = newCancelled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__CANCELLED, oldCancelled, cancelled));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.INFERENCE__CORE, oldCore, core));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__CORE, oldCore, core));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<Task>(Task.class, this, SchedPackage.INFERENCE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fence getDoneFence() {
		return doneFence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDoneFence(Fence newDoneFence, NotificationChain msgs) {
		Fence oldDoneFence = doneFence;
		doneFence = newDoneFence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__DONE_FENCE, oldDoneFence, newDoneFence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoneFence(Fence newDoneFence) {
		if (newDoneFence != doneFence) {
			NotificationChain msgs = null;
			if (doneFence != null)
				msgs = ((InternalEObject)doneFence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedPackage.INFERENCE__DONE_FENCE, null, msgs);
			if (newDoneFence != null)
				msgs = ((InternalEObject)newDoneFence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedPackage.INFERENCE__DONE_FENCE, null, msgs);
			msgs = basicSetDoneFence(newDoneFence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.INFERENCE__DONE_FENCE, newDoneFence, newDoneFence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedPackage.INFERENCE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case SchedPackage.INFERENCE__DONE_FENCE:
				return basicSetDoneFence(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.INFERENCE__NAME:
				return getName();
			case SchedPackage.INFERENCE__REFCOUNT:
				return getRefcount();
			case SchedPackage.INFERENCE__CANCELLED:
				return isCancelled();
			case SchedPackage.INFERENCE__CORE:
				if (resolve) return getCore();
				return basicGetCore();
			case SchedPackage.INFERENCE__TASKS:
				return getTasks();
			case SchedPackage.INFERENCE__DONE_FENCE:
				return getDoneFence();
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
			case SchedPackage.INFERENCE__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.INFERENCE__REFCOUNT:
				setRefcount((Integer)newValue);
				return;
			case SchedPackage.INFERENCE__CANCELLED:
				setCancelled((Boolean)newValue);
				return;
			case SchedPackage.INFERENCE__CORE:
				setCore((HardwareCore)newValue);
				return;
			case SchedPackage.INFERENCE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case SchedPackage.INFERENCE__DONE_FENCE:
				setDoneFence((Fence)newValue);
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
			case SchedPackage.INFERENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.INFERENCE__REFCOUNT:
				setRefcount(REFCOUNT_EDEFAULT);
				return;
			case SchedPackage.INFERENCE__CANCELLED:
				setCancelled(CANCELLED_EDEFAULT);
				return;
			case SchedPackage.INFERENCE__CORE:
				setCore((HardwareCore)null);
				return;
			case SchedPackage.INFERENCE__TASKS:
				getTasks().clear();
				return;
			case SchedPackage.INFERENCE__DONE_FENCE:
				setDoneFence((Fence)null);
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
			case SchedPackage.INFERENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.INFERENCE__REFCOUNT:
				return refcount != REFCOUNT_EDEFAULT;
			case SchedPackage.INFERENCE__CANCELLED:
				return cancelled != CANCELLED_EDEFAULT;
			case SchedPackage.INFERENCE__CORE:
				return core != null;
			case SchedPackage.INFERENCE__TASKS:
				return tasks != null && !tasks.isEmpty();
			case SchedPackage.INFERENCE__DONE_FENCE:
				return doneFence != null;
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
		result.append(", refcount: ");
		result.append(refcount);
		result.append(", cancelled: ");
		result.append(cancelled);
		result.append(')');
		return result.toString();
	}

} //InferenceImpl
