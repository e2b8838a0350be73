/**
 */
package org.dmstudio.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kernel Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#getFwDevlink <em>Fw Devlink</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#isFwDevlinkStrict <em>Fw Devlink Strict</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#isModules <em>Modules</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#getDeferredProbeTimeoutS <em>Deferred Probe Timeout S</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#getRuntimeErrorRule <em>Runtime Error Rule</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#isRegulatorIgnoreUnused <em>Regulator Ignore Unused</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#isPdIgnoreUnused <em>Pd Ignore Unused</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#getUserspaceStartNs <em>Userspace Start Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.KernelConfig#getJitterNs <em>Jitter Ns</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig()
 * @model
 * @generated
 */
public interface KernelConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Fw Devlink</b></em>' attribute.
	 * The default value is <code>"RPM"</code>.
	 * The literals are from the enumeration {@link org.dmstudio.model.scenario.FwDevlinkMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * fw_devlink= (drivers/base/core.c); rpm is the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fw Devlink</em>' attribute.
	 * @see org.dmstudio.model.scenario.FwDevlinkMode
	 * @see #setFwDevlink(FwDevlinkMode)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_FwDevlink()
	 * @model default="RPM"
	 * @generated
	 */
	FwDevlinkMode getFwDevlink();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#getFwDevlink <em>Fw Devlink</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fw Devlink</em>' attribute.
	 * @see org.dmstudio.model.scenario.FwDevlinkMode
	 * @see #getFwDevlink()
	 * @generated
	 */
	void setFwDevlink(FwDevlinkMode value);

	/**
	 * Returns the value of the '<em><b>Fw Devlink Strict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * fw_devlink.strict: optional bindings (iommus, dmas) also block probe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fw Devlink Strict</em>' attribute.
	 * @see #setFwDevlinkStrict(boolean)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_FwDevlinkStrict()
	 * @model
	 * @generated
	 */
	boolean isFwDevlinkStrict();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#isFwDevlinkStrict <em>Fw Devlink Strict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fw Devlink Strict</em>' attribute.
	 * @see #isFwDevlinkStrict()
	 * @generated
	 */
	void setFwDevlinkStrict(boolean value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CONFIG_MODULES
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modules</em>' attribute.
	 * @see #setModules(boolean)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_Modules()
	 * @model default="true"
	 * @generated
	 */
	boolean isModules();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#isModules <em>Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modules</em>' attribute.
	 * @see #isModules()
	 * @generated
	 */
	void setModules(boolean value);

	/**
	 * Returns the value of the '<em><b>Deferred Probe Timeout S</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * deferred_probe_timeout= in seconds; -1 waits forever. Kconfig default 10 with MODULES, 0 without.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deferred Probe Timeout S</em>' attribute.
	 * @see #setDeferredProbeTimeoutS(int)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_DeferredProbeTimeoutS()
	 * @model default="10"
	 * @generated
	 */
	int getDeferredProbeTimeoutS();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#getDeferredProbeTimeoutS <em>Deferred Probe Timeout S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deferred Probe Timeout S</em>' attribute.
	 * @see #getDeferredProbeTimeoutS()
	 * @generated
	 */
	void setDeferredProbeTimeoutS(int value);

	/**
	 * Returns the value of the '<em><b>Runtime Error Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.scenario.RuntimeErrorRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime Error Rule</em>' attribute.
	 * @see org.dmstudio.model.scenario.RuntimeErrorRule
	 * @see #setRuntimeErrorRule(RuntimeErrorRule)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_RuntimeErrorRule()
	 * @model
	 * @generated
	 */
	RuntimeErrorRule getRuntimeErrorRule();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#getRuntimeErrorRule <em>Runtime Error Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime Error Rule</em>' attribute.
	 * @see org.dmstudio.model.scenario.RuntimeErrorRule
	 * @see #getRuntimeErrorRule()
	 * @generated
	 */
	void setRuntimeErrorRule(RuntimeErrorRule value);

	/**
	 * Returns the value of the '<em><b>Regulator Ignore Unused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_ignore_unused: regulator_late_cleanup() leaves unused rails on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regulator Ignore Unused</em>' attribute.
	 * @see #setRegulatorIgnoreUnused(boolean)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_RegulatorIgnoreUnused()
	 * @model
	 * @generated
	 */
	boolean isRegulatorIgnoreUnused();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#isRegulatorIgnoreUnused <em>Regulator Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regulator Ignore Unused</em>' attribute.
	 * @see #isRegulatorIgnoreUnused()
	 * @generated
	 */
	void setRegulatorIgnoreUnused(boolean value);

	/**
	 * Returns the value of the '<em><b>Pd Ignore Unused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pd_ignore_unused: genpd_power_off_unused() leaves domains on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pd Ignore Unused</em>' attribute.
	 * @see #setPdIgnoreUnused(boolean)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_PdIgnoreUnused()
	 * @model
	 * @generated
	 */
	boolean isPdIgnoreUnused();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#isPdIgnoreUnused <em>Pd Ignore Unused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pd Ignore Unused</em>' attribute.
	 * @see #isPdIgnoreUnused()
	 * @generated
	 */
	void setPdIgnoreUnused(boolean value);

	/**
	 * Returns the value of the '<em><b>Userspace Start Ns</b></em>' attribute.
	 * The default value is <code>"3000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When init starts and module loading becomes possible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Userspace Start Ns</em>' attribute.
	 * @see #setUserspaceStartNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_UserspaceStartNs()
	 * @model default="3000000000"
	 * @generated
	 */
	long getUserspaceStartNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#getUserspaceStartNs <em>Userspace Start Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Userspace Start Ns</em>' attribute.
	 * @see #getUserspaceStartNs()
	 * @generated
	 */
	void setUserspaceStartNs(long value);

	/**
	 * Returns the value of the '<em><b>Jitter Ns</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest random delay the seed adds to each independent event.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jitter Ns</em>' attribute.
	 * @see #setJitterNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getKernelConfig_JitterNs()
	 * @model default="0"
	 * @generated
	 */
	long getJitterNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.KernelConfig#getJitterNs <em>Jitter Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jitter Ns</em>' attribute.
	 * @see #getJitterNs()
	 * @generated
	 */
	void setJitterNs(long value);

} // KernelConfig
