/**
 */
package org.dmstudio.model.scenario.impl;

import org.dmstudio.model.scenario.FwDevlinkMode;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.RuntimeErrorRule;
import org.dmstudio.model.scenario.ScenarioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kernel Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#getFwDevlink <em>Fw Devlink</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#isFwDevlinkStrict <em>Fw Devlink Strict</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#isModules <em>Modules</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#getDeferredProbeTimeoutS <em>Deferred Probe Timeout S</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#getRuntimeErrorRule <em>Runtime Error Rule</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#isRegulatorIgnoreUnused <em>Regulator Ignore Unused</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#isPdIgnoreUnused <em>Pd Ignore Unused</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#getUserspaceStartNs <em>Userspace Start Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.impl.KernelConfigImpl#getJitterNs <em>Jitter Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KernelConfigImpl extends EObjectImpl implements KernelConfig {
	/**
	 * The default value of the '{@link #getFwDevlink() <em>Fw Devlink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFwDevlink()
	 * @generated
	 * @ordered
	 */
	protected static final FwDevlinkMode FW_DEVLINK_EDEFAULT = FwDevlinkMode.RPM;

	/**
	 * The cached value of the '{@link #getFwDevlink() <em>Fw Devlink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFwDevlink()
	 * @generated
	 * @ordered
	 */
	protected FwDevlinkMode fwDevlink = FW_DEVLINK_EDEFAULT;

	/**
	 * The default value of the '{@link #isFwDevlinkStrict() <em>Fw Devlink Strict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFwDevlinkStrict()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FW_DEVLINK_STRICT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFwDevlinkStrict() <em>Fw Devlink Strict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFwDevlinkStrict()
	 * @generated
	 * @ordered
	 */
	protected boolean fwDevlinkStrict = FW_DEVLINK_STRICT_EDEFAULT;

	/**
	 * The default value of the '{@link #isModules() <em>Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isModules()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MODULES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isModules() <em>Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isModules()
	 * @generated
	 * @ordered
	 */
	protected boolean modules = MODULES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeferredProbeTimeoutS() <em>Deferred Probe Timeout S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferredProbeTimeoutS()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFERRED_PROBE_TIMEOUT_S_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getDeferredProbeTimeoutS() <em>Deferred Probe Timeout S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferredProbeTimeoutS()
	 * @generated
	 * @ordered
	 */
	protected int deferredProbeTimeoutS = DEFERRED_PROBE_TIMEOUT_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuntimeErrorRule() <em>Runtime Error Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeErrorRule()
	 * @generated
	 * @ordered
	 */
	protected static final RuntimeErrorRule RUNTIME_ERROR_RULE_EDEFAULT = RuntimeErrorRule.STICKY_ON_ANY_CALLBACK;

	/**
	 * The cached value of the '{@link #getRuntimeErrorRule() <em>Runtime Error Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeErrorRule()
	 * @generated
	 * @ordered
	 */
	protected RuntimeErrorRule runtimeErrorRule = RUNTIME_ERROR_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRegulatorIgnoreUnused() <em>Regulator Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegulatorIgnoreUnused()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REGULATOR_IGNORE_UNUSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRegulatorIgnoreUnused() <em>Regulator Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegulatorIgnoreUnused()
	 * @generated
	 * @ordered
	 */
	protected boolean regulatorIgnoreUnused = REGULATOR_IGNORE_UNUSED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPdIgnoreUnused() <em>Pd Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPdIgnoreUnused()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PD_IGNORE_UNUSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPdIgnoreUnused() <em>Pd Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPdIgnoreUnused()
	 * @generated
	 * @ordered
	 */
	protected boolean pdIgnoreUnused = PD_IGNORE_UNUSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserspaceStartNs() <em>Userspace Start Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserspaceStartNs()
	 * @generated
	 * @ordered
	 */
	protected static final long USERSPACE_START_NS_EDEFAULT = 3000000000L;

	/**
	 * The cached value of the '{@link #getUserspaceStartNs() <em>Userspace Start Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserspaceStartNs()
	 * @generated
	 * @ordered
	 */
	protected long userspaceStartNs = USERSPACE_START_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJitterNs() <em>Jitter Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJitterNs()
	 * @generated
	 * @ordered
	 */
	protected static final long JITTER_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getJitterNs() <em>Jitter Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJitterNs()
	 * @generated
	 * @ordered
	 */
	protected long jitterNs = JITTER_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KernelConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.KERNEL_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FwDevlinkMode getFwDevlink() {
		return fwDevlink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFwDevlink(FwDevlinkMode newFwDevlink) {
		FwDevlinkMode oldFwDevlink = fwDevlink;
		fwDevlink = newFwDevlink == null ? FW_DEVLINK_EDEFAULT : newFwDevlink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK, oldFwDevlink, fwDevlink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFwDevlinkStrict() {
		return fwDevlinkStrict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFwDevlinkStrict(boolean newFwDevlinkStrict) {
		boolean oldFwDevlinkStrict = fwDevlinkStrict;
		fwDevlinkStrict = newFwDevlinkStrict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT, oldFwDevlinkStrict, fwDevlinkStrict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isModules() {
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModules(boolean newModules) {
		boolean oldModules = modules;
		modules = newModules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__MODULES, oldModules, modules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeferredProbeTimeoutS() {
		return deferredProbeTimeoutS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeferredProbeTimeoutS(int newDeferredProbeTimeoutS) {
		int oldDeferredProbeTimeoutS = deferredProbeTimeoutS;
		deferredProbeTimeoutS = newDeferredProbeTimeoutS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S, oldDeferredProbeTimeoutS, deferredProbeTimeoutS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeErrorRule getRuntimeErrorRule() {
		return runtimeErrorRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntimeErrorRule(RuntimeErrorRule newRuntimeErrorRule) {
		RuntimeErrorRule oldRuntimeErrorRule = runtimeErrorRule;
		runtimeErrorRule = newRuntimeErrorRule == null ? RUNTIME_ERROR_RULE_EDEFAULT : newRuntimeErrorRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE, oldRuntimeErrorRule, runtimeErrorRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRegulatorIgnoreUnused() {
		return regulatorIgnoreUnused;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegulatorIgnoreUnused(boolean newRegulatorIgnoreUnused) {
		boolean oldRegulatorIgnoreUnused = regulatorIgnoreUnused;
		regulatorIgnoreUnused = newRegulatorIgnoreUnused;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED, oldRegulatorIgnoreUnused, regulatorIgnoreUnused));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPdIgnoreUnused() {
		return pdIgnoreUnused;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPdIgnoreUnused(boolean newPdIgnoreUnused) {
		boolean oldPdIgnoreUnused = pdIgnoreUnused;
		pdIgnoreUnused = newPdIgnoreUnused;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED, oldPdIgnoreUnused, pdIgnoreUnused));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUserspaceStartNs() {
		return userspaceStartNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserspaceStartNs(long newUserspaceStartNs) {
		long oldUserspaceStartNs = userspaceStartNs;
		userspaceStartNs = newUserspaceStartNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS, oldUserspaceStartNs, userspaceStartNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getJitterNs() {
		return jitterNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJitterNs(long newJitterNs) {
		long oldJitterNs = jitterNs;
		jitterNs = newJitterNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.KERNEL_CONFIG__JITTER_NS, oldJitterNs, jitterNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK:
				return getFwDevlink();
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT:
				return isFwDevlinkStrict();
			case ScenarioPackage.KERNEL_CONFIG__MODULES:
				return isModules();
			case ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S:
				return getDeferredProbeTimeoutS();
			case ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE:
				return getRuntimeErrorRule();
			case ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED:
				return isRegulatorIgnoreUnused();
			case ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED:
				return isPdIgnoreUnused();
			case ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS:
				return getUserspaceStartNs();
			case ScenarioPackage.KERNEL_CONFIG__JITTER_NS:
				return getJitterNs();
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
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK:
				setFwDevlink((FwDevlinkMode)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT:
				setFwDevlinkStrict((Boolean)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__MODULES:
				setModules((Boolean)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S:
				setDeferredProbeTimeoutS((Integer)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE:
				setRuntimeErrorRule((RuntimeErrorRule)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED:
				setRegulatorIgnoreUnused((Boolean)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED:
				setPdIgnoreUnused((Boolean)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS:
				setUserspaceStartNs((Long)newValue);
				return;
			case ScenarioPackage.KERNEL_CONFIG__JITTER_NS:
				setJitterNs((Long)newValue);
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
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK:
				setFwDevlink(FW_DEVLINK_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT:
				setFwDevlinkStrict(FW_DEVLINK_STRICT_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__MODULES:
				setModules(MODULES_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S:
				setDeferredProbeTimeoutS(DEFERRED_PROBE_TIMEOUT_S_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE:
				setRuntimeErrorRule(RUNTIME_ERROR_RULE_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED:
				setRegulatorIgnoreUnused(REGULATOR_IGNORE_UNUSED_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED:
				setPdIgnoreUnused(PD_IGNORE_UNUSED_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS:
				setUserspaceStartNs(USERSPACE_START_NS_EDEFAULT);
				return;
			case ScenarioPackage.KERNEL_CONFIG__JITTER_NS:
				setJitterNs(JITTER_NS_EDEFAULT);
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
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK:
				return fwDevlink != FW_DEVLINK_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT:
				return fwDevlinkStrict != FW_DEVLINK_STRICT_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__MODULES:
				return modules != MODULES_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S:
				return deferredProbeTimeoutS != DEFERRED_PROBE_TIMEOUT_S_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE:
				return runtimeErrorRule != RUNTIME_ERROR_RULE_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED:
				return regulatorIgnoreUnused != REGULATOR_IGNORE_UNUSED_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED:
				return pdIgnoreUnused != PD_IGNORE_UNUSED_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS:
				return userspaceStartNs != USERSPACE_START_NS_EDEFAULT;
			case ScenarioPackage.KERNEL_CONFIG__JITTER_NS:
				return jitterNs != JITTER_NS_EDEFAULT;
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
		result.append(" (fwDevlink: ");
		result.append(fwDevlink);
		result.append(", fwDevlinkStrict: ");
		result.append(fwDevlinkStrict);
		result.append(", modules: ");
		result.append(modules);
		result.append(", deferredProbeTimeoutS: ");
		result.append(deferredProbeTimeoutS);
		result.append(", runtimeErrorRule: ");
		result.append(runtimeErrorRule);
		result.append(", regulatorIgnoreUnused: ");
		result.append(regulatorIgnoreUnused);
		result.append(", pdIgnoreUnused: ");
		result.append(pdIgnoreUnused);
		result.append(", userspaceStartNs: ");
		result.append(userspaceStartNs);
		result.append(", jitterNs: ");
		result.append(jitterNs);
		result.append(')');
		return result.toString();
	}

} //KernelConfigImpl
