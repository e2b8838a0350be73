/**
 */
package org.dmstudio.model.sched.impl;

import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.SchedPackage;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hardware Core</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getIrqName <em>Irq Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#getInFlight <em>In Flight</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.HardwareCoreImpl#isResetPending <em>Reset Pending</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HardwareCoreImpl extends EObjectImpl implements HardwareCore {
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
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The default value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected static final int IRQ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected int irq = IRQ_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrqName() <em>Irq Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqName()
	 * @generated
	 * @ordered
	 */
	protected static final String IRQ_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIrqName() <em>Irq Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqName()
	 * @generated
	 * @ordered
	 */
	protected String irqName = IRQ_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInFlight() <em>In Flight</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInFlight()
	 * @generated
	 * @ordered
	 */
	protected Job inFlight;

	/**
	 * The default value of the '{@link #isResetPending() <em>Reset Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResetPending()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESET_PENDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResetPending() <em>Reset Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResetPending()
	 * @generated
	 * @ordered
	 */
	protected boolean resetPending = RESET_PENDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HardwareCoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.HARDWARE_CORE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__INDEX, oldIndex, index));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.HARDWARE_CORE__DEVICE, oldDevice, device));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIrq() {
		return irq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrq(int newIrq) {
		int oldIrq = irq;
		irq = newIrq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__IRQ, oldIrq, irq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIrqName() {
		return irqName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqName(String newIrqName) {
		String oldIrqName = irqName;
		irqName = newIrqName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__IRQ_NAME, oldIrqName, irqName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Job getInFlight() {
		if (inFlight != null && inFlight.eIsProxy()) {
			InternalEObject oldInFlight = (InternalEObject)inFlight;
			inFlight = (Job)eResolveProxy(oldInFlight);
			if (inFlight != oldInFlight) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.HARDWARE_CORE__IN_FLIGHT, oldInFlight, inFlight));
			}
		}
		return inFlight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Job basicGetInFlight() {
		return inFlight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInFlight(Job newInFlight) {
		Job oldInFlight = inFlight;
		inFlight = newInFlight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__IN_FLIGHT, oldInFlight, inFlight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResetPending() {
		return resetPending;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResetPending(boolean newResetPending) {
		boolean oldResetPending = resetPending;
		resetPending = newResetPending;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.HARDWARE_CORE__RESET_PENDING, oldResetPending, resetPending));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.HARDWARE_CORE__NAME:
				return getName();
			case SchedPackage.HARDWARE_CORE__INDEX:
				return getIndex();
			case SchedPackage.HARDWARE_CORE__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case SchedPackage.HARDWARE_CORE__IRQ:
				return getIrq();
			case SchedPackage.HARDWARE_CORE__IRQ_NAME:
				return getIrqName();
			case SchedPackage.HARDWARE_CORE__IN_FLIGHT:
				if (resolve) return getInFlight();
				return basicGetInFlight();
			case SchedPackage.HARDWARE_CORE__RESET_PENDING:
				return isResetPending();
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
			case SchedPackage.HARDWARE_CORE__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__INDEX:
				setIndex((Integer)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__DEVICE:
				setDevice((Device)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__IRQ:
				setIrq((Integer)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__IRQ_NAME:
				setIrqName((String)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__IN_FLIGHT:
				setInFlight((Job)newValue);
				return;
			case SchedPackage.HARDWARE_CORE__RESET_PENDING:
				setResetPending((Boolean)newValue);
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
			case SchedPackage.HARDWARE_CORE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.HARDWARE_CORE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case SchedPackage.HARDWARE_CORE__DEVICE:
				setDevice((Device)null);
				return;
			case SchedPackage.HARDWARE_CORE__IRQ:
				setIrq(IRQ_EDEFAULT);
				return;
			case SchedPackage.HARDWARE_CORE__IRQ_NAME:
				setIrqName(IRQ_NAME_EDEFAULT);
				return;
			case SchedPackage.HARDWARE_CORE__IN_FLIGHT:
				setInFlight((Job)null);
				return;
			case SchedPackage.HARDWARE_CORE__RESET_PENDING:
				setResetPending(RESET_PENDING_EDEFAULT);
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
			case SchedPackage.HARDWARE_CORE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.HARDWARE_CORE__INDEX:
				return index != INDEX_EDEFAULT;
			case SchedPackage.HARDWARE_CORE__DEVICE:
				return device != null;
			case SchedPackage.HARDWARE_CORE__IRQ:
				return irq != IRQ_EDEFAULT;
			case SchedPackage.HARDWARE_CORE__IRQ_NAME:
				return IRQ_NAME_EDEFAULT == null ? irqName != null : !IRQ_NAME_EDEFAULT.equals(irqName);
			case SchedPackage.HARDWARE_CORE__IN_FLIGHT:
				return inFlight != null;
			case SchedPackage.HARDWARE_CORE__RESET_PENDING:
				return resetPending != RESET_PENDING_EDEFAULT;
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
		result.append(", index: ");
		result.append(index);
		result.append(", irq: ");
		result.append(irq);
		result.append(", irqName: ");
		result.append(irqName);
		result.append(", resetPending: ");
		result.append(resetPending);
		result.append(')');
		return result.toString();
	}

} //HardwareCoreImpl
