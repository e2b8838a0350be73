/**
 */
package org.dmstudio.model.sched;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One user submission: rocket_job after the redesign, shared and refcounted by its tasks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.Inference#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Inference#getRefcount <em>Refcount</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Inference#isCancelled <em>Cancelled</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Inference#getCore <em>Core</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Inference#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.Inference#getDoneFence <em>Done Fence</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getInference()
 * @model
 * @generated
 */
public interface Inference extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Inference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Refcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refcount</em>' attribute.
	 * @see #setRefcount(int)
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_Refcount()
	 * @model
	 * @generated
	 */
	int getRefcount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Inference#getRefcount <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refcount</em>' attribute.
	 * @see #getRefcount()
	 * @generated
	 */
	void setRefcount(int value);

	/**
	 * Returns the value of the '<em><b>Cancelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cancelled</em>' attribute.
	 * @see #setCancelled(boolean)
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_Cancelled()
	 * @model
	 * @generated
	 */
	boolean isCancelled();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Inference#isCancelled <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancelled</em>' attribute.
	 * @see #isCancelled()
	 * @generated
	 */
	void setCancelled(boolean value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The core the inference is pinned to once armed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' reference.
	 * @see #setCore(HardwareCore)
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_Core()
	 * @model
	 * @generated
	 */
	HardwareCore getCore();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Inference#getCore <em>Core</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' reference.
	 * @see #getCore()
	 * @generated
	 */
	void setCore(HardwareCore value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Done Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done Fence</em>' containment reference.
	 * @see #setDoneFence(Fence)
	 * @see org.dmstudio.model.sched.SchedPackage#getInference_DoneFence()
	 * @model containment="true"
	 * @generated
	 */
	Fence getDoneFence();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.Inference#getDoneFence <em>Done Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done Fence</em>' containment reference.
	 * @see #getDoneFence()
	 * @generated
	 */
	void setDoneFence(Fence value);

} // Inference
