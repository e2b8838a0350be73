/**
 */
package org.dmstudio.model.behaviour;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLinkFlag;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getCall <em>Call</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getArgument <em>Argument</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getValue <em>Value</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getLinkFlags <em>Link Flags</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getOnError <em>On Error</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#isIgnoreResult <em>Ignore Result</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.Step#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Call</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.behaviour.KernelCall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call</em>' attribute.
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @see #setCall(KernelCall)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Call()
	 * @model
	 * @generated
	 */
	KernelCall getCall();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getCall <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call</em>' attribute.
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @see #getCall()
	 * @generated
	 */
	void setCall(KernelCall value);

	/**
	 * Returns the value of the '<em><b>Argument</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the call acts on: a supply or clock name, a register, a field, a variable, or a message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Argument</em>' attribute.
	 * @see #setArgument(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Argument()
	 * @model
	 * @generated
	 */
	String getArgument();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getArgument <em>Argument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Argument</em>' attribute.
	 * @see #getArgument()
	 * @generated
	 */
	void setArgument(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(long)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Value()
	 * @model
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For RETURN and DEV_ERR_PROBE: the value returned, negative (e.g. -517 for -EPROBE_DEFER).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(int)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Errno()
	 * @model
	 * @generated
	 */
	int getErrno();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(int value);

	/**
	 * Returns the value of the '<em><b>Link Flags</b></em>' attribute list.
	 * The list contents are of type {@link org.dmstudio.model.topology.DeviceLinkFlag}.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.DeviceLinkFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link Flags</em>' attribute list.
	 * @see org.dmstudio.model.topology.DeviceLinkFlag
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_LinkFlags()
	 * @model
	 * @generated
	 */
	EList<DeviceLinkFlag> getLinkFlags();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An explicit other device (a link supplier, a component master); empty means the one found through the DT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Device)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Target()
	 * @model
	 * @generated
	 */
	Device getTarget();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Device value);

	/**
	 * Returns the value of the '<em><b>Callee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For CALL: the recipe called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Callee</em>' reference.
	 * @see #setCallee(Recipe)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Callee()
	 * @model
	 * @generated
	 */
	Recipe getCallee();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getCallee <em>Callee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee</em>' reference.
	 * @see #getCallee()
	 * @generated
	 */
	void setCallee(Recipe value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A goto label for steps in the unwind list (err_put, err_disable...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>On Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unwind label to jump to when this step fails; empty returns the error at once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Error</em>' attribute.
	 * @see #setOnError(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_OnError()
	 * @model
	 * @generated
	 */
	String getOnError();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getOnError <em>On Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Error</em>' attribute.
	 * @see #getOnError()
	 * @generated
	 */
	void setOnError(String value);

	/**
	 * Returns the value of the '<em><b>Ignore Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The return value is not checked (as pm_runtime_get_suppliers' callers do).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignore Result</em>' attribute.
	 * @see #setIgnoreResult(boolean)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_IgnoreResult()
	 * @model
	 * @generated
	 */
	boolean isIgnoreResult();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#isIgnoreResult <em>Ignore Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignore Result</em>' attribute.
	 * @see #isIgnoreResult()
	 * @generated
	 */
	void setIgnoreResult(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#getStep_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.behaviour.Step#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Step
