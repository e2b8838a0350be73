/**
 */
package org.dmstudio.model.scenario.impl;

import java.util.Collection;

import org.dmstudio.model.scenario.BehaviourOverride;
import org.dmstudio.model.scenario.Expectation;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioPackage;
import org.dmstudio.model.scenario.Stimulus;

import org.dmstudio.model.sched.DrmDevice;

import org.dmstudio.model.topology.Board;

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
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getDrmDevice <em>Drm Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getStimuli <em>Stimuli</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.ScenarioImpl#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends EObjectImpl implements Scenario {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected Board board;

	/**
	 * The cached value of the '{@link #getDrmDevice() <em>Drm Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrmDevice()
	 * @generated
	 * @ordered
	 */
	protected DrmDevice drmDevice;

	/**
	 * The cached value of the '{@link #getConfig() <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfig()
	 * @generated
	 * @ordered
	 */
	protected KernelConfig config;

	/**
	 * The cached value of the '{@link #getStimuli() <em>Stimuli</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStimuli()
	 * @generated
	 * @ordered
	 */
	protected EList<Stimulus> stimuli;

	/**
	 * The cached value of the '{@link #getExpectations() <em>Expectations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectations()
	 * @generated
	 * @ordered
	 */
	protected EList<Expectation> expectations;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<BehaviourOverride> overrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SCENARIO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board getBoard() {
		if (board != null && board.eIsProxy()) {
			InternalEObject oldBoard = (InternalEObject)board;
			board = (Board)eResolveProxy(oldBoard);
			if (board != oldBoard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__BOARD, oldBoard, board));
			}
		}
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Board basicGetBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(Board newBoard) {
		Board oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DrmDevice getDrmDevice() {
		if (drmDevice != null && drmDevice.eIsProxy()) {
			InternalEObject oldDrmDevice = (InternalEObject)drmDevice;
			drmDevice = (DrmDevice)eResolveProxy(oldDrmDevice);
			if (drmDevice != oldDrmDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.SCENARIO__DRM_DEVICE, oldDrmDevice, drmDevice));
			}
		}
		return drmDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DrmDevice basicGetDrmDevice() {
		return drmDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrmDevice(DrmDevice newDrmDevice) {
		DrmDevice oldDrmDevice = drmDevice;
		drmDevice = newDrmDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__DRM_DEVICE, oldDrmDevice, drmDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelConfig getConfig() {
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfig(KernelConfig newConfig, NotificationChain msgs) {
		KernelConfig oldConfig = config;
		config = newConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__CONFIG, oldConfig, newConfig);
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
	public void setConfig(KernelConfig newConfig) {
		if (newConfig != config) {
			NotificationChain msgs = null;
			if (config != null)
				msgs = ((InternalEObject)config).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__CONFIG, null, msgs);
			if (newConfig != null)
				msgs = ((InternalEObject)newConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__CONFIG, null, msgs);
			msgs = basicSetConfig(newConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__CONFIG, newConfig, newConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stimulus> getStimuli() {
		if (stimuli == null) {
			stimuli = new EObjectContainmentEList<Stimulus>(Stimulus.class, this, ScenarioPackage.SCENARIO__STIMULI);
		}
		return stimuli;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expectation> getExpectations() {
		if (expectations == null) {
			expectations = new EObjectContainmentEList<Expectation>(Expectation.class, this, ScenarioPackage.SCENARIO__EXPECTATIONS);
		}
		return expectations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BehaviourOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<BehaviourOverride>(BehaviourOverride.class, this, ScenarioPackage.SCENARIO__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__CONFIG:
				return basicSetConfig(null, msgs);
			case ScenarioPackage.SCENARIO__STIMULI:
				return ((InternalEList<?>)getStimuli()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return ((InternalEList<?>)getExpectations()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.SCENARIO__NAME:
				return getName();
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case ScenarioPackage.SCENARIO__SEED:
				return getSeed();
			case ScenarioPackage.SCENARIO__BOARD:
				if (resolve) return getBoard();
				return basicGetBoard();
			case ScenarioPackage.SCENARIO__DRM_DEVICE:
				if (resolve) return getDrmDevice();
				return basicGetDrmDevice();
			case ScenarioPackage.SCENARIO__CONFIG:
				return getConfig();
			case ScenarioPackage.SCENARIO__STIMULI:
				return getStimuli();
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return getExpectations();
			case ScenarioPackage.SCENARIO__OVERRIDES:
				return getOverrides();
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
			case ScenarioPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__SEED:
				setSeed((Long)newValue);
				return;
			case ScenarioPackage.SCENARIO__BOARD:
				setBoard((Board)newValue);
				return;
			case ScenarioPackage.SCENARIO__DRM_DEVICE:
				setDrmDevice((DrmDevice)newValue);
				return;
			case ScenarioPackage.SCENARIO__CONFIG:
				setConfig((KernelConfig)newValue);
				return;
			case ScenarioPackage.SCENARIO__STIMULI:
				getStimuli().clear();
				getStimuli().addAll((Collection<? extends Stimulus>)newValue);
				return;
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				getExpectations().clear();
				getExpectations().addAll((Collection<? extends Expectation>)newValue);
				return;
			case ScenarioPackage.SCENARIO__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends BehaviourOverride>)newValue);
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
			case ScenarioPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__BOARD:
				setBoard((Board)null);
				return;
			case ScenarioPackage.SCENARIO__DRM_DEVICE:
				setDrmDevice((DrmDevice)null);
				return;
			case ScenarioPackage.SCENARIO__CONFIG:
				setConfig((KernelConfig)null);
				return;
			case ScenarioPackage.SCENARIO__STIMULI:
				getStimuli().clear();
				return;
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				getExpectations().clear();
				return;
			case ScenarioPackage.SCENARIO__OVERRIDES:
				getOverrides().clear();
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
			case ScenarioPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ScenarioPackage.SCENARIO__SEED:
				return seed != SEED_EDEFAULT;
			case ScenarioPackage.SCENARIO__BOARD:
				return board != null;
			case ScenarioPackage.SCENARIO__DRM_DEVICE:
				return drmDevice != null;
			case ScenarioPackage.SCENARIO__CONFIG:
				return config != null;
			case ScenarioPackage.SCENARIO__STIMULI:
				return stimuli != null && !stimuli.isEmpty();
			case ScenarioPackage.SCENARIO__EXPECTATIONS:
				return expectations != null && !expectations.isEmpty();
			case ScenarioPackage.SCENARIO__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
