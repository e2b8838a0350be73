/**
 */
package org.dmstudio.model.behaviour.impl;

import java.util.Collection;

import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLinkFlag;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getCall <em>Call</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getArgument <em>Argument</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getLinkFlags <em>Link Flags</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getOnError <em>On Error</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#isIgnoreResult <em>Ignore Result</em>}</li>
 *   <li>{@link org.dmstudio.model.behaviour.impl.StepImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends EObjectImpl implements Step {
	/**
	 * The default value of the '{@link #getCall() <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCall()
	 * @generated
	 * @ordered
	 */
	protected static final KernelCall CALL_EDEFAULT = KernelCall.PM_RUNTIME_ENABLE;

	/**
	 * The cached value of the '{@link #getCall() <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCall()
	 * @generated
	 * @ordered
	 */
	protected KernelCall call = CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getArgument() <em>Argument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgument()
	 * @generated
	 * @ordered
	 */
	protected static final String ARGUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArgument() <em>Argument</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgument()
	 * @generated
	 * @ordered
	 */
	protected String argument = ARGUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final long VALUE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected long value = VALUE_EDEFAULT;

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
	 * The cached value of the '{@link #getLinkFlags() <em>Link Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceLinkFlag> linkFlags;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Device target;

	/**
	 * The cached value of the '{@link #getCallee() <em>Callee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallee()
	 * @generated
	 * @ordered
	 */
	protected Recipe callee;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnError() <em>On Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnError()
	 * @generated
	 * @ordered
	 */
	protected static final String ON_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnError() <em>On Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnError()
	 * @generated
	 * @ordered
	 */
	protected String onError = ON_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #isIgnoreResult() <em>Ignore Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreResult()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IGNORE_RESULT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIgnoreResult() <em>Ignore Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIgnoreResult()
	 * @generated
	 * @ordered
	 */
	protected boolean ignoreResult = IGNORE_RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BehaviourPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelCall getCall() {
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCall(KernelCall newCall) {
		KernelCall oldCall = call;
		call = newCall == null ? CALL_EDEFAULT : newCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__CALL, oldCall, call));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArgument() {
		return argument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArgument(String newArgument) {
		String oldArgument = argument;
		argument = newArgument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__ARGUMENT, oldArgument, argument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(long newValue) {
		long oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__ERRNO, oldErrno, errno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceLinkFlag> getLinkFlags() {
		if (linkFlags == null) {
			linkFlags = new EDataTypeUniqueEList<DeviceLinkFlag>(DeviceLinkFlag.class, this, BehaviourPackage.STEP__LINK_FLAGS);
		}
		return linkFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Device)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BehaviourPackage.STEP__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Device newTarget) {
		Device oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recipe getCallee() {
		if (callee != null && callee.eIsProxy()) {
			InternalEObject oldCallee = (InternalEObject)callee;
			callee = (Recipe)eResolveProxy(oldCallee);
			if (callee != oldCallee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BehaviourPackage.STEP__CALLEE, oldCallee, callee));
			}
		}
		return callee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Recipe basicGetCallee() {
		return callee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallee(Recipe newCallee) {
		Recipe oldCallee = callee;
		callee = newCallee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__CALLEE, oldCallee, callee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnError() {
		return onError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnError(String newOnError) {
		String oldOnError = onError;
		onError = newOnError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__ON_ERROR, oldOnError, onError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIgnoreResult() {
		return ignoreResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIgnoreResult(boolean newIgnoreResult) {
		boolean oldIgnoreResult = ignoreResult;
		ignoreResult = newIgnoreResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__IGNORE_RESULT, oldIgnoreResult, ignoreResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BehaviourPackage.STEP__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BehaviourPackage.STEP__CALL:
				return getCall();
			case BehaviourPackage.STEP__ARGUMENT:
				return getArgument();
			case BehaviourPackage.STEP__VALUE:
				return getValue();
			case BehaviourPackage.STEP__ERRNO:
				return getErrno();
			case BehaviourPackage.STEP__LINK_FLAGS:
				return getLinkFlags();
			case BehaviourPackage.STEP__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case BehaviourPackage.STEP__CALLEE:
				if (resolve) return getCallee();
				return basicGetCallee();
			case BehaviourPackage.STEP__LABEL:
				return getLabel();
			case BehaviourPackage.STEP__ON_ERROR:
				return getOnError();
			case BehaviourPackage.STEP__IGNORE_RESULT:
				return isIgnoreResult();
			case BehaviourPackage.STEP__COMMENT:
				return getComment();
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
			case BehaviourPackage.STEP__CALL:
				setCall((KernelCall)newValue);
				return;
			case BehaviourPackage.STEP__ARGUMENT:
				setArgument((String)newValue);
				return;
			case BehaviourPackage.STEP__VALUE:
				setValue((Long)newValue);
				return;
			case BehaviourPackage.STEP__ERRNO:
				setErrno((Integer)newValue);
				return;
			case BehaviourPackage.STEP__LINK_FLAGS:
				getLinkFlags().clear();
				getLinkFlags().addAll((Collection<? extends DeviceLinkFlag>)newValue);
				return;
			case BehaviourPackage.STEP__TARGET:
				setTarget((Device)newValue);
				return;
			case BehaviourPackage.STEP__CALLEE:
				setCallee((Recipe)newValue);
				return;
			case BehaviourPackage.STEP__LABEL:
				setLabel((String)newValue);
				return;
			case BehaviourPackage.STEP__ON_ERROR:
				setOnError((String)newValue);
				return;
			case BehaviourPackage.STEP__IGNORE_RESULT:
				setIgnoreResult((Boolean)newValue);
				return;
			case BehaviourPackage.STEP__COMMENT:
				setComment((String)newValue);
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
			case BehaviourPackage.STEP__CALL:
				setCall(CALL_EDEFAULT);
				return;
			case BehaviourPackage.STEP__ARGUMENT:
				setArgument(ARGUMENT_EDEFAULT);
				return;
			case BehaviourPackage.STEP__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case BehaviourPackage.STEP__ERRNO:
				setErrno(ERRNO_EDEFAULT);
				return;
			case BehaviourPackage.STEP__LINK_FLAGS:
				getLinkFlags().clear();
				return;
			case BehaviourPackage.STEP__TARGET:
				setTarget((Device)null);
				return;
			case BehaviourPackage.STEP__CALLEE:
				setCallee((Recipe)null);
				return;
			case BehaviourPackage.STEP__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case BehaviourPackage.STEP__ON_ERROR:
				setOnError(ON_ERROR_EDEFAULT);
				return;
			case BehaviourPackage.STEP__IGNORE_RESULT:
				setIgnoreResult(IGNORE_RESULT_EDEFAULT);
				return;
			case BehaviourPackage.STEP__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case BehaviourPackage.STEP__CALL:
				return call != CALL_EDEFAULT;
			case BehaviourPackage.STEP__ARGUMENT:
				return ARGUMENT_EDEFAULT == null ? argument != null : !ARGUMENT_EDEFAULT.equals(argument);
			case BehaviourPackage.STEP__VALUE:
				return value != VALUE_EDEFAULT;
			case BehaviourPackage.STEP__ERRNO:
				return errno != ERRNO_EDEFAULT;
			case BehaviourPackage.STEP__LINK_FLAGS:
				return linkFlags != null && !linkFlags.isEmpty();
			case BehaviourPackage.STEP__TARGET:
				return target != null;
			case BehaviourPackage.STEP__CALLEE:
				return callee != null;
			case BehaviourPackage.STEP__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case BehaviourPackage.STEP__ON_ERROR:
				return ON_ERROR_EDEFAULT == null ? onError != null : !ON_ERROR_EDEFAULT.equals(onError);
			case BehaviourPackage.STEP__IGNORE_RESULT:
				return ignoreResult != IGNORE_RESULT_EDEFAULT;
			case BehaviourPackage.STEP__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (call: ");
		result.append(call);
		result.append(", argument: ");
		result.append(argument);
		result.append(", value: ");
		result.append(value);
		result.append(", errno: ");
		result.append(errno);
		result.append(", linkFlags: ");
		result.append(linkFlags);
		result.append(", label: ");
		result.append(label);
		result.append(", onError: ");
		result.append(onError);
		result.append(", ignoreResult: ");
		result.append(ignoreResult);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //StepImpl
