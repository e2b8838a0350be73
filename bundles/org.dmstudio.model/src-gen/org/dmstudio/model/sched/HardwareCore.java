/**
 */
package org.dmstudio.model.sched;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hardware Core</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getIrqName <em>Irq Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#getInFlight <em>In Flight</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.HardwareCore#isResetPending <em>Reset Pending</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore()
 * @model
 * @generated
 */
public interface HardwareCore extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hardware core index (not the probe order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq</em>' attribute.
	 * @see #setIrq(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_Irq()
	 * @model
	 * @generated
	 */
	int getIrq();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getIrq <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq</em>' attribute.
	 * @see #getIrq()
	 * @generated
	 */
	void setIrq(int value);

	/**
	 * Returns the value of the '<em><b>Irq Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq Name</em>' attribute.
	 * @see #setIrqName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_IrqName()
	 * @model
	 * @generated
	 */
	String getIrqName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getIrqName <em>Irq Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Name</em>' attribute.
	 * @see #getIrqName()
	 * @generated
	 */
	void setIrqName(String value);

	/**
	 * Returns the value of the '<em><b>In Flight</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * core->in_flight_job (or in_flight_task).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Flight</em>' reference.
	 * @see #setInFlight(Job)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_InFlight()
	 * @model
	 * @generated
	 */
	Job getInFlight();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#getInFlight <em>In Flight</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Flight</em>' reference.
	 * @see #getInFlight()
	 * @generated
	 */
	void setInFlight(Job value);

	/**
	 * Returns the value of the '<em><b>Reset Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * core->reset.pending
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reset Pending</em>' attribute.
	 * @see #setResetPending(boolean)
	 * @see org.dmstudio.model.sched.SchedPackage#getHardwareCore_ResetPending()
	 * @model
	 * @generated
	 */
	boolean isResetPending();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.HardwareCore#isResetPending <em>Reset Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reset Pending</em>' attribute.
	 * @see #isResetPending()
	 * @generated
	 */
	void setResetPending(boolean value);

} // HardwareCore
