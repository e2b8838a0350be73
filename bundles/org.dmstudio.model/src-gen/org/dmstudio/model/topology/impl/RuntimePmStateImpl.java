/**
 */
package org.dmstudio.model.topology.impl;

import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Runtime Pm State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getUsageCount <em>Usage Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getChildCount <em>Child Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getDisableDepth <em>Disable Depth</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getRuntimeError <em>Runtime Error</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#isIgnoreChildren <em>Ignore Children</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#isIrqSafe <em>Irq Safe</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#isNoCallbacks <em>No Callbacks</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#isUseAutosuspend <em>Use Autosuspend</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getAutosuspendDelayMs <em>Autosuspend Delay Ms</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl#getLastBusyNs <em>Last Busy Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuntimePmStateImpl extends EObjectImpl implements RuntimePmState {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RpmStatus STATUS_EDEFAULT = RpmStatus.SUSPENDED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RpmStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsageCount() <em>Usage Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int USAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsageCount() <em>Usage Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsageCount()
	 * @generated
	 * @ordered
	 */
	protected int usageCount = USAGE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChildCount() <em>Child Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CHILD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getChildCount() <em>Child Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildCount()
	 * @generated
	 * @ordered
	 */
	protected int childCount = CHILD_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisableDepth() <em>Disable Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisableDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DISABLE_DEPTH_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getDisableDepth() <em>Disable Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisableDepth()
	 * @generated
	 * @ordered
	 */
	protected int disableDepth = DISABLE_DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuntimeError() <em>Runtime Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeError()
	 * @generated
	 * @ordered
	 */
	protected static final int RUNTIME_ERROR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRuntimeError() <em>Runtime Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeError()
	 * @generated
	 * @ordered
	 */
	protected int runtimeError = RUNTIME_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #isIgnoreChildren() <em>Ignore Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreChildren()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IGNORE_CHILDREN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIgnoreChildren() <em>Ignore Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreChildren()
	 * @generated
	 * @ordered
	 */
	protected boolean ignoreChildren = IGNORE_CHILDREN_EDEFAULT;

	/**
	 * The default value of the '{@link #isIrqSafe() <em>Irq Safe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqSafe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IRQ_SAFE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIrqSafe() <em>Irq Safe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqSafe()
	 * @generated
	 * @ordered
	 */
	protected boolean irqSafe = IRQ_SAFE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoCallbacks() <em>No Callbacks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCallbacks()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_CALLBACKS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoCallbacks() <em>No Callbacks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCallbacks()
	 * @generated
	 * @ordered
	 */
	protected boolean noCallbacks = NO_CALLBACKS_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseAutosuspend() <em>Use Autosuspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseAutosuspend()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_AUTOSUSPEND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseAutosuspend() <em>Use Autosuspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseAutosuspend()
	 * @generated
	 * @ordered
	 */
	protected boolean useAutosuspend = USE_AUTOSUSPEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutosuspendDelayMs() <em>Autosuspend Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutosuspendDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final int AUTOSUSPEND_DELAY_MS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAutosuspendDelayMs() <em>Autosuspend Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutosuspendDelayMs()
	 * @generated
	 * @ordered
	 */
	protected int autosuspendDelayMs = AUTOSUSPEND_DELAY_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastBusyNs() <em>Last Busy Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastBusyNs()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_BUSY_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastBusyNs() <em>Last Busy Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastBusyNs()
	 * @generated
	 * @ordered
	 */
	protected long lastBusyNs = LAST_BUSY_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuntimePmStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.RUNTIME_PM_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RpmStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RpmStatus newStatus) {
		RpmStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsageCount() {
		return usageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsageCount(int newUsageCount) {
		int oldUsageCount = usageCount;
		usageCount = newUsageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT, oldUsageCount, usageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChildCount() {
		return childCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildCount(int newChildCount) {
		int oldChildCount = childCount;
		childCount = newChildCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT, oldChildCount, childCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDisableDepth() {
		return disableDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisableDepth(int newDisableDepth) {
		int oldDisableDepth = disableDepth;
		disableDepth = newDisableDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH, oldDisableDepth, disableDepth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRuntimeError() {
		return runtimeError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntimeError(int newRuntimeError) {
		int oldRuntimeError = runtimeError;
		runtimeError = newRuntimeError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR, oldRuntimeError, runtimeError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIgnoreChildren() {
		return ignoreChildren;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIgnoreChildren(boolean newIgnoreChildren) {
		boolean oldIgnoreChildren = ignoreChildren;
		ignoreChildren = newIgnoreChildren;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN, oldIgnoreChildren, ignoreChildren));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIrqSafe() {
		return irqSafe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqSafe(boolean newIrqSafe) {
		boolean oldIrqSafe = irqSafe;
		irqSafe = newIrqSafe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE, oldIrqSafe, irqSafe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoCallbacks() {
		return noCallbacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoCallbacks(boolean newNoCallbacks) {
		boolean oldNoCallbacks = noCallbacks;
		noCallbacks = newNoCallbacks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS, oldNoCallbacks, noCallbacks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseAutosuspend() {
		return useAutosuspend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseAutosuspend(boolean newUseAutosuspend) {
		boolean oldUseAutosuspend = useAutosuspend;
		useAutosuspend = newUseAutosuspend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND, oldUseAutosuspend, useAutosuspend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAutosuspendDelayMs() {
		return autosuspendDelayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutosuspendDelayMs(int newAutosuspendDelayMs) {
		int oldAutosuspendDelayMs = autosuspendDelayMs;
		autosuspendDelayMs = newAutosuspendDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS, oldAutosuspendDelayMs, autosuspendDelayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastBusyNs() {
		return lastBusyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastBusyNs(long newLastBusyNs) {
		long oldLastBusyNs = lastBusyNs;
		lastBusyNs = newLastBusyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS, oldLastBusyNs, lastBusyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.RUNTIME_PM_STATE__STATUS:
				return getStatus();
			case TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT:
				return getUsageCount();
			case TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT:
				return getChildCount();
			case TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH:
				return getDisableDepth();
			case TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR:
				return getRuntimeError();
			case TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN:
				return isIgnoreChildren();
			case TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE:
				return isIrqSafe();
			case TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS:
				return isNoCallbacks();
			case TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND:
				return isUseAutosuspend();
			case TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS:
				return getAutosuspendDelayMs();
			case TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS:
				return getLastBusyNs();
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
			case TopologyPackage.RUNTIME_PM_STATE__STATUS:
				setStatus((RpmStatus)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT:
				setUsageCount((Integer)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT:
				setChildCount((Integer)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH:
				setDisableDepth((Integer)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR:
				setRuntimeError((Integer)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN:
				setIgnoreChildren((Boolean)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE:
				setIrqSafe((Boolean)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS:
				setNoCallbacks((Boolean)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND:
				setUseAutosuspend((Boolean)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS:
				setAutosuspendDelayMs((Integer)newValue);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS:
				setLastBusyNs((Long)newValue);
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
			case TopologyPackage.RUNTIME_PM_STATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT:
				setUsageCount(USAGE_COUNT_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT:
				setChildCount(CHILD_COUNT_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH:
				setDisableDepth(DISABLE_DEPTH_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR:
				setRuntimeError(RUNTIME_ERROR_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN:
				setIgnoreChildren(IGNORE_CHILDREN_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE:
				setIrqSafe(IRQ_SAFE_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS:
				setNoCallbacks(NO_CALLBACKS_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND:
				setUseAutosuspend(USE_AUTOSUSPEND_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS:
				setAutosuspendDelayMs(AUTOSUSPEND_DELAY_MS_EDEFAULT);
				return;
			case TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS:
				setLastBusyNs(LAST_BUSY_NS_EDEFAULT);
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
			case TopologyPackage.RUNTIME_PM_STATE__STATUS:
				return status != STATUS_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT:
				return usageCount != USAGE_COUNT_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT:
				return childCount != CHILD_COUNT_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH:
				return disableDepth != DISABLE_DEPTH_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR:
				return runtimeError != RUNTIME_ERROR_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN:
				return ignoreChildren != IGNORE_CHILDREN_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE:
				return irqSafe != IRQ_SAFE_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS:
				return noCallbacks != NO_CALLBACKS_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND:
				return useAutosuspend != USE_AUTOSUSPEND_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS:
				return autosuspendDelayMs != AUTOSUSPEND_DELAY_MS_EDEFAULT;
			case TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS:
				return lastBusyNs != LAST_BUSY_NS_EDEFAULT;
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
		result.append(" (status: ");
		result.append(status);
		result.append(", usageCount: ");
		result.append(usageCount);
		result.append(", childCount: ");
		result.append(childCount);
		result.append(", disableDepth: ");
		result.append(disableDepth);
		result.append(", runtimeError: ");
		result.append(runtimeError);
		result.append(", ignoreChildren: ");
		result.append(ignoreChildren);
		result.append(", irqSafe: ");
		result.append(irqSafe);
		result.append(", noCallbacks: ");
		result.append(noCallbacks);
		result.append(", useAutosuspend: ");
		result.append(useAutosuspend);
		result.append(", autosuspendDelayMs: ");
		result.append(autosuspendDelayMs);
		result.append(", lastBusyNs: ");
		result.append(lastBusyNs);
		result.append(')');
		return result.toString();
	}

} //RuntimePmStateImpl
