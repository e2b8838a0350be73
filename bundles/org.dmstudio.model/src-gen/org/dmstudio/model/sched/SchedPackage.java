/**
 */
package org.dmstudio.model.sched;

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
 * The DRM GPU scheduler (drivers/gpu/drm/scheduler) and the accelerator that feeds it.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.sched.SchedFactory
 * @model kind="package"
 * @generated
 */
public interface SchedPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "sched";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dmstudio.org/model/sched/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sched";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedPackage eINSTANCE = org.dmstudio.model.sched.impl.SchedPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.DrmDeviceImpl <em>Drm Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.DrmDeviceImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getDrmDevice()
	 * @generated
	 */
	int DRM_DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__DESIGN = 2;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__CORES = 3;

	/**
	 * The feature id for the '<em><b>Schedulers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__SCHEDULERS = 4;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__ENTITIES = 5;

	/**
	 * The feature id for the '<em><b>Inferences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__INFERENCES = 6;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE__JOBS = 7;

	/**
	 * The number of structural features of the '<em>Drm Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Drm Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRM_DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.HardwareCoreImpl <em>Hardware Core</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.HardwareCoreImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getHardwareCore()
	 * @generated
	 */
	int HARDWARE_CORE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__IRQ = 3;

	/**
	 * The feature id for the '<em><b>Irq Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__IRQ_NAME = 4;

	/**
	 * The feature id for the '<em><b>In Flight</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__IN_FLIGHT = 5;

	/**
	 * The feature id for the '<em><b>Reset Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE__RESET_PENDING = 6;

	/**
	 * The number of structural features of the '<em>Hardware Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Hardware Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_CORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.SchedulerImpl <em>Scheduler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.SchedulerImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getScheduler()
	 * @generated
	 */
	int SCHEDULER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__CORE = 1;

	/**
	 * The feature id for the '<em><b>Credit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__CREDIT_LIMIT = 2;

	/**
	 * The feature id for the '<em><b>Credit Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__CREDIT_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__TIMEOUT_MS = 4;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__POLICY = 5;

	/**
	 * The feature id for the '<em><b>Stopped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__STOPPED = 6;

	/**
	 * The feature id for the '<em><b>Pending List</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER__PENDING_LIST = 7;

	/**
	 * The number of structural features of the '<em>Scheduler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Scheduler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.EntityImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__PRIORITY = 1;

	/**
	 * The feature id for the '<em><b>Schedulers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__SCHEDULERS = 2;

	/**
	 * The feature id for the '<em><b>Current Scheduler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CURRENT_SCHEDULER = 3;

	/**
	 * The feature id for the '<em><b>Job Queue</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__JOB_QUEUE = 4;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.InferenceImpl <em>Inference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.InferenceImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getInference()
	 * @generated
	 */
	int INFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Refcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__REFCOUNT = 1;

	/**
	 * The feature id for the '<em><b>Cancelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__CANCELLED = 2;

	/**
	 * The feature id for the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__CORE = 3;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__TASKS = 4;

	/**
	 * The feature id for the '<em><b>Done Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE__DONE_FENCE = 5;

	/**
	 * The number of structural features of the '<em>Inference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Inference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.TaskImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 5;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Regcmd Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__REGCMD_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DURATION_NS = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATE = 3;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.JobImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getJob()
	 * @generated
	 */
	int JOB = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NAME = 0;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ENTITY = 1;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__SCHEDULER = 2;

	/**
	 * The feature id for the '<em><b>Inference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__INFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__TASKS = 4;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__CREDITS = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ID = 6;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__STATE = 7;

	/**
	 * The feature id for the '<em><b>Scheduled Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__SCHEDULED_FENCE = 8;

	/**
	 * The feature id for the '<em><b>Finished Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__FINISHED_FENCE = 9;

	/**
	 * The feature id for the '<em><b>Hardware Fence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__HARDWARE_FENCE = 10;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__DEPENDENCIES = 11;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.impl.FenceImpl <em>Fence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.impl.FenceImpl
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getFence()
	 * @generated
	 */
	int FENCE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE__CONTEXT = 1;

	/**
	 * The feature id for the '<em><b>Seqno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE__SEQNO = 2;

	/**
	 * The feature id for the '<em><b>Signalled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE__SIGNALLED = 3;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE__ERROR = 4;

	/**
	 * The number of structural features of the '<em>Fence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Fence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.SubmissionDesign <em>Submission Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.SubmissionDesign
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSubmissionDesign()
	 * @generated
	 */
	int SUBMISSION_DESIGN = 8;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.SchedPolicy <em>Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.SchedPolicy
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSchedPolicy()
	 * @generated
	 */
	int SCHED_POLICY = 9;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.SchedPriority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.SchedPriority
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSchedPriority()
	 * @generated
	 */
	int SCHED_PRIORITY = 10;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.TaskState <em>Task State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.TaskState
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 11;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.JobState <em>Job State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.JobState
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getJobState()
	 * @generated
	 */
	int JOB_STATE = 12;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.sched.FenceKind <em>Fence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.sched.FenceKind
	 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getFenceKind()
	 * @generated
	 */
	int FENCE_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.DrmDevice <em>Drm Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drm Device</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice
	 * @generated
	 */
	EClass getDrmDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.DrmDevice#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getName()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EAttribute getDrmDevice_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.DrmDevice#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getDevice()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.DrmDevice#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getDesign()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EAttribute getDrmDevice_Design();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.DrmDevice#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cores</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getCores()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Cores();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.DrmDevice#getSchedulers <em>Schedulers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedulers</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getSchedulers()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Schedulers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.DrmDevice#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getEntities()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.DrmDevice#getInferences <em>Inferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inferences</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getInferences()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Inferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.DrmDevice#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see org.dmstudio.model.sched.DrmDevice#getJobs()
	 * @see #getDrmDevice()
	 * @generated
	 */
	EReference getDrmDevice_Jobs();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.HardwareCore <em>Hardware Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hardware Core</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore
	 * @generated
	 */
	EClass getHardwareCore();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.HardwareCore#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getName()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EAttribute getHardwareCore_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.HardwareCore#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getIndex()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EAttribute getHardwareCore_Index();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.HardwareCore#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getDevice()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EReference getHardwareCore_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.HardwareCore#getIrq <em>Irq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getIrq()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EAttribute getHardwareCore_Irq();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.HardwareCore#getIrqName <em>Irq Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Name</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getIrqName()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EAttribute getHardwareCore_IrqName();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.HardwareCore#getInFlight <em>In Flight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>In Flight</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#getInFlight()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EReference getHardwareCore_InFlight();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.HardwareCore#isResetPending <em>Reset Pending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reset Pending</em>'.
	 * @see org.dmstudio.model.sched.HardwareCore#isResetPending()
	 * @see #getHardwareCore()
	 * @generated
	 */
	EAttribute getHardwareCore_ResetPending();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Scheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduler</em>'.
	 * @see org.dmstudio.model.sched.Scheduler
	 * @generated
	 */
	EClass getScheduler();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getName()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Scheduler#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Core</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getCore()
	 * @see #getScheduler()
	 * @generated
	 */
	EReference getScheduler_Core();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#getCreditLimit <em>Credit Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Limit</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getCreditLimit()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_CreditLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#getCreditCount <em>Credit Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Count</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getCreditCount()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_CreditCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#getTimeoutMs <em>Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Ms</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getTimeoutMs()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_TimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getPolicy()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Scheduler#isStopped <em>Stopped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stopped</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#isStopped()
	 * @see #getScheduler()
	 * @generated
	 */
	EAttribute getScheduler_Stopped();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.sched.Scheduler#getPendingList <em>Pending List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pending List</em>'.
	 * @see org.dmstudio.model.sched.Scheduler#getPendingList()
	 * @see #getScheduler()
	 * @generated
	 */
	EReference getScheduler_PendingList();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.dmstudio.model.sched.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Entity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.Entity#getName()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Entity#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.dmstudio.model.sched.Entity#getPriority()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Priority();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.sched.Entity#getSchedulers <em>Schedulers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Schedulers</em>'.
	 * @see org.dmstudio.model.sched.Entity#getSchedulers()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_Schedulers();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Entity#getCurrentScheduler <em>Current Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Scheduler</em>'.
	 * @see org.dmstudio.model.sched.Entity#getCurrentScheduler()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_CurrentScheduler();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.sched.Entity#getJobQueue <em>Job Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Job Queue</em>'.
	 * @see org.dmstudio.model.sched.Entity#getJobQueue()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_JobQueue();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Inference <em>Inference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inference</em>'.
	 * @see org.dmstudio.model.sched.Inference
	 * @generated
	 */
	EClass getInference();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Inference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.Inference#getName()
	 * @see #getInference()
	 * @generated
	 */
	EAttribute getInference_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Inference#getRefcount <em>Refcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refcount</em>'.
	 * @see org.dmstudio.model.sched.Inference#getRefcount()
	 * @see #getInference()
	 * @generated
	 */
	EAttribute getInference_Refcount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Inference#isCancelled <em>Cancelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cancelled</em>'.
	 * @see org.dmstudio.model.sched.Inference#isCancelled()
	 * @see #getInference()
	 * @generated
	 */
	EAttribute getInference_Cancelled();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Inference#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Core</em>'.
	 * @see org.dmstudio.model.sched.Inference#getCore()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_Core();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.sched.Inference#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.dmstudio.model.sched.Inference#getTasks()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_Tasks();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.sched.Inference#getDoneFence <em>Done Fence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Done Fence</em>'.
	 * @see org.dmstudio.model.sched.Inference#getDoneFence()
	 * @see #getInference()
	 * @generated
	 */
	EReference getInference_DoneFence();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.dmstudio.model.sched.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Task#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.dmstudio.model.sched.Task#getIndex()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Task#getRegcmdCount <em>Regcmd Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regcmd Count</em>'.
	 * @see org.dmstudio.model.sched.Task#getRegcmdCount()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_RegcmdCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Task#getDurationNs <em>Duration Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ns</em>'.
	 * @see org.dmstudio.model.sched.Task#getDurationNs()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DurationNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Task#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.dmstudio.model.sched.Task#getState()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_State();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see org.dmstudio.model.sched.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Job#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.sched.Job#getName()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Job#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.dmstudio.model.sched.Job#getEntity()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Entity();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Job#getScheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scheduler</em>'.
	 * @see org.dmstudio.model.sched.Job#getScheduler()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Scheduler();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.sched.Job#getInference <em>Inference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inference</em>'.
	 * @see org.dmstudio.model.sched.Job#getInference()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Inference();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.sched.Job#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tasks</em>'.
	 * @see org.dmstudio.model.sched.Job#getTasks()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Tasks();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Job#getCredits <em>Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credits</em>'.
	 * @see org.dmstudio.model.sched.Job#getCredits()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Credits();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Job#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dmstudio.model.sched.Job#getId()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Job#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.dmstudio.model.sched.Job#getState()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_State();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.sched.Job#getScheduledFence <em>Scheduled Fence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduled Fence</em>'.
	 * @see org.dmstudio.model.sched.Job#getScheduledFence()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_ScheduledFence();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.sched.Job#getFinishedFence <em>Finished Fence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Finished Fence</em>'.
	 * @see org.dmstudio.model.sched.Job#getFinishedFence()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_FinishedFence();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.sched.Job#getHardwareFence <em>Hardware Fence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hardware Fence</em>'.
	 * @see org.dmstudio.model.sched.Job#getHardwareFence()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_HardwareFence();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.sched.Job#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dependencies</em>'.
	 * @see org.dmstudio.model.sched.Job#getDependencies()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Dependencies();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.sched.Fence <em>Fence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fence</em>'.
	 * @see org.dmstudio.model.sched.Fence
	 * @generated
	 */
	EClass getFence();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Fence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.sched.Fence#getKind()
	 * @see #getFence()
	 * @generated
	 */
	EAttribute getFence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Fence#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see org.dmstudio.model.sched.Fence#getContext()
	 * @see #getFence()
	 * @generated
	 */
	EAttribute getFence_Context();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Fence#getSeqno <em>Seqno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seqno</em>'.
	 * @see org.dmstudio.model.sched.Fence#getSeqno()
	 * @see #getFence()
	 * @generated
	 */
	EAttribute getFence_Seqno();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Fence#isSignalled <em>Signalled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signalled</em>'.
	 * @see org.dmstudio.model.sched.Fence#isSignalled()
	 * @see #getFence()
	 * @generated
	 */
	EAttribute getFence_Signalled();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.sched.Fence#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see org.dmstudio.model.sched.Fence#getError()
	 * @see #getFence()
	 * @generated
	 */
	EAttribute getFence_Error();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.SubmissionDesign <em>Submission Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Submission Design</em>'.
	 * @see org.dmstudio.model.sched.SubmissionDesign
	 * @generated
	 */
	EEnum getSubmissionDesign();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.SchedPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy</em>'.
	 * @see org.dmstudio.model.sched.SchedPolicy
	 * @generated
	 */
	EEnum getSchedPolicy();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.SchedPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.dmstudio.model.sched.SchedPriority
	 * @generated
	 */
	EEnum getSchedPriority();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task State</em>'.
	 * @see org.dmstudio.model.sched.TaskState
	 * @generated
	 */
	EEnum getTaskState();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.JobState <em>Job State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job State</em>'.
	 * @see org.dmstudio.model.sched.JobState
	 * @generated
	 */
	EEnum getJobState();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.sched.FenceKind <em>Fence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fence Kind</em>'.
	 * @see org.dmstudio.model.sched.FenceKind
	 * @generated
	 */
	EEnum getFenceKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SchedFactory getSchedFactory();

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
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.DrmDeviceImpl <em>Drm Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.DrmDeviceImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getDrmDevice()
		 * @generated
		 */
		EClass DRM_DEVICE = eINSTANCE.getDrmDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRM_DEVICE__NAME = eINSTANCE.getDrmDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__DEVICE = eINSTANCE.getDrmDevice_Device();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRM_DEVICE__DESIGN = eINSTANCE.getDrmDevice_Design();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__CORES = eINSTANCE.getDrmDevice_Cores();

		/**
		 * The meta object literal for the '<em><b>Schedulers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__SCHEDULERS = eINSTANCE.getDrmDevice_Schedulers();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__ENTITIES = eINSTANCE.getDrmDevice_Entities();

		/**
		 * The meta object literal for the '<em><b>Inferences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__INFERENCES = eINSTANCE.getDrmDevice_Inferences();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRM_DEVICE__JOBS = eINSTANCE.getDrmDevice_Jobs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.HardwareCoreImpl <em>Hardware Core</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.HardwareCoreImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getHardwareCore()
		 * @generated
		 */
		EClass HARDWARE_CORE = eINSTANCE.getHardwareCore();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_CORE__NAME = eINSTANCE.getHardwareCore_Name();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_CORE__INDEX = eINSTANCE.getHardwareCore_Index();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARDWARE_CORE__DEVICE = eINSTANCE.getHardwareCore_Device();

		/**
		 * The meta object literal for the '<em><b>Irq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_CORE__IRQ = eINSTANCE.getHardwareCore_Irq();

		/**
		 * The meta object literal for the '<em><b>Irq Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_CORE__IRQ_NAME = eINSTANCE.getHardwareCore_IrqName();

		/**
		 * The meta object literal for the '<em><b>In Flight</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARDWARE_CORE__IN_FLIGHT = eINSTANCE.getHardwareCore_InFlight();

		/**
		 * The meta object literal for the '<em><b>Reset Pending</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_CORE__RESET_PENDING = eINSTANCE.getHardwareCore_ResetPending();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.SchedulerImpl <em>Scheduler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.SchedulerImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getScheduler()
		 * @generated
		 */
		EClass SCHEDULER = eINSTANCE.getScheduler();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__NAME = eINSTANCE.getScheduler_Name();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULER__CORE = eINSTANCE.getScheduler_Core();

		/**
		 * The meta object literal for the '<em><b>Credit Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__CREDIT_LIMIT = eINSTANCE.getScheduler_CreditLimit();

		/**
		 * The meta object literal for the '<em><b>Credit Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__CREDIT_COUNT = eINSTANCE.getScheduler_CreditCount();

		/**
		 * The meta object literal for the '<em><b>Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__TIMEOUT_MS = eINSTANCE.getScheduler_TimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__POLICY = eINSTANCE.getScheduler_Policy();

		/**
		 * The meta object literal for the '<em><b>Stopped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULER__STOPPED = eINSTANCE.getScheduler_Stopped();

		/**
		 * The meta object literal for the '<em><b>Pending List</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULER__PENDING_LIST = eINSTANCE.getScheduler_PendingList();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.EntityImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__NAME = eINSTANCE.getEntity_Name();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__PRIORITY = eINSTANCE.getEntity_Priority();

		/**
		 * The meta object literal for the '<em><b>Schedulers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__SCHEDULERS = eINSTANCE.getEntity_Schedulers();

		/**
		 * The meta object literal for the '<em><b>Current Scheduler</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__CURRENT_SCHEDULER = eINSTANCE.getEntity_CurrentScheduler();

		/**
		 * The meta object literal for the '<em><b>Job Queue</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__JOB_QUEUE = eINSTANCE.getEntity_JobQueue();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.InferenceImpl <em>Inference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.InferenceImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getInference()
		 * @generated
		 */
		EClass INFERENCE = eINSTANCE.getInference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFERENCE__NAME = eINSTANCE.getInference_Name();

		/**
		 * The meta object literal for the '<em><b>Refcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFERENCE__REFCOUNT = eINSTANCE.getInference_Refcount();

		/**
		 * The meta object literal for the '<em><b>Cancelled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFERENCE__CANCELLED = eINSTANCE.getInference_Cancelled();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__CORE = eINSTANCE.getInference_Core();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__TASKS = eINSTANCE.getInference_Tasks();

		/**
		 * The meta object literal for the '<em><b>Done Fence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFERENCE__DONE_FENCE = eINSTANCE.getInference_DoneFence();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.TaskImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__INDEX = eINSTANCE.getTask_Index();

		/**
		 * The meta object literal for the '<em><b>Regcmd Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__REGCMD_COUNT = eINSTANCE.getTask_RegcmdCount();

		/**
		 * The meta object literal for the '<em><b>Duration Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DURATION_NS = eINSTANCE.getTask_DurationNs();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATE = eINSTANCE.getTask_State();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.JobImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__NAME = eINSTANCE.getJob_Name();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__ENTITY = eINSTANCE.getJob_Entity();

		/**
		 * The meta object literal for the '<em><b>Scheduler</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__SCHEDULER = eINSTANCE.getJob_Scheduler();

		/**
		 * The meta object literal for the '<em><b>Inference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__INFERENCE = eINSTANCE.getJob_Inference();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__TASKS = eINSTANCE.getJob_Tasks();

		/**
		 * The meta object literal for the '<em><b>Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__CREDITS = eINSTANCE.getJob_Credits();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__ID = eINSTANCE.getJob_Id();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__STATE = eINSTANCE.getJob_State();

		/**
		 * The meta object literal for the '<em><b>Scheduled Fence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__SCHEDULED_FENCE = eINSTANCE.getJob_ScheduledFence();

		/**
		 * The meta object literal for the '<em><b>Finished Fence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__FINISHED_FENCE = eINSTANCE.getJob_FinishedFence();

		/**
		 * The meta object literal for the '<em><b>Hardware Fence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__HARDWARE_FENCE = eINSTANCE.getJob_HardwareFence();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__DEPENDENCIES = eINSTANCE.getJob_Dependencies();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.impl.FenceImpl <em>Fence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.impl.FenceImpl
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getFence()
		 * @generated
		 */
		EClass FENCE = eINSTANCE.getFence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FENCE__KIND = eINSTANCE.getFence_Kind();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FENCE__CONTEXT = eINSTANCE.getFence_Context();

		/**
		 * The meta object literal for the '<em><b>Seqno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FENCE__SEQNO = eINSTANCE.getFence_Seqno();

		/**
		 * The meta object literal for the '<em><b>Signalled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FENCE__SIGNALLED = eINSTANCE.getFence_Signalled();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FENCE__ERROR = eINSTANCE.getFence_Error();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.SubmissionDesign <em>Submission Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.SubmissionDesign
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSubmissionDesign()
		 * @generated
		 */
		EEnum SUBMISSION_DESIGN = eINSTANCE.getSubmissionDesign();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.SchedPolicy <em>Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.SchedPolicy
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSchedPolicy()
		 * @generated
		 */
		EEnum SCHED_POLICY = eINSTANCE.getSchedPolicy();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.SchedPriority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.SchedPriority
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getSchedPriority()
		 * @generated
		 */
		EEnum SCHED_PRIORITY = eINSTANCE.getSchedPriority();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.TaskState <em>Task State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.TaskState
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getTaskState()
		 * @generated
		 */
		EEnum TASK_STATE = eINSTANCE.getTaskState();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.JobState <em>Job State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.JobState
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getJobState()
		 * @generated
		 */
		EEnum JOB_STATE = eINSTANCE.getJobState();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.sched.FenceKind <em>Fence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.sched.FenceKind
		 * @see org.dmstudio.model.sched.impl.SchedPackageImpl#getFenceKind()
		 * @generated
		 */
		EEnum FENCE_KIND = eINSTANCE.getFenceKind();

	}

} //SchedPackage
