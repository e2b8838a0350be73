/**
 */
package org.dmstudio.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What to simulate: a board, the kernel configuration, a timeline of stimuli, and the expectations the simulation checks.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dmstudio.org/model/scenario/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.dmstudio.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.ScenarioImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SEED = 2;

	/**
	 * The feature id for the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BOARD = 3;

	/**
	 * The feature id for the '<em><b>Drm Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DRM_DEVICE = 4;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CONFIG = 5;

	/**
	 * The feature id for the '<em><b>Stimuli</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STIMULI = 6;

	/**
	 * The feature id for the '<em><b>Expectations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXPECTATIONS = 7;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OVERRIDES = 8;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.BehaviourOverrideImpl <em>Behaviour Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.BehaviourOverrideImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getBehaviourOverride()
	 * @generated
	 */
	int BEHAVIOUR_OVERRIDE = 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OVERRIDE__DRIVER = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OVERRIDE__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OVERRIDE__BEHAVIOUR = 2;

	/**
	 * The number of structural features of the '<em>Behaviour Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OVERRIDE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Behaviour Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.KernelConfigImpl <em>Kernel Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.KernelConfigImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getKernelConfig()
	 * @generated
	 */
	int KERNEL_CONFIG = 2;

	/**
	 * The feature id for the '<em><b>Fw Devlink</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__FW_DEVLINK = 0;

	/**
	 * The feature id for the '<em><b>Fw Devlink Strict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__FW_DEVLINK_STRICT = 1;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__MODULES = 2;

	/**
	 * The feature id for the '<em><b>Deferred Probe Timeout S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S = 3;

	/**
	 * The feature id for the '<em><b>Runtime Error Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__RUNTIME_ERROR_RULE = 4;

	/**
	 * The feature id for the '<em><b>Regulator Ignore Unused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED = 5;

	/**
	 * The feature id for the '<em><b>Pd Ignore Unused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__PD_IGNORE_UNUSED = 6;

	/**
	 * The feature id for the '<em><b>Userspace Start Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__USERSPACE_START_NS = 7;

	/**
	 * The feature id for the '<em><b>Jitter Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG__JITTER_NS = 8;

	/**
	 * The number of structural features of the '<em>Kernel Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Kernel Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.StimulusImpl <em>Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.StimulusImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getStimulus()
	 * @generated
	 */
	int STIMULUS = 3;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__TIME_NS = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.DriverRegistrationImpl <em>Driver Registration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.DriverRegistrationImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getDriverRegistration()
	 * @generated
	 */
	int DRIVER_REGISTRATION = 4;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_REGISTRATION__TIME_NS = STIMULUS__TIME_NS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_REGISTRATION__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_REGISTRATION__DRIVER = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Driver Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_REGISTRATION_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Driver Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_REGISTRATION_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.ModuleLoadImpl <em>Module Load</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.ModuleLoadImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getModuleLoad()
	 * @generated
	 */
	int MODULE_LOAD = 5;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_LOAD__TIME_NS = STIMULUS__TIME_NS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_LOAD__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_LOAD__DRIVER = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Module Load</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_LOAD_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Module Load</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_LOAD_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.RuntimePmCallImpl <em>Runtime Pm Call</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.RuntimePmCallImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getRuntimePmCall()
	 * @generated
	 */
	int RUNTIME_PM_CALL = 6;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL__TIME_NS = STIMULUS__TIME_NS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL__DEVICE = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL__CALL = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Runtime Pm Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Runtime Pm Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_CALL_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl <em>Job Submission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.JobSubmissionImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getJobSubmission()
	 * @generated
	 */
	int JOB_SUBMISSION = 7;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__TIME_NS = STIMULUS__TIME_NS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__NAME = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__ENTITY = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Task Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__TASK_COUNT = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Task Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION__TASK_DURATION_NS = STIMULUS_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Job Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Job Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_SUBMISSION_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl <em>Fault Injection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.FaultInjectionImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFaultInjection()
	 * @generated
	 */
	int FAULT_INJECTION = 8;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__TIME_NS = STIMULUS__TIME_NS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__KIND = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__DEVICE = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Callback</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__CALLBACK = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__ERRNO = STIMULUS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delay Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__DELAY_NS = STIMULUS_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Job Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__JOB_NAME = STIMULUS_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Task Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION__TASK_INDEX = STIMULUS_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Fault Injection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Fault Injection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_INJECTION_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.impl.ExpectationImpl <em>Expectation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.impl.ExpectationImpl
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getExpectation()
	 * @generated
	 */
	int EXPECTATION = 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__VALUE = 3;

	/**
	 * The feature id for the '<em><b>At Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__AT_NS = 4;

	/**
	 * The number of structural features of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.FwDevlinkMode <em>Fw Devlink Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.FwDevlinkMode
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFwDevlinkMode()
	 * @generated
	 */
	int FW_DEVLINK_MODE = 10;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.RuntimeErrorRule <em>Runtime Error Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.RuntimeErrorRule
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getRuntimeErrorRule()
	 * @generated
	 */
	int RUNTIME_ERROR_RULE = 11;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.FaultKind <em>Fault Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.FaultKind
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFaultKind()
	 * @generated
	 */
	int FAULT_KIND = 12;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.scenario.ExpectationKind <em>Expectation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.scenario.ExpectationKind
	 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getExpectationKind()
	 * @generated
	 */
	int EXPECTATION_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.dmstudio.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Scenario#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getSeed()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Seed();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.Scenario#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Board</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getBoard()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Board();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.Scenario#getDrmDevice <em>Drm Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Drm Device</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getDrmDevice()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DrmDevice();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.scenario.Scenario#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Config</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getConfig()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Config();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.scenario.Scenario#getStimuli <em>Stimuli</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stimuli</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getStimuli()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Stimuli();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.scenario.Scenario#getExpectations <em>Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expectations</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getExpectations()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Expectations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.scenario.Scenario#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.dmstudio.model.scenario.Scenario#getOverrides()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Overrides();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.BehaviourOverride <em>Behaviour Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Behaviour Override</em>'.
	 * @see org.dmstudio.model.scenario.BehaviourOverride
	 * @generated
	 */
	EClass getBehaviourOverride();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.BehaviourOverride#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.dmstudio.model.scenario.BehaviourOverride#getDriver()
	 * @see #getBehaviourOverride()
	 * @generated
	 */
	EReference getBehaviourOverride_Driver();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.BehaviourOverride#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.scenario.BehaviourOverride#getDevice()
	 * @see #getBehaviourOverride()
	 * @generated
	 */
	EReference getBehaviourOverride_Device();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.scenario.BehaviourOverride#getBehaviour <em>Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Behaviour</em>'.
	 * @see org.dmstudio.model.scenario.BehaviourOverride#getBehaviour()
	 * @see #getBehaviourOverride()
	 * @generated
	 */
	EReference getBehaviourOverride_Behaviour();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.KernelConfig <em>Kernel Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kernel Config</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig
	 * @generated
	 */
	EClass getKernelConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#getFwDevlink <em>Fw Devlink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fw Devlink</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#getFwDevlink()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_FwDevlink();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#isFwDevlinkStrict <em>Fw Devlink Strict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fw Devlink Strict</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#isFwDevlinkStrict()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_FwDevlinkStrict();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#isModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modules</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#isModules()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_Modules();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#getDeferredProbeTimeoutS <em>Deferred Probe Timeout S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deferred Probe Timeout S</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#getDeferredProbeTimeoutS()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_DeferredProbeTimeoutS();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#getRuntimeErrorRule <em>Runtime Error Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runtime Error Rule</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#getRuntimeErrorRule()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_RuntimeErrorRule();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#isRegulatorIgnoreUnused <em>Regulator Ignore Unused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regulator Ignore Unused</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#isRegulatorIgnoreUnused()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_RegulatorIgnoreUnused();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#isPdIgnoreUnused <em>Pd Ignore Unused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pd Ignore Unused</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#isPdIgnoreUnused()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_PdIgnoreUnused();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#getUserspaceStartNs <em>Userspace Start Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Userspace Start Ns</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#getUserspaceStartNs()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_UserspaceStartNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.KernelConfig#getJitterNs <em>Jitter Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jitter Ns</em>'.
	 * @see org.dmstudio.model.scenario.KernelConfig#getJitterNs()
	 * @see #getKernelConfig()
	 * @generated
	 */
	EAttribute getKernelConfig_JitterNs();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.Stimulus <em>Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stimulus</em>'.
	 * @see org.dmstudio.model.scenario.Stimulus
	 * @generated
	 */
	EClass getStimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Stimulus#getTimeNs <em>Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Ns</em>'.
	 * @see org.dmstudio.model.scenario.Stimulus#getTimeNs()
	 * @see #getStimulus()
	 * @generated
	 */
	EAttribute getStimulus_TimeNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Stimulus#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dmstudio.model.scenario.Stimulus#getDescription()
	 * @see #getStimulus()
	 * @generated
	 */
	EAttribute getStimulus_Description();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.DriverRegistration <em>Driver Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver Registration</em>'.
	 * @see org.dmstudio.model.scenario.DriverRegistration
	 * @generated
	 */
	EClass getDriverRegistration();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.DriverRegistration#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.dmstudio.model.scenario.DriverRegistration#getDriver()
	 * @see #getDriverRegistration()
	 * @generated
	 */
	EReference getDriverRegistration_Driver();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.ModuleLoad <em>Module Load</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module Load</em>'.
	 * @see org.dmstudio.model.scenario.ModuleLoad
	 * @generated
	 */
	EClass getModuleLoad();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.ModuleLoad#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.dmstudio.model.scenario.ModuleLoad#getDriver()
	 * @see #getModuleLoad()
	 * @generated
	 */
	EReference getModuleLoad_Driver();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.RuntimePmCall <em>Runtime Pm Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Runtime Pm Call</em>'.
	 * @see org.dmstudio.model.scenario.RuntimePmCall
	 * @generated
	 */
	EClass getRuntimePmCall();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.RuntimePmCall#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.scenario.RuntimePmCall#getDevice()
	 * @see #getRuntimePmCall()
	 * @generated
	 */
	EReference getRuntimePmCall_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.RuntimePmCall#getCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call</em>'.
	 * @see org.dmstudio.model.scenario.RuntimePmCall#getCall()
	 * @see #getRuntimePmCall()
	 * @generated
	 */
	EAttribute getRuntimePmCall_Call();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.JobSubmission <em>Job Submission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Submission</em>'.
	 * @see org.dmstudio.model.scenario.JobSubmission
	 * @generated
	 */
	EClass getJobSubmission();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.JobSubmission#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.scenario.JobSubmission#getName()
	 * @see #getJobSubmission()
	 * @generated
	 */
	EAttribute getJobSubmission_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.JobSubmission#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.dmstudio.model.scenario.JobSubmission#getEntity()
	 * @see #getJobSubmission()
	 * @generated
	 */
	EReference getJobSubmission_Entity();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.JobSubmission#getTaskCount <em>Task Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Count</em>'.
	 * @see org.dmstudio.model.scenario.JobSubmission#getTaskCount()
	 * @see #getJobSubmission()
	 * @generated
	 */
	EAttribute getJobSubmission_TaskCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.JobSubmission#getTaskDurationNs <em>Task Duration Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Duration Ns</em>'.
	 * @see org.dmstudio.model.scenario.JobSubmission#getTaskDurationNs()
	 * @see #getJobSubmission()
	 * @generated
	 */
	EAttribute getJobSubmission_TaskDurationNs();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.FaultInjection <em>Fault Injection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fault Injection</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection
	 * @generated
	 */
	EClass getFaultInjection();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getKind()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.FaultInjection#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getDevice()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EReference getFaultInjection_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getCallback <em>Callback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callback</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getCallback()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_Callback();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getErrno()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_Errno();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getDelayNs <em>Delay Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Ns</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getDelayNs()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_DelayNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getJobName <em>Job Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Name</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getJobName()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_JobName();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.FaultInjection#getTaskIndex <em>Task Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Index</em>'.
	 * @see org.dmstudio.model.scenario.FaultInjection#getTaskIndex()
	 * @see #getFaultInjection()
	 * @generated
	 */
	EAttribute getFaultInjection_TaskIndex();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.scenario.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expectation</em>'.
	 * @see org.dmstudio.model.scenario.Expectation
	 * @generated
	 */
	EClass getExpectation();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Expectation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dmstudio.model.scenario.Expectation#getDescription()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Expectation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.scenario.Expectation#getKind()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.scenario.Expectation#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.scenario.Expectation#getDevice()
	 * @see #getExpectation()
	 * @generated
	 */
	EReference getExpectation_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Expectation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dmstudio.model.scenario.Expectation#getValue()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.scenario.Expectation#getAtNs <em>At Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Ns</em>'.
	 * @see org.dmstudio.model.scenario.Expectation#getAtNs()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_AtNs();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.scenario.FwDevlinkMode <em>Fw Devlink Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fw Devlink Mode</em>'.
	 * @see org.dmstudio.model.scenario.FwDevlinkMode
	 * @generated
	 */
	EEnum getFwDevlinkMode();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.scenario.RuntimeErrorRule <em>Runtime Error Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Runtime Error Rule</em>'.
	 * @see org.dmstudio.model.scenario.RuntimeErrorRule
	 * @generated
	 */
	EEnum getRuntimeErrorRule();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.scenario.FaultKind <em>Fault Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fault Kind</em>'.
	 * @see org.dmstudio.model.scenario.FaultKind
	 * @generated
	 */
	EEnum getFaultKind();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.scenario.ExpectationKind <em>Expectation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expectation Kind</em>'.
	 * @see org.dmstudio.model.scenario.ExpectationKind
	 * @generated
	 */
	EEnum getExpectationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.ScenarioImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SEED = eINSTANCE.getScenario_Seed();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__BOARD = eINSTANCE.getScenario_Board();

		/**
		 * The meta object literal for the '<em><b>Drm Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DRM_DEVICE = eINSTANCE.getScenario_DrmDevice();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CONFIG = eINSTANCE.getScenario_Config();

		/**
		 * The meta object literal for the '<em><b>Stimuli</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__STIMULI = eINSTANCE.getScenario_Stimuli();

		/**
		 * The meta object literal for the '<em><b>Expectations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__EXPECTATIONS = eINSTANCE.getScenario_Expectations();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OVERRIDES = eINSTANCE.getScenario_Overrides();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.BehaviourOverrideImpl <em>Behaviour Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.BehaviourOverrideImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getBehaviourOverride()
		 * @generated
		 */
		EClass BEHAVIOUR_OVERRIDE = eINSTANCE.getBehaviourOverride();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEHAVIOUR_OVERRIDE__DRIVER = eINSTANCE.getBehaviourOverride_Driver();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEHAVIOUR_OVERRIDE__DEVICE = eINSTANCE.getBehaviourOverride_Device();

		/**
		 * The meta object literal for the '<em><b>Behaviour</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BEHAVIOUR_OVERRIDE__BEHAVIOUR = eINSTANCE.getBehaviourOverride_Behaviour();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.KernelConfigImpl <em>Kernel Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.KernelConfigImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getKernelConfig()
		 * @generated
		 */
		EClass KERNEL_CONFIG = eINSTANCE.getKernelConfig();

		/**
		 * The meta object literal for the '<em><b>Fw Devlink</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__FW_DEVLINK = eINSTANCE.getKernelConfig_FwDevlink();

		/**
		 * The meta object literal for the '<em><b>Fw Devlink Strict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__FW_DEVLINK_STRICT = eINSTANCE.getKernelConfig_FwDevlinkStrict();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__MODULES = eINSTANCE.getKernelConfig_Modules();

		/**
		 * The meta object literal for the '<em><b>Deferred Probe Timeout S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S = eINSTANCE.getKernelConfig_DeferredProbeTimeoutS();

		/**
		 * The meta object literal for the '<em><b>Runtime Error Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__RUNTIME_ERROR_RULE = eINSTANCE.getKernelConfig_RuntimeErrorRule();

		/**
		 * The meta object literal for the '<em><b>Regulator Ignore Unused</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED = eINSTANCE.getKernelConfig_RegulatorIgnoreUnused();

		/**
		 * The meta object literal for the '<em><b>Pd Ignore Unused</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__PD_IGNORE_UNUSED = eINSTANCE.getKernelConfig_PdIgnoreUnused();

		/**
		 * The meta object literal for the '<em><b>Userspace Start Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__USERSPACE_START_NS = eINSTANCE.getKernelConfig_UserspaceStartNs();

		/**
		 * The meta object literal for the '<em><b>Jitter Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_CONFIG__JITTER_NS = eINSTANCE.getKernelConfig_JitterNs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.StimulusImpl <em>Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.StimulusImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getStimulus()
		 * @generated
		 */
		EClass STIMULUS = eINSTANCE.getStimulus();

		/**
		 * The meta object literal for the '<em><b>Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STIMULUS__TIME_NS = eINSTANCE.getStimulus_TimeNs();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STIMULUS__DESCRIPTION = eINSTANCE.getStimulus_Description();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.DriverRegistrationImpl <em>Driver Registration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.DriverRegistrationImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getDriverRegistration()
		 * @generated
		 */
		EClass DRIVER_REGISTRATION = eINSTANCE.getDriverRegistration();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_REGISTRATION__DRIVER = eINSTANCE.getDriverRegistration_Driver();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.ModuleLoadImpl <em>Module Load</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.ModuleLoadImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getModuleLoad()
		 * @generated
		 */
		EClass MODULE_LOAD = eINSTANCE.getModuleLoad();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODULE_LOAD__DRIVER = eINSTANCE.getModuleLoad_Driver();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.RuntimePmCallImpl <em>Runtime Pm Call</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.RuntimePmCallImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getRuntimePmCall()
		 * @generated
		 */
		EClass RUNTIME_PM_CALL = eINSTANCE.getRuntimePmCall();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_PM_CALL__DEVICE = eINSTANCE.getRuntimePmCall_Device();

		/**
		 * The meta object literal for the '<em><b>Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_CALL__CALL = eINSTANCE.getRuntimePmCall_Call();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.JobSubmissionImpl <em>Job Submission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.JobSubmissionImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getJobSubmission()
		 * @generated
		 */
		EClass JOB_SUBMISSION = eINSTANCE.getJobSubmission();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SUBMISSION__NAME = eINSTANCE.getJobSubmission_Name();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_SUBMISSION__ENTITY = eINSTANCE.getJobSubmission_Entity();

		/**
		 * The meta object literal for the '<em><b>Task Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SUBMISSION__TASK_COUNT = eINSTANCE.getJobSubmission_TaskCount();

		/**
		 * The meta object literal for the '<em><b>Task Duration Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_SUBMISSION__TASK_DURATION_NS = eINSTANCE.getJobSubmission_TaskDurationNs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.FaultInjectionImpl <em>Fault Injection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.FaultInjectionImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFaultInjection()
		 * @generated
		 */
		EClass FAULT_INJECTION = eINSTANCE.getFaultInjection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__KIND = eINSTANCE.getFaultInjection_Kind();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FAULT_INJECTION__DEVICE = eINSTANCE.getFaultInjection_Device();

		/**
		 * The meta object literal for the '<em><b>Callback</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__CALLBACK = eINSTANCE.getFaultInjection_Callback();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__ERRNO = eINSTANCE.getFaultInjection_Errno();

		/**
		 * The meta object literal for the '<em><b>Delay Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__DELAY_NS = eINSTANCE.getFaultInjection_DelayNs();

		/**
		 * The meta object literal for the '<em><b>Job Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__JOB_NAME = eINSTANCE.getFaultInjection_JobName();

		/**
		 * The meta object literal for the '<em><b>Task Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT_INJECTION__TASK_INDEX = eINSTANCE.getFaultInjection_TaskIndex();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.impl.ExpectationImpl <em>Expectation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.impl.ExpectationImpl
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getExpectation()
		 * @generated
		 */
		EClass EXPECTATION = eINSTANCE.getExpectation();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__DESCRIPTION = eINSTANCE.getExpectation_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__KIND = eINSTANCE.getExpectation_Kind();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTATION__DEVICE = eINSTANCE.getExpectation_Device();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__VALUE = eINSTANCE.getExpectation_Value();

		/**
		 * The meta object literal for the '<em><b>At Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__AT_NS = eINSTANCE.getExpectation_AtNs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.FwDevlinkMode <em>Fw Devlink Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.FwDevlinkMode
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFwDevlinkMode()
		 * @generated
		 */
		EEnum FW_DEVLINK_MODE = eINSTANCE.getFwDevlinkMode();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.RuntimeErrorRule <em>Runtime Error Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.RuntimeErrorRule
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getRuntimeErrorRule()
		 * @generated
		 */
		EEnum RUNTIME_ERROR_RULE = eINSTANCE.getRuntimeErrorRule();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.FaultKind <em>Fault Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.FaultKind
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getFaultKind()
		 * @generated
		 */
		EEnum FAULT_KIND = eINSTANCE.getFaultKind();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.scenario.ExpectationKind <em>Expectation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.scenario.ExpectationKind
		 * @see org.dmstudio.model.scenario.impl.ScenarioPackageImpl#getExpectationKind()
		 * @generated
		 */
		EEnum EXPECTATION_KIND = eINSTANCE.getExpectationKind();

	}

} //ScenarioPackage
