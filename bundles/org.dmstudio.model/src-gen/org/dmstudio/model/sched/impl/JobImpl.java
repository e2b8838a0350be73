/**
 */
package org.dmstudio.model.sched.impl;

import java.util.Collection;

import org.dmstudio.model.sched.Entity;
import org.dmstudio.model.sched.Fence;
import org.dmstudio.model.sched.Inference;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.JobState;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.Task;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getInference <em>Inference</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getCredits <em>Credits</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getState <em>State</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getScheduledFence <em>Scheduled Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getFinishedFence <em>Finished Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getHardwareFence <em>Hardware Fence</em>}</li>
 *   <li>{@link org.dmstudio.model.sched.impl.JobImpl#getDependencies <em>Dependencies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobImpl extends EObjectImpl implements Job {
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
	 * The cached value of the '{@link #getEntity() <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected Entity entity;

	/**
	 * The cached value of the '{@link #getScheduler() <em>Scheduler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected Scheduler scheduler;

	/**
	 * The cached value of the '{@link #getInference() <em>Inference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInference()
	 * @generated
	 * @ordered
	 */
	protected Inference inference;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The default value of the '{@link #getCredits() <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredits()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCredits() <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredits()
	 * @generated
	 * @ordered
	 */
	protected int credits = CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final JobState STATE_EDEFAULT = JobState.INITIALIZED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected JobState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScheduledFence() <em>Scheduled Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledFence()
	 * @generated
	 * @ordered
	 */
	protected Fence scheduledFence;

	/**
	 * The cached value of the '{@link #getFinishedFence() <em>Finished Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedFence()
	 * @generated
	 * @ordered
	 */
	protected Fence finishedFence;

	/**
	 * The cached value of the '{@link #getHardwareFence() <em>Hardware Fence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareFence()
	 * @generated
	 * @ordered
	 */
	protected Fence hardwareFence;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Fence> dependencies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedPackage.Literals.JOB;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getEntity() {
		if (entity != null && entity.eIsProxy()) {
			InternalEObject oldEntity = (InternalEObject)entity;
			entity = (Entity)eResolveProxy(oldEntity);
			if (entity != oldEntity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.JOB__ENTITY, oldEntity, entity));
			}
		}
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetEntity() {
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntity(Entity newEntity) {
		Entity oldEntity = entity;
		entity = newEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__ENTITY, oldEntity, entity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheduler getScheduler() {
		if (scheduler != null && scheduler.eIsProxy()) {
			InternalEObject oldScheduler = (InternalEObject)scheduler;
			scheduler = (Scheduler)eResolveProxy(oldScheduler);
			if (scheduler != oldScheduler) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.JOB__SCHEDULER, oldScheduler, scheduler));
			}
		}
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scheduler basicGetScheduler() {
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduler(Scheduler newScheduler) {
		Scheduler oldScheduler = scheduler;
		scheduler = newScheduler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__SCHEDULER, oldScheduler, scheduler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inference getInference() {
		if (inference != null && inference.eIsProxy()) {
			InternalEObject oldInference = (InternalEObject)inference;
			inference = (Inference)eResolveProxy(oldInference);
			if (inference != oldInference) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedPackage.JOB__INFERENCE, oldInference, inference));
			}
		}
		return inference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Inference basicGetInference() {
		return inference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInference(Inference newInference) {
		Inference oldInference = inference;
		inference = newInference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__INFERENCE, oldInference, inference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectResolvingEList<Task>(Task.class, this, SchedPackage.JOB__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCredits() {
		return credits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredits(int newCredits) {
		int oldCredits = credits;
		credits = newCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__CREDITS, oldCredits, credits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(JobState newState) {
		JobState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fence getScheduledFence() {
		return scheduledFence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScheduledFence(Fence newScheduledFence, NotificationChain msgs) {
		Fence oldScheduledFence = scheduledFence;
		scheduledFence = newScheduledFence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__SCHEDULED_FENCE, oldScheduledFence, newScheduledFence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledFence(Fence newScheduledFence) {
		if (newScheduledFence != scheduledFence) {
			NotificationChain msgs = null;
			if (scheduledFence != null)
				msgs = ((InternalEObject)scheduledFence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__SCHEDULED_FENCE, null, msgs);
			if (newScheduledFence != null)
				msgs = ((InternalEObject)newScheduledFence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__SCHEDULED_FENCE, null, msgs);
			msgs = basicSetScheduledFence(newScheduledFence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__SCHEDULED_FENCE, newScheduledFence, newScheduledFence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fence getFinishedFence() {
		return finishedFence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFinishedFence(Fence newFinishedFence, NotificationChain msgs) {
		Fence oldFinishedFence = finishedFence;
		finishedFence = newFinishedFence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__FINISHED_FENCE, oldFinishedFence, newFinishedFence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedFence(Fence newFinishedFence) {
		if (newFinishedFence != finishedFence) {
			NotificationChain msgs = null;
			if (finishedFence != null)
				msgs = ((InternalEObject)finishedFence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__FINISHED_FENCE, null, msgs);
			if (newFinishedFence != null)
				msgs = ((InternalEObject)newFinishedFence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__FINISHED_FENCE, null, msgs);
			msgs = basicSetFinishedFence(newFinishedFence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__FINISHED_FENCE, newFinishedFence, newFinishedFence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fence getHardwareFence() {
		return hardwareFence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHardwareFence(Fence newHardwareFence, NotificationChain msgs) {
		Fence oldHardwareFence = hardwareFence;
		hardwareFence = newHardwareFence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__HARDWARE_FENCE, oldHardwareFence, newHardwareFence);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareFence(Fence newHardwareFence) {
		if (newHardwareFence != hardwareFence) {
			NotificationChain msgs = null;
			if (hardwareFence != null)
				msgs = ((InternalEObject)hardwareFence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__HARDWARE_FENCE, null, msgs);
			if (newHardwareFence != null)
				msgs = ((InternalEObject)newHardwareFence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedPackage.JOB__HARDWARE_FENCE, null, msgs);
			msgs = basicSetHardwareFence(newHardwareFence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedPackage.JOB__HARDWARE_FENCE, newHardwareFence, newHardwareFence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fence> getDependencies() {
		if (dependencies == null) {
			dependencies = new EObjectResolvingEList<Fence>(Fence.class, this, SchedPackage.JOB__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedPackage.JOB__SCHEDULED_FENCE:
				return basicSetScheduledFence(null, msgs);
			case SchedPackage.JOB__FINISHED_FENCE:
				return basicSetFinishedFence(null, msgs);
			case SchedPackage.JOB__HARDWARE_FENCE:
				return basicSetHardwareFence(null, msgs);
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
			case SchedPackage.JOB__NAME:
				return getName();
			case SchedPackage.JOB__ENTITY:
				if (resolve) return getEntity();
				return basicGetEntity();
			case SchedPackage.JOB__SCHEDULER:
				if (resolve) return getScheduler();
				return basicGetScheduler();
			case SchedPackage.JOB__INFERENCE:
				if (resolve) return getInference();
				return basicGetInference();
			case SchedPackage.JOB__TASKS:
				return getTasks();
			case SchedPackage.JOB__CREDITS:
				return getCredits();
			case SchedPackage.JOB__ID:
				return getId();
			case SchedPackage.JOB__STATE:
				return getState();
			case SchedPackage.JOB__SCHEDULED_FENCE:
				return getScheduledFence();
			case SchedPackage.JOB__FINISHED_FENCE:
				return getFinishedFence();
			case SchedPackage.JOB__HARDWARE_FENCE:
				return getHardwareFence();
			case SchedPackage.JOB__DEPENDENCIES:
				return getDependencies();
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
			case SchedPackage.JOB__NAME:
				setName((String)newValue);
				return;
			case SchedPackage.JOB__ENTITY:
				setEntity((Entity)newValue);
				return;
			case SchedPackage.JOB__SCHEDULER:
				setScheduler((Scheduler)newValue);
				return;
			case SchedPackage.JOB__INFERENCE:
				setInference((Inference)newValue);
				return;
			case SchedPackage.JOB__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case SchedPackage.JOB__CREDITS:
				setCredits((Integer)newValue);
				return;
			case SchedPackage.JOB__ID:
				setId((Long)newValue);
				return;
			case SchedPackage.JOB__STATE:
				setState((JobState)newValue);
				return;
			case SchedPackage.JOB__SCHEDULED_FENCE:
				setScheduledFence((Fence)newValue);
				return;
			case SchedPackage.JOB__FINISHED_FENCE:
				setFinishedFence((Fence)newValue);
				return;
			case SchedPackage.JOB__HARDWARE_FENCE:
				setHardwareFence((Fence)newValue);
				return;
			case SchedPackage.JOB__DEPENDENCIES:
				getDependencies().clear();
				getDependencies().addAll((Collection<? extends Fence>)newValue);
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
			case SchedPackage.JOB__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedPackage.JOB__ENTITY:
				setEntity((Entity)null);
				return;
			case SchedPackage.JOB__SCHEDULER:
				setScheduler((Scheduler)null);
				return;
			case SchedPackage.JOB__INFERENCE:
				setInference((Inference)null);
				return;
			case SchedPackage.JOB__TASKS:
				getTasks().clear();
				return;
			case SchedPackage.JOB__CREDITS:
				setCredits(CREDITS_EDEFAULT);
				return;
			case SchedPackage.JOB__ID:
				setId(ID_EDEFAULT);
				return;
			case SchedPackage.JOB__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SchedPackage.JOB__SCHEDULED_FENCE:
				setScheduledFence((Fence)null);
				return;
			case SchedPackage.JOB__FINISHED_FENCE:
				setFinishedFence((Fence)null);
				return;
			case SchedPackage.JOB__HARDWARE_FENCE:
				setHardwareFence((Fence)null);
				return;
			case SchedPackage.JOB__DEPENDENCIES:
				getDependencies().clear();
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
			case SchedPackage.JOB__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedPackage.JOB__ENTITY:
				return entity != null;
			case SchedPackage.JOB__SCHEDULER:
				return scheduler != null;
			case SchedPackage.JOB__INFERENCE:
				return inference != null;
			case SchedPackage.JOB__TASKS:
				return tasks != null && !tasks.isEmpty();
			case SchedPackage.JOB__CREDITS:
				return credits != CREDITS_EDEFAULT;
			case SchedPackage.JOB__ID:
				return id != ID_EDEFAULT;
			case SchedPackage.JOB__STATE:
				return state != STATE_EDEFAULT;
			case SchedPackage.JOB__SCHEDULED_FENCE:
				return scheduledFence != null;
			case SchedPackage.JOB__FINISHED_FENCE:
				return finishedFence != null;
			case SchedPackage.JOB__HARDWARE_FENCE:
				return hardwareFence != null;
			case SchedPackage.JOB__DEPENDENCIES:
				return dependencies != null && !dependencies.isEmpty();
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
		result.append(", credits: ");
		result.append(credits);
		result.append(", id: ");
		result.append(id);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //JobImpl
