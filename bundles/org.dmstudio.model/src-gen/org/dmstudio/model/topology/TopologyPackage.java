/**
 */
package org.dmstudio.model.topology;

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
 * The kernel driver model of one board: devices, drivers, device links, genpd power domains, regulators and component aggregates.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.topology.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "topology";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dmstudio.org/model/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = org.dmstudio.model.topology.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.BoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.BoardImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBoard()
	 * @generated
	 */
	int BOARD = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Compatible</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__COMPATIBLE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Device Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DEVICE_TREE = 3;

	/**
	 * The feature id for the '<em><b>Buses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__BUSES = 4;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DEVICES = 5;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__DRIVERS = 6;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__LINKS = 7;

	/**
	 * The feature id for the '<em><b>Power Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__POWER_DOMAINS = 8;

	/**
	 * The feature id for the '<em><b>Regulators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__REGULATORS = 9;

	/**
	 * The feature id for the '<em><b>Aggregates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__AGGREGATES = 10;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.BusImpl <em>Bus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.BusImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBus()
	 * @generated
	 */
	int BUS = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUS__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUS__CONTROLLER = 2;

	/**
	 * The number of structural features of the '<em>Bus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Bus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.DeviceImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Compatible</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__COMPATIBLE = 1;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NODE = 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PARENT = 3;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CHILDREN = 4;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__BUS = 5;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DRIVER = 6;

	/**
	 * The feature id for the '<em><b>Probe State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PROBE_STATE = 7;

	/**
	 * The feature id for the '<em><b>Defer Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DEFER_REASON = 8;

	/**
	 * The feature id for the '<em><b>Probe Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__PROBE_ERROR = 9;

	/**
	 * The feature id for the '<em><b>Runtime Pm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__RUNTIME_PM = 10;

	/**
	 * The feature id for the '<em><b>Power Domains</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__POWER_DOMAINS = 11;

	/**
	 * The feature id for the '<em><b>Supplies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SUPPLIES = 12;

	/**
	 * The feature id for the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__BEHAVIOUR = 13;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.DriverImpl <em>Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.DriverImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Compatibles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__COMPATIBLES = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Initcall Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__INITCALL_LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Module Load Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__MODULE_LOAD_TIME_NS = 4;

	/**
	 * The feature id for the '<em><b>Async Probe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__ASYNC_PROBE = 5;

	/**
	 * The feature id for the '<em><b>Behaviour</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__BEHAVIOUR = 6;

	/**
	 * The number of structural features of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.DeviceLinkImpl <em>Device Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.DeviceLinkImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLink()
	 * @generated
	 */
	int DEVICE_LINK = 4;

	/**
	 * The feature id for the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__SUPPLIER = 0;

	/**
	 * The feature id for the '<em><b>Consumer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__CONSUMER = 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__FLAGS = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__STATE = 3;

	/**
	 * The feature id for the '<em><b>Origin Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__ORIGIN_PROPERTY = 4;

	/**
	 * The feature id for the '<em><b>Origin Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__ORIGIN_LOCATION = 5;

	/**
	 * The feature id for the '<em><b>Origin Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK__ORIGIN_CALL = 6;

	/**
	 * The number of structural features of the '<em>Device Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Device Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl <em>Runtime Pm State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.RuntimePmStateImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRuntimePmState()
	 * @generated
	 */
	int RUNTIME_PM_STATE = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Usage Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__USAGE_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Child Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__CHILD_COUNT = 2;

	/**
	 * The feature id for the '<em><b>Disable Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__DISABLE_DEPTH = 3;

	/**
	 * The feature id for the '<em><b>Runtime Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__RUNTIME_ERROR = 4;

	/**
	 * The feature id for the '<em><b>Ignore Children</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__IGNORE_CHILDREN = 5;

	/**
	 * The feature id for the '<em><b>Irq Safe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__IRQ_SAFE = 6;

	/**
	 * The feature id for the '<em><b>No Callbacks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__NO_CALLBACKS = 7;

	/**
	 * The feature id for the '<em><b>Use Autosuspend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__USE_AUTOSUSPEND = 8;

	/**
	 * The feature id for the '<em><b>Autosuspend Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS = 9;

	/**
	 * The feature id for the '<em><b>Last Busy Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE__LAST_BUSY_NS = 10;

	/**
	 * The number of structural features of the '<em>Runtime Pm State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Runtime Pm State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_PM_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.PowerDomainImpl <em>Power Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.PowerDomainImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getPowerDomain()
	 * @generated
	 */
	int POWER_DOMAIN = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__PROVIDER = 1;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__NODE = 2;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__INDEX = 3;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__PARENTS = 4;

	/**
	 * The feature id for the '<em><b>Subdomains</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__SUBDOMAINS = 5;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__DEVICES = 6;

	/**
	 * The feature id for the '<em><b>Domain Supply</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__DOMAIN_SUPPLY = 7;

	/**
	 * The feature id for the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__ON = 8;

	/**
	 * The feature id for the '<em><b>Always On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__ALWAYS_ON = 9;

	/**
	 * The feature id for the '<em><b>Power On Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__POWER_ON_LATENCY_NS = 10;

	/**
	 * The feature id for the '<em><b>Power Off Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN__POWER_OFF_LATENCY_NS = 11;

	/**
	 * The number of structural features of the '<em>Power Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Power Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.RegulatorImpl <em>Regulator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.RegulatorImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRegulator()
	 * @generated
	 */
	int REGULATOR = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__NODE = 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__PROVIDER = 2;

	/**
	 * The feature id for the '<em><b>Supply</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__SUPPLY = 3;

	/**
	 * The feature id for the '<em><b>Use Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__USE_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__ENABLED = 5;

	/**
	 * The feature id for the '<em><b>Always On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__ALWAYS_ON = 6;

	/**
	 * The feature id for the '<em><b>Boot On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__BOOT_ON = 7;

	/**
	 * The feature id for the '<em><b>Min Microvolt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__MIN_MICROVOLT = 8;

	/**
	 * The feature id for the '<em><b>Max Microvolt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR__MAX_MICROVOLT = 9;

	/**
	 * The number of structural features of the '<em>Regulator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Regulator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.RegulatorSupplyImpl <em>Regulator Supply</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.RegulatorSupplyImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRegulatorSupply()
	 * @generated
	 */
	int REGULATOR_SUPPLY = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_SUPPLY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Regulator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_SUPPLY__REGULATOR = 1;

	/**
	 * The feature id for the '<em><b>Enable Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_SUPPLY__ENABLE_COUNT = 2;

	/**
	 * The number of structural features of the '<em>Regulator Supply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_SUPPLY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Regulator Supply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATOR_SUPPLY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.ComponentMasterImpl <em>Component Master</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.ComponentMasterImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getComponentMaster()
	 * @generated
	 */
	int COMPONENT_MASTER = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER__COMPONENTS = 2;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER__BOUND = 3;

	/**
	 * The feature id for the '<em><b>Aggregate Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER__AGGREGATE_DRIVER = 4;

	/**
	 * The number of structural features of the '<em>Component Master</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Component Master</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_MASTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.impl.ComponentImpl
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 10;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ADDED = 1;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__BOUND = 2;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.BusType <em>Bus Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.BusType
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBusType()
	 * @generated
	 */
	int BUS_TYPE = 11;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.ProbeState <em>Probe State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.ProbeState
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getProbeState()
	 * @generated
	 */
	int PROBE_STATE = 12;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.DriverKind <em>Driver Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.DriverKind
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDriverKind()
	 * @generated
	 */
	int DRIVER_KIND = 13;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.InitcallLevel <em>Initcall Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.InitcallLevel
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getInitcallLevel()
	 * @generated
	 */
	int INITCALL_LEVEL = 14;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.DeviceLinkFlag <em>Device Link Flag</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.DeviceLinkFlag
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLinkFlag()
	 * @generated
	 */
	int DEVICE_LINK_FLAG = 15;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.DeviceLinkState <em>Device Link State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.DeviceLinkState
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLinkState()
	 * @generated
	 */
	int DEVICE_LINK_STATE = 16;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.topology.RpmStatus <em>Rpm Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.topology.RpmStatus
	 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRpmStatus()
	 * @generated
	 */
	int RPM_STATUS = 17;


	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Board <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see org.dmstudio.model.topology.Board
	 * @generated
	 */
	EClass getBoard();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Board#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.Board#getName()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.topology.Board#getCompatible <em>Compatible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Compatible</em>'.
	 * @see org.dmstudio.model.topology.Board#getCompatible()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Compatible();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Board#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dmstudio.model.topology.Board#getDescription()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.topology.Board#getDeviceTree <em>Device Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Device Tree</em>'.
	 * @see org.dmstudio.model.topology.Board#getDeviceTree()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_DeviceTree();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getBuses <em>Buses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buses</em>'.
	 * @see org.dmstudio.model.topology.Board#getBuses()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Buses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.dmstudio.model.topology.Board#getDevices()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see org.dmstudio.model.topology.Board#getDrivers()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Drivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.dmstudio.model.topology.Board#getLinks()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getPowerDomains <em>Power Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Power Domains</em>'.
	 * @see org.dmstudio.model.topology.Board#getPowerDomains()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_PowerDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getRegulators <em>Regulators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regulators</em>'.
	 * @see org.dmstudio.model.topology.Board#getRegulators()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Regulators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Board#getAggregates <em>Aggregates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aggregates</em>'.
	 * @see org.dmstudio.model.topology.Board#getAggregates()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Aggregates();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Bus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bus</em>'.
	 * @see org.dmstudio.model.topology.Bus
	 * @generated
	 */
	EClass getBus();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Bus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.Bus#getName()
	 * @see #getBus()
	 * @generated
	 */
	EAttribute getBus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Bus#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.dmstudio.model.topology.Bus#getType()
	 * @see #getBus()
	 * @generated
	 */
	EAttribute getBus_Type();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Bus#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Controller</em>'.
	 * @see org.dmstudio.model.topology.Bus#getController()
	 * @see #getBus()
	 * @generated
	 */
	EReference getBus_Controller();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.dmstudio.model.topology.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.topology.Device#getCompatible <em>Compatible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Compatible</em>'.
	 * @see org.dmstudio.model.topology.Device#getCompatible()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Compatible();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Device#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.dmstudio.model.topology.Device#getNode()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Node();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Device#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.dmstudio.model.topology.Device#getParent()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.topology.Device#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see org.dmstudio.model.topology.Device#getChildren()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Children();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Device#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bus</em>'.
	 * @see org.dmstudio.model.topology.Device#getBus()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Bus();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Device#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.dmstudio.model.topology.Device#getDriver()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Device#getProbeState <em>Probe State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe State</em>'.
	 * @see org.dmstudio.model.topology.Device#getProbeState()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_ProbeState();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Device#getDeferReason <em>Defer Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defer Reason</em>'.
	 * @see org.dmstudio.model.topology.Device#getDeferReason()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DeferReason();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Device#getProbeError <em>Probe Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Error</em>'.
	 * @see org.dmstudio.model.topology.Device#getProbeError()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_ProbeError();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.topology.Device#getRuntimePm <em>Runtime Pm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Runtime Pm</em>'.
	 * @see org.dmstudio.model.topology.Device#getRuntimePm()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_RuntimePm();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.topology.Device#getPowerDomains <em>Power Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Power Domains</em>'.
	 * @see org.dmstudio.model.topology.Device#getPowerDomains()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_PowerDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.Device#getSupplies <em>Supplies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supplies</em>'.
	 * @see org.dmstudio.model.topology.Device#getSupplies()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Supplies();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.topology.Device#getBehaviour <em>Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Behaviour</em>'.
	 * @see org.dmstudio.model.topology.Device#getBehaviour()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Behaviour();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver</em>'.
	 * @see org.dmstudio.model.topology.Driver
	 * @generated
	 */
	EClass getDriver();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Driver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.Driver#getName()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.topology.Driver#getCompatibles <em>Compatibles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Compatibles</em>'.
	 * @see org.dmstudio.model.topology.Driver#getCompatibles()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Compatibles();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Driver#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.topology.Driver#getKind()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Driver#getInitcallLevel <em>Initcall Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initcall Level</em>'.
	 * @see org.dmstudio.model.topology.Driver#getInitcallLevel()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_InitcallLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Driver#getModuleLoadTimeNs <em>Module Load Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Load Time Ns</em>'.
	 * @see org.dmstudio.model.topology.Driver#getModuleLoadTimeNs()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_ModuleLoadTimeNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Driver#isAsyncProbe <em>Async Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Async Probe</em>'.
	 * @see org.dmstudio.model.topology.Driver#isAsyncProbe()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_AsyncProbe();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.topology.Driver#getBehaviour <em>Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Behaviour</em>'.
	 * @see org.dmstudio.model.topology.Driver#getBehaviour()
	 * @see #getDriver()
	 * @generated
	 */
	EReference getDriver_Behaviour();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.DeviceLink <em>Device Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Link</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink
	 * @generated
	 */
	EClass getDeviceLink();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.DeviceLink#getSupplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supplier</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getSupplier()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EReference getDeviceLink_Supplier();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.DeviceLink#getConsumer <em>Consumer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Consumer</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getConsumer()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EReference getDeviceLink_Consumer();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.topology.DeviceLink#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getFlags()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EAttribute getDeviceLink_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.DeviceLink#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getState()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EAttribute getDeviceLink_State();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.DeviceLink#getOriginProperty <em>Origin Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin Property</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getOriginProperty()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EAttribute getDeviceLink_OriginProperty();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.topology.DeviceLink#getOriginLocation <em>Origin Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Origin Location</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getOriginLocation()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EReference getDeviceLink_OriginLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.DeviceLink#getOriginCall <em>Origin Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin Call</em>'.
	 * @see org.dmstudio.model.topology.DeviceLink#getOriginCall()
	 * @see #getDeviceLink()
	 * @generated
	 */
	EAttribute getDeviceLink_OriginCall();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.RuntimePmState <em>Runtime Pm State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Runtime Pm State</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState
	 * @generated
	 */
	EClass getRuntimePmState();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getStatus()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getUsageCount <em>Usage Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usage Count</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getUsageCount()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_UsageCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getChildCount <em>Child Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Child Count</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getChildCount()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_ChildCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getDisableDepth <em>Disable Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disable Depth</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getDisableDepth()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_DisableDepth();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getRuntimeError <em>Runtime Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runtime Error</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getRuntimeError()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_RuntimeError();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#isIgnoreChildren <em>Ignore Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Children</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#isIgnoreChildren()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_IgnoreChildren();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#isIrqSafe <em>Irq Safe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Safe</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#isIrqSafe()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_IrqSafe();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#isNoCallbacks <em>No Callbacks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Callbacks</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#isNoCallbacks()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_NoCallbacks();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#isUseAutosuspend <em>Use Autosuspend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Autosuspend</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#isUseAutosuspend()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_UseAutosuspend();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getAutosuspendDelayMs <em>Autosuspend Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Autosuspend Delay Ms</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getAutosuspendDelayMs()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_AutosuspendDelayMs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RuntimePmState#getLastBusyNs <em>Last Busy Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Busy Ns</em>'.
	 * @see org.dmstudio.model.topology.RuntimePmState#getLastBusyNs()
	 * @see #getRuntimePmState()
	 * @generated
	 */
	EAttribute getRuntimePmState_LastBusyNs();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.PowerDomain <em>Power Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power Domain</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain
	 * @generated
	 */
	EClass getPowerDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getName()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.PowerDomain#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getProvider()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_Provider();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.PowerDomain#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getNode()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getIndex()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_Index();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.topology.PowerDomain#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parents</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getParents()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_Parents();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.topology.PowerDomain#getSubdomains <em>Subdomains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subdomains</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getSubdomains()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_Subdomains();

	/**
	 * Returns the meta object for the reference list '{@link org.dmstudio.model.topology.PowerDomain#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getDevices()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_Devices();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.PowerDomain#getDomainSupply <em>Domain Supply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Supply</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getDomainSupply()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EReference getPowerDomain_DomainSupply();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#isOn <em>On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#isOn()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_On();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#isAlwaysOn <em>Always On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Always On</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#isAlwaysOn()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_AlwaysOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#getPowerOnLatencyNs <em>Power On Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power On Latency Ns</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getPowerOnLatencyNs()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_PowerOnLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.PowerDomain#getPowerOffLatencyNs <em>Power Off Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power Off Latency Ns</em>'.
	 * @see org.dmstudio.model.topology.PowerDomain#getPowerOffLatencyNs()
	 * @see #getPowerDomain()
	 * @generated
	 */
	EAttribute getPowerDomain_PowerOffLatencyNs();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Regulator <em>Regulator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regulator</em>'.
	 * @see org.dmstudio.model.topology.Regulator
	 * @generated
	 */
	EClass getRegulator();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getName()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Regulator#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getNode()
	 * @see #getRegulator()
	 * @generated
	 */
	EReference getRegulator_Node();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Regulator#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getProvider()
	 * @see #getRegulator()
	 * @generated
	 */
	EReference getRegulator_Provider();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Regulator#getSupply <em>Supply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supply</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getSupply()
	 * @see #getRegulator()
	 * @generated
	 */
	EReference getRegulator_Supply();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#getUseCount <em>Use Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Count</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getUseCount()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_UseCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.dmstudio.model.topology.Regulator#isEnabled()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#isAlwaysOn <em>Always On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Always On</em>'.
	 * @see org.dmstudio.model.topology.Regulator#isAlwaysOn()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_AlwaysOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#isBootOn <em>Boot On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot On</em>'.
	 * @see org.dmstudio.model.topology.Regulator#isBootOn()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_BootOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#getMinMicrovolt <em>Min Microvolt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Microvolt</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getMinMicrovolt()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_MinMicrovolt();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Regulator#getMaxMicrovolt <em>Max Microvolt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Microvolt</em>'.
	 * @see org.dmstudio.model.topology.Regulator#getMaxMicrovolt()
	 * @see #getRegulator()
	 * @generated
	 */
	EAttribute getRegulator_MaxMicrovolt();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.RegulatorSupply <em>Regulator Supply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regulator Supply</em>'.
	 * @see org.dmstudio.model.topology.RegulatorSupply
	 * @generated
	 */
	EClass getRegulatorSupply();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RegulatorSupply#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.RegulatorSupply#getName()
	 * @see #getRegulatorSupply()
	 * @generated
	 */
	EAttribute getRegulatorSupply_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.RegulatorSupply#getRegulator <em>Regulator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regulator</em>'.
	 * @see org.dmstudio.model.topology.RegulatorSupply#getRegulator()
	 * @see #getRegulatorSupply()
	 * @generated
	 */
	EReference getRegulatorSupply_Regulator();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.RegulatorSupply#getEnableCount <em>Enable Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enable Count</em>'.
	 * @see org.dmstudio.model.topology.RegulatorSupply#getEnableCount()
	 * @see #getRegulatorSupply()
	 * @generated
	 */
	EAttribute getRegulatorSupply_EnableCount();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.ComponentMaster <em>Component Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Master</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster
	 * @generated
	 */
	EClass getComponentMaster();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.ComponentMaster#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster#getName()
	 * @see #getComponentMaster()
	 * @generated
	 */
	EAttribute getComponentMaster_Name();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.ComponentMaster#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster#getDevice()
	 * @see #getComponentMaster()
	 * @generated
	 */
	EReference getComponentMaster_Device();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.topology.ComponentMaster#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster#getComponents()
	 * @see #getComponentMaster()
	 * @generated
	 */
	EReference getComponentMaster_Components();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.ComponentMaster#isBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster#isBound()
	 * @see #getComponentMaster()
	 * @generated
	 */
	EAttribute getComponentMaster_Bound();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.ComponentMaster#isAggregateDriver <em>Aggregate Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregate Driver</em>'.
	 * @see org.dmstudio.model.topology.ComponentMaster#isAggregateDriver()
	 * @see #getComponentMaster()
	 * @generated
	 */
	EAttribute getComponentMaster_AggregateDriver();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.topology.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.dmstudio.model.topology.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.topology.Component#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.dmstudio.model.topology.Component#getDevice()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Component#isAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see org.dmstudio.model.topology.Component#isAdded()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Added();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.topology.Component#isBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see org.dmstudio.model.topology.Component#isBound()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Bound();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.BusType <em>Bus Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bus Type</em>'.
	 * @see org.dmstudio.model.topology.BusType
	 * @generated
	 */
	EEnum getBusType();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.ProbeState <em>Probe State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Probe State</em>'.
	 * @see org.dmstudio.model.topology.ProbeState
	 * @generated
	 */
	EEnum getProbeState();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.DriverKind <em>Driver Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Driver Kind</em>'.
	 * @see org.dmstudio.model.topology.DriverKind
	 * @generated
	 */
	EEnum getDriverKind();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.InitcallLevel <em>Initcall Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initcall Level</em>'.
	 * @see org.dmstudio.model.topology.InitcallLevel
	 * @generated
	 */
	EEnum getInitcallLevel();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.DeviceLinkFlag <em>Device Link Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Link Flag</em>'.
	 * @see org.dmstudio.model.topology.DeviceLinkFlag
	 * @generated
	 */
	EEnum getDeviceLinkFlag();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.DeviceLinkState <em>Device Link State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Link State</em>'.
	 * @see org.dmstudio.model.topology.DeviceLinkState
	 * @generated
	 */
	EEnum getDeviceLinkState();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.topology.RpmStatus <em>Rpm Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rpm Status</em>'.
	 * @see org.dmstudio.model.topology.RpmStatus
	 * @generated
	 */
	EEnum getRpmStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

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
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.BoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.BoardImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBoard()
		 * @generated
		 */
		EClass BOARD = eINSTANCE.getBoard();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__NAME = eINSTANCE.getBoard_Name();

		/**
		 * The meta object literal for the '<em><b>Compatible</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__COMPATIBLE = eINSTANCE.getBoard_Compatible();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__DESCRIPTION = eINSTANCE.getBoard_Description();

		/**
		 * The meta object literal for the '<em><b>Device Tree</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__DEVICE_TREE = eINSTANCE.getBoard_DeviceTree();

		/**
		 * The meta object literal for the '<em><b>Buses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__BUSES = eINSTANCE.getBoard_Buses();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__DEVICES = eINSTANCE.getBoard_Devices();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__DRIVERS = eINSTANCE.getBoard_Drivers();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__LINKS = eINSTANCE.getBoard_Links();

		/**
		 * The meta object literal for the '<em><b>Power Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__POWER_DOMAINS = eINSTANCE.getBoard_PowerDomains();

		/**
		 * The meta object literal for the '<em><b>Regulators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__REGULATORS = eINSTANCE.getBoard_Regulators();

		/**
		 * The meta object literal for the '<em><b>Aggregates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__AGGREGATES = eINSTANCE.getBoard_Aggregates();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.BusImpl <em>Bus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.BusImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBus()
		 * @generated
		 */
		EClass BUS = eINSTANCE.getBus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUS__NAME = eINSTANCE.getBus_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUS__TYPE = eINSTANCE.getBus_Type();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUS__CONTROLLER = eINSTANCE.getBus_Controller();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.DeviceImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Compatible</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__COMPATIBLE = eINSTANCE.getDevice_Compatible();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__NODE = eINSTANCE.getDevice_Node();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__PARENT = eINSTANCE.getDevice_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__CHILDREN = eINSTANCE.getDevice_Children();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__BUS = eINSTANCE.getDevice_Bus();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__DRIVER = eINSTANCE.getDevice_Driver();

		/**
		 * The meta object literal for the '<em><b>Probe State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__PROBE_STATE = eINSTANCE.getDevice_ProbeState();

		/**
		 * The meta object literal for the '<em><b>Defer Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DEFER_REASON = eINSTANCE.getDevice_DeferReason();

		/**
		 * The meta object literal for the '<em><b>Probe Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__PROBE_ERROR = eINSTANCE.getDevice_ProbeError();

		/**
		 * The meta object literal for the '<em><b>Runtime Pm</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__RUNTIME_PM = eINSTANCE.getDevice_RuntimePm();

		/**
		 * The meta object literal for the '<em><b>Power Domains</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__POWER_DOMAINS = eINSTANCE.getDevice_PowerDomains();

		/**
		 * The meta object literal for the '<em><b>Supplies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__SUPPLIES = eINSTANCE.getDevice_Supplies();

		/**
		 * The meta object literal for the '<em><b>Behaviour</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__BEHAVIOUR = eINSTANCE.getDevice_Behaviour();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.DriverImpl <em>Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.DriverImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDriver()
		 * @generated
		 */
		EClass DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__NAME = eINSTANCE.getDriver_Name();

		/**
		 * The meta object literal for the '<em><b>Compatibles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__COMPATIBLES = eINSTANCE.getDriver_Compatibles();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__KIND = eINSTANCE.getDriver_Kind();

		/**
		 * The meta object literal for the '<em><b>Initcall Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__INITCALL_LEVEL = eINSTANCE.getDriver_InitcallLevel();

		/**
		 * The meta object literal for the '<em><b>Module Load Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__MODULE_LOAD_TIME_NS = eINSTANCE.getDriver_ModuleLoadTimeNs();

		/**
		 * The meta object literal for the '<em><b>Async Probe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__ASYNC_PROBE = eINSTANCE.getDriver_AsyncProbe();

		/**
		 * The meta object literal for the '<em><b>Behaviour</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER__BEHAVIOUR = eINSTANCE.getDriver_Behaviour();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.DeviceLinkImpl <em>Device Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.DeviceLinkImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLink()
		 * @generated
		 */
		EClass DEVICE_LINK = eINSTANCE.getDeviceLink();

		/**
		 * The meta object literal for the '<em><b>Supplier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_LINK__SUPPLIER = eINSTANCE.getDeviceLink_Supplier();

		/**
		 * The meta object literal for the '<em><b>Consumer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_LINK__CONSUMER = eINSTANCE.getDeviceLink_Consumer();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_LINK__FLAGS = eINSTANCE.getDeviceLink_Flags();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_LINK__STATE = eINSTANCE.getDeviceLink_State();

		/**
		 * The meta object literal for the '<em><b>Origin Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_LINK__ORIGIN_PROPERTY = eINSTANCE.getDeviceLink_OriginProperty();

		/**
		 * The meta object literal for the '<em><b>Origin Location</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_LINK__ORIGIN_LOCATION = eINSTANCE.getDeviceLink_OriginLocation();

		/**
		 * The meta object literal for the '<em><b>Origin Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_LINK__ORIGIN_CALL = eINSTANCE.getDeviceLink_OriginCall();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.RuntimePmStateImpl <em>Runtime Pm State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.RuntimePmStateImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRuntimePmState()
		 * @generated
		 */
		EClass RUNTIME_PM_STATE = eINSTANCE.getRuntimePmState();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__STATUS = eINSTANCE.getRuntimePmState_Status();

		/**
		 * The meta object literal for the '<em><b>Usage Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__USAGE_COUNT = eINSTANCE.getRuntimePmState_UsageCount();

		/**
		 * The meta object literal for the '<em><b>Child Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__CHILD_COUNT = eINSTANCE.getRuntimePmState_ChildCount();

		/**
		 * The meta object literal for the '<em><b>Disable Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__DISABLE_DEPTH = eINSTANCE.getRuntimePmState_DisableDepth();

		/**
		 * The meta object literal for the '<em><b>Runtime Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__RUNTIME_ERROR = eINSTANCE.getRuntimePmState_RuntimeError();

		/**
		 * The meta object literal for the '<em><b>Ignore Children</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__IGNORE_CHILDREN = eINSTANCE.getRuntimePmState_IgnoreChildren();

		/**
		 * The meta object literal for the '<em><b>Irq Safe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__IRQ_SAFE = eINSTANCE.getRuntimePmState_IrqSafe();

		/**
		 * The meta object literal for the '<em><b>No Callbacks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__NO_CALLBACKS = eINSTANCE.getRuntimePmState_NoCallbacks();

		/**
		 * The meta object literal for the '<em><b>Use Autosuspend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__USE_AUTOSUSPEND = eINSTANCE.getRuntimePmState_UseAutosuspend();

		/**
		 * The meta object literal for the '<em><b>Autosuspend Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS = eINSTANCE.getRuntimePmState_AutosuspendDelayMs();

		/**
		 * The meta object literal for the '<em><b>Last Busy Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_PM_STATE__LAST_BUSY_NS = eINSTANCE.getRuntimePmState_LastBusyNs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.PowerDomainImpl <em>Power Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.PowerDomainImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getPowerDomain()
		 * @generated
		 */
		EClass POWER_DOMAIN = eINSTANCE.getPowerDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__NAME = eINSTANCE.getPowerDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__PROVIDER = eINSTANCE.getPowerDomain_Provider();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__NODE = eINSTANCE.getPowerDomain_Node();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__INDEX = eINSTANCE.getPowerDomain_Index();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__PARENTS = eINSTANCE.getPowerDomain_Parents();

		/**
		 * The meta object literal for the '<em><b>Subdomains</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__SUBDOMAINS = eINSTANCE.getPowerDomain_Subdomains();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__DEVICES = eINSTANCE.getPowerDomain_Devices();

		/**
		 * The meta object literal for the '<em><b>Domain Supply</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_DOMAIN__DOMAIN_SUPPLY = eINSTANCE.getPowerDomain_DomainSupply();

		/**
		 * The meta object literal for the '<em><b>On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__ON = eINSTANCE.getPowerDomain_On();

		/**
		 * The meta object literal for the '<em><b>Always On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__ALWAYS_ON = eINSTANCE.getPowerDomain_AlwaysOn();

		/**
		 * The meta object literal for the '<em><b>Power On Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__POWER_ON_LATENCY_NS = eINSTANCE.getPowerDomain_PowerOnLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Power Off Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_DOMAIN__POWER_OFF_LATENCY_NS = eINSTANCE.getPowerDomain_PowerOffLatencyNs();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.RegulatorImpl <em>Regulator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.RegulatorImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRegulator()
		 * @generated
		 */
		EClass REGULATOR = eINSTANCE.getRegulator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__NAME = eINSTANCE.getRegulator_Name();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATOR__NODE = eINSTANCE.getRegulator_Node();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATOR__PROVIDER = eINSTANCE.getRegulator_Provider();

		/**
		 * The meta object literal for the '<em><b>Supply</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATOR__SUPPLY = eINSTANCE.getRegulator_Supply();

		/**
		 * The meta object literal for the '<em><b>Use Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__USE_COUNT = eINSTANCE.getRegulator_UseCount();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__ENABLED = eINSTANCE.getRegulator_Enabled();

		/**
		 * The meta object literal for the '<em><b>Always On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__ALWAYS_ON = eINSTANCE.getRegulator_AlwaysOn();

		/**
		 * The meta object literal for the '<em><b>Boot On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__BOOT_ON = eINSTANCE.getRegulator_BootOn();

		/**
		 * The meta object literal for the '<em><b>Min Microvolt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__MIN_MICROVOLT = eINSTANCE.getRegulator_MinMicrovolt();

		/**
		 * The meta object literal for the '<em><b>Max Microvolt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR__MAX_MICROVOLT = eINSTANCE.getRegulator_MaxMicrovolt();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.RegulatorSupplyImpl <em>Regulator Supply</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.RegulatorSupplyImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRegulatorSupply()
		 * @generated
		 */
		EClass REGULATOR_SUPPLY = eINSTANCE.getRegulatorSupply();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR_SUPPLY__NAME = eINSTANCE.getRegulatorSupply_Name();

		/**
		 * The meta object literal for the '<em><b>Regulator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATOR_SUPPLY__REGULATOR = eINSTANCE.getRegulatorSupply_Regulator();

		/**
		 * The meta object literal for the '<em><b>Enable Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATOR_SUPPLY__ENABLE_COUNT = eINSTANCE.getRegulatorSupply_EnableCount();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.ComponentMasterImpl <em>Component Master</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.ComponentMasterImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getComponentMaster()
		 * @generated
		 */
		EClass COMPONENT_MASTER = eINSTANCE.getComponentMaster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_MASTER__NAME = eINSTANCE.getComponentMaster_Name();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_MASTER__DEVICE = eINSTANCE.getComponentMaster_Device();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_MASTER__COMPONENTS = eINSTANCE.getComponentMaster_Components();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_MASTER__BOUND = eINSTANCE.getComponentMaster_Bound();

		/**
		 * The meta object literal for the '<em><b>Aggregate Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_MASTER__AGGREGATE_DRIVER = eINSTANCE.getComponentMaster_AggregateDriver();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.impl.ComponentImpl
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__DEVICE = eINSTANCE.getComponent_Device();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__ADDED = eINSTANCE.getComponent_Added();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__BOUND = eINSTANCE.getComponent_Bound();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.BusType <em>Bus Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.BusType
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getBusType()
		 * @generated
		 */
		EEnum BUS_TYPE = eINSTANCE.getBusType();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.ProbeState <em>Probe State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.ProbeState
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getProbeState()
		 * @generated
		 */
		EEnum PROBE_STATE = eINSTANCE.getProbeState();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.DriverKind <em>Driver Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.DriverKind
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDriverKind()
		 * @generated
		 */
		EEnum DRIVER_KIND = eINSTANCE.getDriverKind();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.InitcallLevel <em>Initcall Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.InitcallLevel
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getInitcallLevel()
		 * @generated
		 */
		EEnum INITCALL_LEVEL = eINSTANCE.getInitcallLevel();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.DeviceLinkFlag <em>Device Link Flag</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.DeviceLinkFlag
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLinkFlag()
		 * @generated
		 */
		EEnum DEVICE_LINK_FLAG = eINSTANCE.getDeviceLinkFlag();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.DeviceLinkState <em>Device Link State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.DeviceLinkState
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getDeviceLinkState()
		 * @generated
		 */
		EEnum DEVICE_LINK_STATE = eINSTANCE.getDeviceLinkState();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.topology.RpmStatus <em>Rpm Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.topology.RpmStatus
		 * @see org.dmstudio.model.topology.impl.TopologyPackageImpl#getRpmStatus()
		 * @generated
		 */
		EEnum RPM_STATUS = eINSTANCE.getRpmStatus();

	}

} //TopologyPackage
