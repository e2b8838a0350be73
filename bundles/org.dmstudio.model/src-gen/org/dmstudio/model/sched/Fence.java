/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct dma_fence
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Fence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Fence#getContext <em>Context</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Fence#getSeqno <em>Seqno</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Fence#isSignalled <em>Signalled</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Fence#getError <em>Error</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getFence()
 * @model
 * @generated
 */
public interface Fence extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.FenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.sched.FenceKind
	 * @see #setKind(FenceKind)
	 * @see org.dmstudio.model.sched.SchedPackage#getFence_Kind()
	 * @model
	 * @generated
	 */
	FenceKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Fence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.sched.FenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FenceKind value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(long)
	 * @see org.dmstudio.model.sched.SchedPackage#getFence_Context()
	 * @model
	 * @generated
	 */
	long getContext();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Fence#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(long value);

	/**
	 * Returns the value of the '<em><b>Seqno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seqno</em>' attribute.
	 * @see #setSeqno(long)
	 * @see org.dmstudio.model.sched.SchedPackage#getFence_Seqno()
	 * @model
	 * @generated
	 */
	long getSeqno();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Fence#getSeqno <em>Seqno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seqno</em>' attribute.
	 * @see #getSeqno()
	 * @generated
	 */
	void setSeqno(long value);

	/**
	 * Returns the value of the '<em><b>Signalled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signalled</em>' attribute.
	 * @see #setSignalled(boolean)
	 * @see org.dmstudio.model.sched.SchedPackage#getFence_Signalled()
	 * @model
	 * @generated
	 */
	boolean isSignalled();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Fence#isSignalled <em>Signalled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signalled</em>' attribute.
	 * @see #isSignalled()
	 * @generated
	 */
	void setSignalled(boolean value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getFence_Error()
	 * @model
	 * @generated
	 */
	int getError();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Fence#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(int value);

} // Fence
