/**
 */
package org.dmstudio.model.scenario.impl;

import org.dmstudio.model.behaviour.CallbackKind;

import org.dmstudio.model.scenario.FaultInjection;
import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.model.scenario.ScenarioPackage;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fault Injection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getCallback <em>Callback</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getDelayNs <em>Delay Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getJobName <em>Job Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl#getTaskIndex <em>Task Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FaultInjectionImpl extends StimulusImpl implements FaultInjection {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FaultKind KIND_EDEFAULT = FaultKind.CALLBACK_ERROR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FaultKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The default value of the '{@link #getCallback() <em>Callback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallback()
	 * @generated
	 * @ordered
	 */
	protected static final CallbackKind CALLBACK_EDEFAULT = CallbackKind.PROBE;

	/**
	 * The cached value of the '{@link #getCallback() <em>Callback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallback()
	 * @generated
	 * @ordered
	 */
	protected CallbackKind callback = CALLBACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected static final int ERRNO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected int errno = ERRNO_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelayNs() <em>Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayNs()
	 * @generated
	 * @ordered
	 */
	protected static final long DELAY_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDelayNs() <em>Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayNs()
	 * @generated
	 * @ordered
	 */
	protected long delayNs = DELAY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJobName() <em>Job Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobName()
	 * @generated
	 * @ordered
	 */
	protected static final String JOB_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJobName() <em>Job Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobName()
	 * @generated
	 * @ordered
	 */
	protected String jobName = JOB_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskIndex() <em>Task Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int TASK_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTaskIndex() <em>Task Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskIndex()
	 * @generated
	 * @ordered
	 */
	protected int taskIndex = TASK_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FaultInjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.FAULT_INJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FaultKind newKind) {
		FaultKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.FAULT_INJECTION__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallbackKind getCallback() {
		return callback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallback(CallbackKind newCallback) {
		CallbackKind oldCallback = callback;
		callback = newCallback == null ? CALLBACK_EDEFAULT : newCallback;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__CALLBACK, oldCallback, callback));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getErrno() {
		return errno;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrno(int newErrno) {
		int oldErrno = errno;
		errno = newErrno;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__ERRNO, oldErrno, errno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDelayNs() {
		return delayNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayNs(long newDelayNs) {
		long oldDelayNs = delayNs;
		delayNs = newDelayNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__DELAY_NS, oldDelayNs, delayNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJobName() {
		return jobName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobName(String newJobName) {
		String oldJobName = jobName;
		jobName = newJobName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__JOB_NAME, oldJobName, jobName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTaskIndex() {
		return taskIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskIndex(int newTaskIndex) {
		int oldTaskIndex = taskIndex;
		taskIndex = newTaskIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.FAULT_INJECTION__TASK_INDEX, oldTaskIndex, taskIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.FAULT_INJECTION__KIND:
				return getKind();
			case ScenarioPackage.FAULT_INJECTION__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case ScenarioPackage.FAULT_INJECTION__CALLBACK:
				return getCallback();
			case ScenarioPackage.FAULT_INJECTION__ERRNO:
				return getErrno();
			case ScenarioPackage.FAULT_INJECTION__DELAY_NS:
				return getDelayNs();
			case ScenarioPackage.FAULT_INJECTION__JOB_NAME:
				return getJobName();
			case ScenarioPackage.FAULT_INJECTION__TASK_INDEX:
				return getTaskIndex();
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
			case ScenarioPackage.FAULT_INJECTION__KIND:
				setKind((FaultKind)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__DEVICE:
				setDevice((Device)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__CALLBACK:
				setCallback((CallbackKind)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__ERRNO:
				setErrno((Integer)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__DELAY_NS:
				setDelayNs((Long)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__JOB_NAME:
				setJobName((String)newValue);
				return;
			case ScenarioPackage.FAULT_INJECTION__TASK_INDEX:
				setTaskIndex((Integer)newValue);
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
			case ScenarioPackage.FAULT_INJECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.FAULT_INJECTION__DEVICE:
				setDevice((Device)null);
				return;
			case ScenarioPackage.FAULT_INJECTION__CALLBACK:
				setCallback(CALLBACK_EDEFAULT);
				return;
			case ScenarioPackage.FAULT_INJECTION__ERRNO:
				setErrno(ERRNO_EDEFAULT);
				return;
			case ScenarioPackage.FAULT_INJECTION__DELAY_NS:
				setDelayNs(DELAY_NS_EDEFAULT);
				return;
			case ScenarioPackage.FAULT_INJECTION__JOB_NAME:
				setJobName(JOB_NAME_EDEFAULT);
				return;
			case ScenarioPackage.FAULT_INJECTION__TASK_INDEX:
				setTaskIndex(TASK_INDEX_EDEFAULT);
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
			case ScenarioPackage.FAULT_INJECTION__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.FAULT_INJECTION__DEVICE:
				return device != null;
			case ScenarioPackage.FAULT_INJECTION__CALLBACK:
				return callback != CALLBACK_EDEFAULT;
			case ScenarioPackage.FAULT_INJECTION__ERRNO:
				return errno != ERRNO_EDEFAULT;
			case ScenarioPackage.FAULT_INJECTION__DELAY_NS:
				return delayNs != DELAY_NS_EDEFAULT;
			case ScenarioPackage.FAULT_INJECTION__JOB_NAME:
				return JOB_NAME_EDEFAULT == null ? jobName != null : !JOB_NAME_EDEFAULT.equals(jobName);
			case ScenarioPackage.FAULT_INJECTION__TASK_INDEX:
				return taskIndex != TASK_INDEX_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", callback: ");
		result.append(callback);
		result.append(", errno: ");
		result.append(errno);
		result.append(", delayNs: ");
		result.append(delayNs);
		result.append(", jobName: ");
		result.append(jobName);
		result.append(", taskIndex: ");
		result.append(taskIndex);
		result.append(')');
		return result.toString();
	}

} //FaultInjectionImpl
