/**
 */
package org.dmstudio.model.scenario.impl;

import org.dmstudio.model.behaviour.BehaviourPackage;

import org.dmstudio.model.behaviour.impl.BehaviourPackageImpl;

import org.dmstudio.model.dt.DtPackage;

import org.dmstudio.model.dt.impl.DtPackageImpl;

import org.dmstudio.model.scenario.BehaviourOverride;
import org.dmstudio.model.scenario.DriverRegistration;
import org.dmstudio.model.scenario.Expectation;
import org.dmstudio.model.scenario.ExpectationKind;
import org.dmstudio.model.scenario.FaultInjection;
import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.model.scenario.FwDevlinkMode;
import org.dmstudio.model.scenario.JobSubmission;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.ModuleLoad;
import org.dmstudio.model.scenario.RuntimeErrorRule;
import org.dmstudio.model.scenario.RuntimePmCall;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.model.scenario.ScenarioPackage;
import org.dmstudio.model.scenario.Stimulus;

import org.dmstudio.model.sched.SchedPackage;

import org.dmstudio.model.sched.impl.SchedPackageImpl;

import org.dmstudio.model.topology.TopologyPackage;

import org.dmstudio.model.topology.impl.TopologyPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioPackageImpl extends EPackageImpl implements ScenarioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass behaviourOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kernelConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverRegistrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moduleLoadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runtimePmCallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobSubmissionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass faultInjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expectationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fwDevlinkModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runtimeErrorRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum faultKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expectationKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.dmstudio.model.scenario.ScenarioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ScenarioPackageImpl() {
		super(eNS_URI, ScenarioFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ScenarioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ScenarioPackage init() {
		if (isInited) return (ScenarioPackage)EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredScenarioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ScenarioPackageImpl theScenarioPackage = registeredScenarioPackage instanceof ScenarioPackageImpl ? (ScenarioPackageImpl)registeredScenarioPackage : new ScenarioPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DtPackage.eNS_URI);
		DtPackageImpl theDtPackage = (DtPackageImpl)(registeredPackage instanceof DtPackageImpl ? registeredPackage : DtPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BehaviourPackage.eNS_URI);
		BehaviourPackageImpl theBehaviourPackage = (BehaviourPackageImpl)(registeredPackage instanceof BehaviourPackageImpl ? registeredPackage : BehaviourPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedPackage.eNS_URI);
		SchedPackageImpl theSchedPackage = (SchedPackageImpl)(registeredPackage instanceof SchedPackageImpl ? registeredPackage : SchedPackage.eINSTANCE);

		// Create package meta-data objects
		theScenarioPackage.createPackageContents();
		theDtPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		theBehaviourPackage.createPackageContents();
		theSchedPackage.createPackageContents();

		// Initialize created meta-data
		theScenarioPackage.initializePackageContents();
		theDtPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		theBehaviourPackage.initializePackageContents();
		theSchedPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theScenarioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ScenarioPackage.eNS_URI, theScenarioPackage);
		return theScenarioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Seed() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Board() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DrmDevice() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Config() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Stimuli() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Expectations() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Overrides() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBehaviourOverride() {
		return behaviourOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBehaviourOverride_Driver() {
		return (EReference)behaviourOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBehaviourOverride_Device() {
		return (EReference)behaviourOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBehaviourOverride_Behaviour() {
		return (EReference)behaviourOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKernelConfig() {
		return kernelConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_FwDevlink() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_FwDevlinkStrict() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_Modules() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_DeferredProbeTimeoutS() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_RuntimeErrorRule() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_RegulatorIgnoreUnused() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_PdIgnoreUnused() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_UserspaceStartNs() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelConfig_JitterNs() {
		return (EAttribute)kernelConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStimulus() {
		return stimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStimulus_TimeNs() {
		return (EAttribute)stimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStimulus_Description() {
		return (EAttribute)stimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriverRegistration() {
		return driverRegistrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriverRegistration_Driver() {
		return (EReference)driverRegistrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModuleLoad() {
		return moduleLoadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModuleLoad_Driver() {
		return (EReference)moduleLoadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuntimePmCall() {
		return runtimePmCallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuntimePmCall_Device() {
		return (EReference)runtimePmCallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmCall_Call() {
		return (EAttribute)runtimePmCallEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJobSubmission() {
		return jobSubmissionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobSubmission_Name() {
		return (EAttribute)jobSubmissionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJobSubmission_Entity() {
		return (EReference)jobSubmissionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobSubmission_TaskCount() {
		return (EAttribute)jobSubmissionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobSubmission_TaskDurationNs() {
		return (EAttribute)jobSubmissionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFaultInjection() {
		return faultInjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_Kind() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFaultInjection_Device() {
		return (EReference)faultInjectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_Callback() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_Errno() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_DelayNs() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_JobName() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaultInjection_TaskIndex() {
		return (EAttribute)faultInjectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpectation() {
		return expectationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_Description() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_Kind() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectation_Device() {
		return (EReference)expectationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_Value() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_AtNs() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFwDevlinkMode() {
		return fwDevlinkModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuntimeErrorRule() {
		return runtimeErrorRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFaultKind() {
		return faultKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpectationKind() {
		return expectationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioFactory getScenarioFactory() {
		return (ScenarioFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__SEED);
		createEReference(scenarioEClass, SCENARIO__BOARD);
		createEReference(scenarioEClass, SCENARIO__DRM_DEVICE);
		createEReference(scenarioEClass, SCENARIO__CONFIG);
		createEReference(scenarioEClass, SCENARIO__STIMULI);
		createEReference(scenarioEClass, SCENARIO__EXPECTATIONS);
		createEReference(scenarioEClass, SCENARIO__OVERRIDES);

		behaviourOverrideEClass = createEClass(BEHAVIOUR_OVERRIDE);
		createEReference(behaviourOverrideEClass, BEHAVIOUR_OVERRIDE__DRIVER);
		createEReference(behaviourOverrideEClass, BEHAVIOUR_OVERRIDE__DEVICE);
		createEReference(behaviourOverrideEClass, BEHAVIOUR_OVERRIDE__BEHAVIOUR);

		kernelConfigEClass = createEClass(KERNEL_CONFIG);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__FW_DEVLINK);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__FW_DEVLINK_STRICT);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__MODULES);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__RUNTIME_ERROR_RULE);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__PD_IGNORE_UNUSED);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__USERSPACE_START_NS);
		createEAttribute(kernelConfigEClass, KERNEL_CONFIG__JITTER_NS);

		stimulusEClass = createEClass(STIMULUS);
		createEAttribute(stimulusEClass, STIMULUS__TIME_NS);
		createEAttribute(stimulusEClass, STIMULUS__DESCRIPTION);

		driverRegistrationEClass = createEClass(DRIVER_REGISTRATION);
		createEReference(driverRegistrationEClass, DRIVER_REGISTRATION__DRIVER);

		moduleLoadEClass = createEClass(MODULE_LOAD);
		createEReference(moduleLoadEClass, MODULE_LOAD__DRIVER);

		runtimePmCallEClass = createEClass(RUNTIME_PM_CALL);
		createEReference(runtimePmCallEClass, RUNTIME_PM_CALL__DEVICE);
		createEAttribute(runtimePmCallEClass, RUNTIME_PM_CALL__CALL);

		jobSubmissionEClass = createEClass(JOB_SUBMISSION);
		createEAttribute(jobSubmissionEClass, JOB_SUBMISSION__NAME);
		createEReference(jobSubmissionEClass, JOB_SUBMISSION__ENTITY);
		createEAttribute(jobSubmissionEClass, JOB_SUBMISSION__TASK_COUNT);
		createEAttribute(jobSubmissionEClass, JOB_SUBMISSION__TASK_DURATION_NS);

		faultInjectionEClass = createEClass(FAULT_INJECTION);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__KIND);
		createEReference(faultInjectionEClass, FAULT_INJECTION__DEVICE);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__CALLBACK);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__ERRNO);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__DELAY_NS);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__JOB_NAME);
		createEAttribute(faultInjectionEClass, FAULT_INJECTION__TASK_INDEX);

		expectationEClass = createEClass(EXPECTATION);
		createEAttribute(expectationEClass, EXPECTATION__DESCRIPTION);
		createEAttribute(expectationEClass, EXPECTATION__KIND);
		createEReference(expectationEClass, EXPECTATION__DEVICE);
		createEAttribute(expectationEClass, EXPECTATION__VALUE);
		createEAttribute(expectationEClass, EXPECTATION__AT_NS);

		// Create enums
		fwDevlinkModeEEnum = createEEnum(FW_DEVLINK_MODE);
		runtimeErrorRuleEEnum = createEEnum(RUNTIME_ERROR_RULE);
		faultKindEEnum = createEEnum(FAULT_KIND);
		expectationKindEEnum = createEEnum(EXPECTATION_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		TopologyPackage theTopologyPackage = (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		SchedPackage theSchedPackage = (SchedPackage)EPackage.Registry.INSTANCE.getEPackage(SchedPackage.eNS_URI);
		BehaviourPackage theBehaviourPackage = (BehaviourPackage)EPackage.Registry.INSTANCE.getEPackage(BehaviourPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		driverRegistrationEClass.getESuperTypes().add(this.getStimulus());
		moduleLoadEClass.getESuperTypes().add(this.getStimulus());
		runtimePmCallEClass.getESuperTypes().add(this.getStimulus());
		jobSubmissionEClass.getESuperTypes().add(this.getStimulus());
		faultInjectionEClass.getESuperTypes().add(this.getStimulus());

		// Initialize classes, features, and operations; add parameters
		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Board(), theTopologyPackage.getBoard(), null, "board", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_DrmDevice(), theSchedPackage.getDrmDevice(), null, "drmDevice", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Config(), this.getKernelConfig(), null, "config", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Stimuli(), this.getStimulus(), null, "stimuli", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Expectations(), this.getExpectation(), null, "expectations", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Overrides(), this.getBehaviourOverride(), null, "overrides", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(behaviourOverrideEClass, BehaviourOverride.class, "BehaviourOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBehaviourOverride_Driver(), theTopologyPackage.getDriver(), null, "driver", null, 0, 1, BehaviourOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBehaviourOverride_Device(), theTopologyPackage.getDevice(), null, "device", null, 0, 1, BehaviourOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBehaviourOverride_Behaviour(), theBehaviourPackage.getDriverBehaviour(), null, "behaviour", null, 0, 1, BehaviourOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kernelConfigEClass, KernelConfig.class, "KernelConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKernelConfig_FwDevlink(), this.getFwDevlinkMode(), "fwDevlink", "RPM", 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_FwDevlinkStrict(), ecorePackage.getEBoolean(), "fwDevlinkStrict", null, 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_Modules(), ecorePackage.getEBoolean(), "modules", "true", 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_DeferredProbeTimeoutS(), ecorePackage.getEInt(), "deferredProbeTimeoutS", "10", 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_RuntimeErrorRule(), this.getRuntimeErrorRule(), "runtimeErrorRule", null, 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_RegulatorIgnoreUnused(), ecorePackage.getEBoolean(), "regulatorIgnoreUnused", null, 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_PdIgnoreUnused(), ecorePackage.getEBoolean(), "pdIgnoreUnused", null, 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_UserspaceStartNs(), ecorePackage.getELong(), "userspaceStartNs", "3000000000", 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelConfig_JitterNs(), ecorePackage.getELong(), "jitterNs", "0", 0, 1, KernelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stimulusEClass, Stimulus.class, "Stimulus", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStimulus_TimeNs(), ecorePackage.getELong(), "timeNs", null, 0, 1, Stimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStimulus_Description(), ecorePackage.getEString(), "description", null, 0, 1, Stimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverRegistrationEClass, DriverRegistration.class, "DriverRegistration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDriverRegistration_Driver(), theTopologyPackage.getDriver(), null, "driver", null, 0, 1, DriverRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(moduleLoadEClass, ModuleLoad.class, "ModuleLoad", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getModuleLoad_Driver(), theTopologyPackage.getDriver(), null, "driver", null, 0, 1, ModuleLoad.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runtimePmCallEClass, RuntimePmCall.class, "RuntimePmCall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRuntimePmCall_Device(), theTopologyPackage.getDevice(), null, "device", null, 0, 1, RuntimePmCall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmCall_Call(), theBehaviourPackage.getKernelCall(), "call", null, 0, 1, RuntimePmCall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jobSubmissionEClass, JobSubmission.class, "JobSubmission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJobSubmission_Name(), ecorePackage.getEString(), "name", null, 0, 1, JobSubmission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJobSubmission_Entity(), theSchedPackage.getEntity(), null, "entity", null, 0, 1, JobSubmission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobSubmission_TaskCount(), ecorePackage.getEInt(), "taskCount", "1", 0, 1, JobSubmission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobSubmission_TaskDurationNs(), ecorePackage.getELong(), "taskDurationNs", "1000000", 0, 1, JobSubmission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(faultInjectionEClass, FaultInjection.class, "FaultInjection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFaultInjection_Kind(), this.getFaultKind(), "kind", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFaultInjection_Device(), theTopologyPackage.getDevice(), null, "device", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaultInjection_Callback(), theBehaviourPackage.getCallbackKind(), "callback", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaultInjection_Errno(), ecorePackage.getEInt(), "errno", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaultInjection_DelayNs(), ecorePackage.getELong(), "delayNs", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaultInjection_JobName(), ecorePackage.getEString(), "jobName", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaultInjection_TaskIndex(), ecorePackage.getEInt(), "taskIndex", null, 0, 1, FaultInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expectationEClass, Expectation.class, "Expectation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpectation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_Kind(), this.getExpectationKind(), "kind", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectation_Device(), theTopologyPackage.getDevice(), null, "device", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_Value(), ecorePackage.getEString(), "value", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_AtNs(), ecorePackage.getELong(), "atNs", "-1", 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(fwDevlinkModeEEnum, FwDevlinkMode.class, "FwDevlinkMode");
		addEEnumLiteral(fwDevlinkModeEEnum, FwDevlinkMode.OFF);
		addEEnumLiteral(fwDevlinkModeEEnum, FwDevlinkMode.PERMISSIVE);
		addEEnumLiteral(fwDevlinkModeEEnum, FwDevlinkMode.ON);
		addEEnumLiteral(fwDevlinkModeEEnum, FwDevlinkMode.RPM);

		initEEnum(runtimeErrorRuleEEnum, RuntimeErrorRule.class, "RuntimeErrorRule");
		addEEnumLiteral(runtimeErrorRuleEEnum, RuntimeErrorRule.STICKY_ON_ANY_CALLBACK);
		addEEnumLiteral(runtimeErrorRuleEEnum, RuntimeErrorRule.SUSPEND_ONLY);

		initEEnum(faultKindEEnum, FaultKind.class, "FaultKind");
		addEEnumLiteral(faultKindEEnum, FaultKind.CALLBACK_ERROR);
		addEEnumLiteral(faultKindEEnum, FaultKind.PROBE_DELAY);
		addEEnumLiteral(faultKindEEnum, FaultKind.TASK_HANG);
		addEEnumLiteral(faultKindEEnum, FaultKind.TASK_SLOW);
		addEEnumLiteral(faultKindEEnum, FaultKind.IRQ_THREAD_DELAY);

		initEEnum(expectationKindEEnum, ExpectationKind.class, "ExpectationKind");
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.PROBE_STATE);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.PROBE_ERROR);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.RUNTIME_ERROR);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.RPM_STATUS);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.USAGE_COUNT);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.DMESG_CONTAINS);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.DMESG_LACKS);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.JOB_FENCE_ERROR);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.KERNEL_BUG);
		addEEnumLiteral(expectationKindEEnum, ExpectationKind.NO_KERNEL_BUG);

		// Create resource
		createResource(eNS_URI);
	}

} //ScenarioPackageImpl
