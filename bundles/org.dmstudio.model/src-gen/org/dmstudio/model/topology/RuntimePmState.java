/**
 */
package org.dmstudio.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runtime Pm State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct dev_pm_info's runtime fields; defaults are pm_runtime_init()'s (SUSPENDED, disable_depth 1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getUsageCount <em>Usage Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getChildCount <em>Child Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getDisableDepth <em>Disable Depth</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getRuntimeError <em>Runtime Error</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#isIgnoreChildren <em>Ignore Children</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#isIrqSafe <em>Irq Safe</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#isNoCallbacks <em>No Callbacks</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#isUseAutosuspend <em>Use Autosuspend</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getAutosuspendDelayMs <em>Autosuspend Delay Ms</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RuntimePmState#getLastBusyNs <em>Last Busy Ns</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState()
 * @model
 * @generated
 */
public interface RuntimePmState extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"SUSPENDED"</code>.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.RpmStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dmstudio.model.topology.RpmStatus
	 * @see #setStatus(RpmStatus)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_Status()
	 * @model default="SUSPENDED"
	 * @generated
	 */
	RpmStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dmstudio.model.topology.RpmStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RpmStatus value);

	/**
	 * Returns the value of the '<em><b>Usage Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usage Count</em>' attribute.
	 * @see #setUsageCount(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_UsageCount()
	 * @model
	 * @generated
	 */
	int getUsageCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getUsageCount <em>Usage Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usage Count</em>' attribute.
	 * @see #getUsageCount()
	 * @generated
	 */
	void setUsageCount(int value);

	/**
	 * Returns the value of the '<em><b>Child Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Child Count</em>' attribute.
	 * @see #setChildCount(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_ChildCount()
	 * @model
	 * @generated
	 */
	int getChildCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getChildCount <em>Child Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child Count</em>' attribute.
	 * @see #getChildCount()
	 * @generated
	 */
	void setChildCount(int value);

	/**
	 * Returns the value of the '<em><b>Disable Depth</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disable Depth</em>' attribute.
	 * @see #setDisableDepth(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_DisableDepth()
	 * @model default="1"
	 * @generated
	 */
	int getDisableDepth();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getDisableDepth <em>Disable Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disable Depth</em>' attribute.
	 * @see #getDisableDepth()
	 * @generated
	 */
	void setDisableDepth(int value);

	/**
	 * Returns the value of the '<em><b>Runtime Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Error</em>' attribute.
	 * @see #setRuntimeError(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_RuntimeError()
	 * @model
	 * @generated
	 */
	int getRuntimeError();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getRuntimeError <em>Runtime Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime Error</em>' attribute.
	 * @see #getRuntimeError()
	 * @generated
	 */
	void setRuntimeError(int value);

	/**
	 * Returns the value of the '<em><b>Ignore Children</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ignore Children</em>' attribute.
	 * @see #setIgnoreChildren(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_IgnoreChildren()
	 * @model
	 * @generated
	 */
	boolean isIgnoreChildren();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#isIgnoreChildren <em>Ignore Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Children</em>' attribute.
	 * @see #isIgnoreChildren()
	 * @generated
	 */
	void setIgnoreChildren(boolean value);

	/**
	 * Returns the value of the '<em><b>Irq Safe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq Safe</em>' attribute.
	 * @see #setIrqSafe(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_IrqSafe()
	 * @model
	 * @generated
	 */
	boolean isIrqSafe();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#isIrqSafe <em>Irq Safe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Safe</em>' attribute.
	 * @see #isIrqSafe()
	 * @generated
	 */
	void setIrqSafe(boolean value);

	/**
	 * Returns the value of the '<em><b>No Callbacks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Callbacks</em>' attribute.
	 * @see #setNoCallbacks(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_NoCallbacks()
	 * @model
	 * @generated
	 */
	boolean isNoCallbacks();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#isNoCallbacks <em>No Callbacks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Callbacks</em>' attribute.
	 * @see #isNoCallbacks()
	 * @generated
	 */
	void setNoCallbacks(boolean value);

	/**
	 * Returns the value of the '<em><b>Use Autosuspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Autosuspend</em>' attribute.
	 * @see #setUseAutosuspend(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_UseAutosuspend()
	 * @model
	 * @generated
	 */
	boolean isUseAutosuspend();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#isUseAutosuspend <em>Use Autosuspend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Autosuspend</em>' attribute.
	 * @see #isUseAutosuspend()
	 * @generated
	 */
	void setUseAutosuspend(boolean value);

	/**
	 * Returns the value of the '<em><b>Autosuspend Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Autosuspend Delay Ms</em>' attribute.
	 * @see #setAutosuspendDelayMs(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_AutosuspendDelayMs()
	 * @model
	 * @generated
	 */
	int getAutosuspendDelayMs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getAutosuspendDelayMs <em>Autosuspend Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Autosuspend Delay Ms</em>' attribute.
	 * @see #getAutosuspendDelayMs()
	 * @generated
	 */
	void setAutosuspendDelayMs(int value);

	/**
	 * Returns the value of the '<em><b>Last Busy Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Busy Ns</em>' attribute.
	 * @see #setLastBusyNs(long)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRuntimePmState_LastBusyNs()
	 * @model
	 * @generated
	 */
	long getLastBusyNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RuntimePmState#getLastBusyNs <em>Last Busy Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Busy Ns</em>' attribute.
	 * @see #getLastBusyNs()
	 * @generated
	 */
	void setLastBusyNs(long value);

} // RuntimePmState
