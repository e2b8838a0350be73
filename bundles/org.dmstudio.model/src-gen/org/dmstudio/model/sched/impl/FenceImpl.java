/**
 */
package org.dmstudio.model.sched.impl;

import org.dmstudio.model.sched.Fence;
import org.dmstudio.model.sched.FenceKind;
import org.dmstudio.model.sched.SchedPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.FenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.FenceImpl#getContext <em>Context</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.FenceImpl#getSeqno <em>Seqno</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.FenceImpl#isSignalled <em>Signalled</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.FenceImpl#getError <em>Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FenceImpl extends EObjectImpl implements Fence {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FenceKind KIND_EDEFAULT = FenceKind.SCHEDULED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FenceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final long CONTEXT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected long context = CONTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeqno() <em>Seqno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeqno()
	 * @generated
	 * @ordered
	 */
	protected static final long SEQNO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeqno() <em>Seqno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeqno()
	 * @generated
	 * @ordered
	 */
	protected long seqno = SEQNO_EDEFAULT;

	/**
	 * The default value of the '{@link #isSignalled() <em>Signalled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSignalled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIGNALLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSignalled() <em>Signalled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSignalled()
	 * @generated
	 * @ordered
	 */
	protected boolean signalled = SIGNALLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final int ERROR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected int error = ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.FENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FenceKind newKind) {
		FenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.FENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(long newContext) {
		long oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.FENCE__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeqno() {
		return seqno;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeqno(long newSeqno) {
		long oldSeqno = seqno;
		seqno = newSeqno;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.FENCE__SEQNO, oldSeqno, seqno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSignalled() {
		return signalled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignalled(boolean newSignalled) {
		boolean oldSignalled = signalled;
		signalled = newSignalled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.FENCE__SIGNALLED, oldSignalled, signalled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(int newError) {
		int oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.FENCE__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.FENCE__KIND:
				return getKind();
			case SchedPackage.FENCE__CONTEXT:
				return getContext();
			case SchedPackage.FENCE__SEQNO:
				return getSeqno();
			case SchedPackage.FENCE__SIGNALLED:
				return isSignalled();
			case SchedPackage.FENCE__ERROR:
				return getError();
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
			case SchedPackage.FENCE__KIND:
				setKind((FenceKind)newValue);
				return;
			case SchedPackage.FENCE__CONTEXT:
				setContext((Long)newValue);
				return;
			case SchedPackage.FENCE__SEQNO:
				setSeqno((Long)newValue);
				return;
			case SchedPackage.FENCE__SIGNALLED:
				setSignalled((Boolean)newValue);
				return;
			case SchedPackage.FENCE__ERROR:
				setError((Integer)newValue);
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
			case SchedPackage.FENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SchedPackage.FENCE__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case SchedPackage.FENCE__SEQNO:
				setSeqno(SEQNO_EDEFAULT);
				return;
			case SchedPackage.FENCE__SIGNALLED:
				setSignalled(SIGNALLED_EDEFAULT);
				return;
			case SchedPackage.FENCE__ERROR:
				setError(ERROR_EDEFAULT);
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
			case SchedPackage.FENCE__KIND:
				return kind != KIND_EDEFAULT;
			case SchedPackage.FENCE__CONTEXT:
				return context != CONTEXT_EDEFAULT;
			case SchedPackage.FENCE__SEQNO:
				return seqno != SEQNO_EDEFAULT;
			case SchedPackage.FENCE__SIGNALLED:
				return signalled != SIGNALLED_EDEFAULT;
			case SchedPackage.FENCE__ERROR:
				return error != ERROR_EDEFAULT;
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
		result.append(", context: ");
		result.append(context);
		result.append(", seqno: ");
		result.append(seqno);
		result.append(", signalled: ");
		result.append(signalled);
		result.append(", error: ");
		result.append(error);
		result.append(')');
		return result.toString();
	}

} //FenceImpl
