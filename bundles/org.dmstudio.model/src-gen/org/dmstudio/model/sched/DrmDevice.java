/**
 */
package org.dmstudio.model.sched;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drm Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DRM/accel device with one scheduler per hardware core, as rocket has.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getDesign <em>Design</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getCores <em>Cores</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getSchedulers <em>Schedulers</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.DrmDevice#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice()
 * @model
 * @generated
 */
public interface DrmDevice extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.DrmDevice#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device that registers the DRM device (the first core to probe).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.DrmDevice#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.sched.SubmissionDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see org.dmstudio.model.sched.SubmissionDesign
	 * @see #setDesign(SubmissionDesign)
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Design()
	 * @model
	 * @generated
	 */
	SubmissionDesign getDesign();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.sched.DrmDevice#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see org.dmstudio.model.sched.SubmissionDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(SubmissionDesign value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.HardwareCore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cores</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Cores()
	 * @model containment="true"
	 * @generated
	 */
	EList<HardwareCore> getCores();

	/**
	 * Returns the value of the '<em><b>Schedulers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Scheduler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedulers</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Schedulers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scheduler> getSchedulers();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Entities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Inferences</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Inference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inferences</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Inferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inference> getInferences();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.sched.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see org.dmstudio.model.sched.SchedPackage#getDrmDevice_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Job> getJobs();

} // DrmDevice
