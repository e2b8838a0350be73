/**
 */
package org.dmstudio.model.sched.impl;

import java.util.Collection;

import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Entity;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Inference;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.SubmissionDesign;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drm Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getSchedulers <em>Schedulers</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getInferences <em>Inferences</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.DrmDeviceImpl#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DrmDeviceImpl extends EObjectImpl implements DrmDevice {
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
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final SubmissionDesign DESIGN_EDEFAULT = SubmissionDesign.JOB_WITH_CHAINED_TASKS;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected SubmissionDesign design = DESIGN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected EList<HardwareCore> cores;

	/**
	 * The cached value of the '{@link #getSchedulers() <em>Schedulers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulers()
	 * @generated
	 * @ordered
	 */
	protected EList<Scheduler> schedulers;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

	/**
	 * The cached value of the '{@link #getInferences() <em>Inferences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferences()
	 * @generated
	 * @ordered
	 */
	protected EList<Inference> inferences;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DrmDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.DRM_DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.DRM_DEVICE__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.DRM_DEVICE__DEVICE, oldDevice, device));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.DRM_DEVICE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubmissionDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(SubmissionDesign newDesign) {
		SubmissionDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.DRM_DEVICE__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HardwareCore> getCores() {
		if (cores == null) {
			cores = new EObjectContainmentEList<HardwareCore>(HardwareCore.class, this, SchedPackage.DRM_DEVICE__CORES);
		}
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scheduler> getSchedulers() {
		if (schedulers == null) {
			schedulers = new EObjectContainmentEList<Scheduler>(Scheduler.class, this, SchedPackage.DRM_DEVICE__SCHEDULERS);
		}
		return schedulers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<Entity>(Entity.class, this, SchedPackage.DRM_DEVICE__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inference> getInferences() {
		if (inferences == null) {
			inferences = new EObjectContainmentEList<Inference>(Inference.class, this, SchedPackage.DRM_DEVICE__INFERENCES);
		}
		return inferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<Job>(Job.class, this, SchedPackage.DRM_DEVICE__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedPackage.DRM_DEVICE__CORES:
				return ((InternalEList<?>)getCores()).basicRemove(otherEnd, msgs);
			case SchedPackage.DRM_DEVICE__SCHEDULERS:
				return ((InternalEList<?>)getSchedulers()).basicRemove(otherEnd, msgs);
			case SchedPackage.DRM_DEVICE__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case SchedPackage.DRM_DEVICE__INFERENCES:
				return ((InternalEList<?>)getInferences()).basicRemove(otherEnd, msgs);
			case SchedPackage.DRM_DEVICE__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedPackage.DRM_DEVICE__NAME:
				return getName();
			case SchedPackage.DRM_DEVICE__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case SchedPackage.DRM_DEVICE__DESIGN:
				return getDesign();
			case SchedPackage.DRM_DEVICE__CORES:
				return getCores();
			case SchedPackage.DRM_DEVICE__SCHEDULERS:
				return getSchedulers();
			case SchedPackage.DRM_DEVICE__ENTITIES:
				return getEntities();
			case SchedPackage.DRM_DEVICE__INFERENCES:
				return getInferences();
			case SchedPackage.DRM_DEVICE__JOBS:
				return getJobs();
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
			case SchedPackage.DRM_DEVICE__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.DRM_DEVICE__DEVICE:
				setDevice((Device)newValue);
				return;
			case SchedPackage.DRM_DEVICE__DESIGN:
				setDesign((SubmissionDesign)newValue);
				return;
			case SchedPackage.DRM_DEVICE__CORES:
				getCores().clear();
				getCores().addAll((Collection<? extends HardwareCore>)newValue);
				return;
			case SchedPackage.DRM_DEVICE__SCHEDULERS:
				getSchedulers().clear();
				getSchedulers().addAll((Collection<? extends Scheduler>)newValue);
				return;
			case SchedPackage.DRM_DEVICE__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case SchedPackage.DRM_DEVICE__INFERENCES:
				getInferences().clear();
				getInferences().addAll((Collection<? extends Inference>)newValue);
				return;
			case SchedPackage.DRM_DEVICE__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
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
			case SchedPackage.DRM_DEVICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.DRM_DEVICE__DEVICE:
				setDevice((Device)null);
				return;
			case SchedPackage.DRM_DEVICE__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case SchedPackage.DRM_DEVICE__CORES:
				getCores().clear();
				return;
			case SchedPackage.DRM_DEVICE__SCHEDULERS:
				getSchedulers().clear();
				return;
			case SchedPackage.DRM_DEVICE__ENTITIES:
				getEntities().clear();
				return;
			case SchedPackage.DRM_DEVICE__INFERENCES:
				getInferences().clear();
				return;
			case SchedPackage.DRM_DEVICE__JOBS:
				getJobs().clear();
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
			case SchedPackage.DRM_DEVICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.DRM_DEVICE__DEVICE:
				return device != null;
			case SchedPackage.DRM_DEVICE__DESIGN:
				return design != DESIGN_EDEFAULT;
			case SchedPackage.DRM_DEVICE__CORES:
				return cores != null && !cores.isEmpty();
			case SchedPackage.DRM_DEVICE__SCHEDULERS:
				return schedulers != null && !schedulers.isEmpty();
			case SchedPackage.DRM_DEVICE__ENTITIES:
				return entities != null && !entities.isEmpty();
			case SchedPackage.DRM_DEVICE__INFERENCES:
				return inferences != null && !inferences.isEmpty();
			case SchedPackage.DRM_DEVICE__JOBS:
				return jobs != null && !jobs.isEmpty();
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
		result.append(", design: ");
		result.append(design);
		result.append(')');
		return result.toString();
	}

} //DrmDeviceImpl
