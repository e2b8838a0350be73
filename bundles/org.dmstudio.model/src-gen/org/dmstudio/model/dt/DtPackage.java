/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * The devicetree as dtc's live tree sees it: nodes, properties with typed value chunks, labels and phandle references, each with the source location that defined it.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.dt.DtFactory
 * @model kind="package"
 * @generated
 */
public interface DtPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "dt";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dmstudio.org/model/dt/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dt";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DtPackage eINSTANCE = org.dmstudio.model.dt.impl.DtPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.SourceLocationImpl <em>Source Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.SourceLocationImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getSourceLocation()
	 * @generated
	 */
	int SOURCE_LOCATION = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION__FILE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION__LINE = 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION__COLUMN = 2;

	/**
	 * The feature id for the '<em><b>End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION__END_LINE = 3;

	/**
	 * The feature id for the '<em><b>End Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION__END_COLUMN = 4;

	/**
	 * The number of structural features of the '<em>Source Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Format</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION___FORMAT = 0;

	/**
	 * The number of operations of the '<em>Source Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LOCATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.LocatedImpl <em>Located</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.LocatedImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getLocated()
	 * @generated
	 */
	int LOCATED = 1;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__LOCATIONS = 0;

	/**
	 * The number of structural features of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.DeviceTreeImpl <em>Device Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.DeviceTreeImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getDeviceTree()
	 * @generated
	 */
	int DEVICE_TREE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__SOURCE_FILES = 1;

	/**
	 * The feature id for the '<em><b>Include Paths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__INCLUDE_PATHS = 2;

	/**
	 * The feature id for the '<em><b>Plugin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__PLUGIN = 3;

	/**
	 * The feature id for the '<em><b>Memreserves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__MEMRESERVES = 4;

	/**
	 * The feature id for the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__ROOT = 5;

	/**
	 * The number of structural features of the '<em>Device Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Device Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.MemReserveImpl <em>Mem Reserve</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.MemReserveImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getMemReserve()
	 * @generated
	 */
	int MEM_RESERVE = 3;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE__LOCATIONS = LOCATED__LOCATIONS;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE__ADDRESS = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE__SIZE = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE__LABELS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mem Reserve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Mem Reserve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEM_RESERVE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.LabelImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__LOCATION = 1;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.NodeImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 5;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LOCATIONS = LOCATED__LOCATIONS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__UNIT_ADDRESS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABELS = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PROPERTIES = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CHILDREN = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PARENT = LOCATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DELETED = LOCATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Omit If No Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__OMIT_IF_NO_REF = LOCATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Phandle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PHANDLE = LOCATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Full Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE___GET_FULL_NAME = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE___GET_PATH = LOCATED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Property</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE___GET_PROPERTY__STRING = LOCATED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.PropertyImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 6;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__LOCATIONS = LOCATED__LOCATIONS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__NAME = LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__LABELS = LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUES = LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__DELETED = LOCATED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = LOCATED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = LOCATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.ValueChunkImpl <em>Value Chunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.ValueChunkImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getValueChunk()
	 * @generated
	 */
	int VALUE_CHUNK = 7;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHUNK__LABELS = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHUNK__LOCATION = 1;

	/**
	 * The number of structural features of the '<em>Value Chunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHUNK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Value Chunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHUNK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.CellArrayImpl <em>Cell Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.CellArrayImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getCellArray()
	 * @generated
	 */
	int CELL_ARRAY = 8;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY__LABELS = VALUE_CHUNK__LABELS;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY__LOCATION = VALUE_CHUNK__LOCATION;

	/**
	 * The feature id for the '<em><b>Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY__BITS = VALUE_CHUNK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY__CELLS = VALUE_CHUNK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cell Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY_FEATURE_COUNT = VALUE_CHUNK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cell Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_ARRAY_OPERATION_COUNT = VALUE_CHUNK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.CellImpl <em>Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.CellImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getCell()
	 * @generated
	 */
	int CELL = 9;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__LABELS = 0;

	/**
	 * The number of structural features of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.NumberCellImpl <em>Number Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.NumberCellImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getNumberCell()
	 * @generated
	 */
	int NUMBER_CELL = 10;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_CELL__LABELS = CELL__LABELS;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_CELL__VALUE = CELL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_CELL__EXPRESSION = CELL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Number Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_CELL_FEATURE_COUNT = CELL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Number Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_CELL_OPERATION_COUNT = CELL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.PhandleCellImpl <em>Phandle Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.PhandleCellImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPhandleCell()
	 * @generated
	 */
	int PHANDLE_CELL = 11;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_CELL__LABELS = CELL__LABELS;

	/**
	 * The feature id for the '<em><b>Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_CELL__REF = CELL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Phandle Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_CELL_FEATURE_COUNT = CELL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Phandle Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_CELL_OPERATION_COUNT = CELL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.StringValueImpl <em>String Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.StringValueImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getStringValue()
	 * @generated
	 */
	int STRING_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_VALUE__LABELS = VALUE_CHUNK__LABELS;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_VALUE__LOCATION = VALUE_CHUNK__LOCATION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_VALUE__VALUE = VALUE_CHUNK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>String Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_VALUE_FEATURE_COUNT = VALUE_CHUNK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>String Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_VALUE_OPERATION_COUNT = VALUE_CHUNK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.ByteStringImpl <em>Byte String</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.ByteStringImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getByteString()
	 * @generated
	 */
	int BYTE_STRING = 13;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BYTE_STRING__LABELS = VALUE_CHUNK__LABELS;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BYTE_STRING__LOCATION = VALUE_CHUNK__LOCATION;

	/**
	 * The feature id for the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BYTE_STRING__BYTES = VALUE_CHUNK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Byte String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BYTE_STRING_FEATURE_COUNT = VALUE_CHUNK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Byte String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BYTE_STRING_OPERATION_COUNT = VALUE_CHUNK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.PathReferenceImpl <em>Path Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.PathReferenceImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPathReference()
	 * @generated
	 */
	int PATH_REFERENCE = 14;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_REFERENCE__LABELS = VALUE_CHUNK__LABELS;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_REFERENCE__LOCATION = VALUE_CHUNK__LOCATION;

	/**
	 * The feature id for the '<em><b>Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_REFERENCE__REF = VALUE_CHUNK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Path Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_REFERENCE_FEATURE_COUNT = VALUE_CHUNK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Path Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_REFERENCE_OPERATION_COUNT = VALUE_CHUNK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.impl.PhandleRefImpl <em>Phandle Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.impl.PhandleRefImpl
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPhandleRef()
	 * @generated
	 */
	int PHANDLE_REF = 15;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__KIND = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__PATH = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF__LOCATION = 5;

	/**
	 * The number of structural features of the '<em>Phandle Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Format</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF___FORMAT = 0;

	/**
	 * The number of operations of the '<em>Phandle Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHANDLE_REF_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.dt.RefKind <em>Ref Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.dt.RefKind
	 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getRefKind()
	 * @generated
	 */
	int REF_KIND = 16;


	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.SourceLocation <em>Source Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Location</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation
	 * @generated
	 */
	EClass getSourceLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.SourceLocation#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation#getFile()
	 * @see #getSourceLocation()
	 * @generated
	 */
	EAttribute getSourceLocation_File();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.SourceLocation#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation#getLine()
	 * @see #getSourceLocation()
	 * @generated
	 */
	EAttribute getSourceLocation_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.SourceLocation#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation#getColumn()
	 * @see #getSourceLocation()
	 * @generated
	 */
	EAttribute getSourceLocation_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.SourceLocation#getEndLine <em>End Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Line</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation#getEndLine()
	 * @see #getSourceLocation()
	 * @generated
	 */
	EAttribute getSourceLocation_EndLine();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.SourceLocation#getEndColumn <em>End Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Column</em>'.
	 * @see org.dmstudio.model.dt.SourceLocation#getEndColumn()
	 * @see #getSourceLocation()
	 * @generated
	 */
	EAttribute getSourceLocation_EndColumn();

	/**
	 * Returns the meta object for the '{@link org.dmstudio.model.dt.SourceLocation#format() <em>Format</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Format</em>' operation.
	 * @see org.dmstudio.model.dt.SourceLocation#format()
	 * @generated
	 */
	EOperation getSourceLocation__Format();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Located</em>'.
	 * @see org.dmstudio.model.dt.Located
	 * @generated
	 */
	EClass getLocated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Located#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see org.dmstudio.model.dt.Located#getLocations()
	 * @see #getLocated()
	 * @generated
	 */
	EReference getLocated_Locations();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.DeviceTree <em>Device Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Tree</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree
	 * @generated
	 */
	EClass getDeviceTree();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.DeviceTree#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#getName()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EAttribute getDeviceTree_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.dt.DeviceTree#getSourceFiles <em>Source Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Files</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#getSourceFiles()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EAttribute getDeviceTree_SourceFiles();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.dt.DeviceTree#getIncludePaths <em>Include Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Include Paths</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#getIncludePaths()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EAttribute getDeviceTree_IncludePaths();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.DeviceTree#isPlugin <em>Plugin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plugin</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#isPlugin()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EAttribute getDeviceTree_Plugin();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.DeviceTree#getMemreserves <em>Memreserves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memreserves</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#getMemreserves()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EReference getDeviceTree_Memreserves();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.DeviceTree#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Root</em>'.
	 * @see org.dmstudio.model.dt.DeviceTree#getRoot()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EReference getDeviceTree_Root();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.MemReserve <em>Mem Reserve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mem Reserve</em>'.
	 * @see org.dmstudio.model.dt.MemReserve
	 * @generated
	 */
	EClass getMemReserve();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.MemReserve#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.dmstudio.model.dt.MemReserve#getAddress()
	 * @see #getMemReserve()
	 * @generated
	 */
	EAttribute getMemReserve_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.MemReserve#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.dmstudio.model.dt.MemReserve#getSize()
	 * @see #getMemReserve()
	 * @generated
	 */
	EAttribute getMemReserve_Size();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.MemReserve#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.dmstudio.model.dt.MemReserve#getLabels()
	 * @see #getMemReserve()
	 * @generated
	 */
	EReference getMemReserve_Labels();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.dmstudio.model.dt.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Label#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.dt.Label#getName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.Label#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Location</em>'.
	 * @see org.dmstudio.model.dt.Label#getLocation()
	 * @see #getLabel()
	 * @generated
	 */
	EReference getLabel_Location();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.dmstudio.model.dt.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Node#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.dt.Node#getName()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Node#getUnitAddress <em>Unit Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Address</em>'.
	 * @see org.dmstudio.model.dt.Node#getUnitAddress()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_UnitAddress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Node#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.dmstudio.model.dt.Node#getLabels()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Node#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.dmstudio.model.dt.Node#getProperties()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Node#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.dmstudio.model.dt.Node#getChildren()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.dmstudio.model.dt.Node#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.dmstudio.model.dt.Node#getParent()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Node#isDeleted <em>Deleted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted</em>'.
	 * @see org.dmstudio.model.dt.Node#isDeleted()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Deleted();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Node#isOmitIfNoRef <em>Omit If No Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omit If No Ref</em>'.
	 * @see org.dmstudio.model.dt.Node#isOmitIfNoRef()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_OmitIfNoRef();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Node#getPhandle <em>Phandle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phandle</em>'.
	 * @see org.dmstudio.model.dt.Node#getPhandle()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Phandle();

	/**
	 * Returns the meta object for the '{@link org.dmstudio.model.dt.Node#getFullName() <em>Get Full Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Full Name</em>' operation.
	 * @see org.dmstudio.model.dt.Node#getFullName()
	 * @generated
	 */
	EOperation getNode__GetFullName();

	/**
	 * Returns the meta object for the '{@link org.dmstudio.model.dt.Node#getPath() <em>Get Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Path</em>' operation.
	 * @see org.dmstudio.model.dt.Node#getPath()
	 * @generated
	 */
	EOperation getNode__GetPath();

	/**
	 * Returns the meta object for the '{@link org.dmstudio.model.dt.Node#getProperty(java.lang.String) <em>Get Property</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Property</em>' operation.
	 * @see org.dmstudio.model.dt.Node#getProperty(java.lang.String)
	 * @generated
	 */
	EOperation getNode__GetProperty__String();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.dmstudio.model.dt.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Property#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.dt.Property#getName()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Property#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.dmstudio.model.dt.Property#getLabels()
	 * @see #getProperty()
	 * @generated
	 */
	EReference getProperty_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Property#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.dmstudio.model.dt.Property#getValues()
	 * @see #getProperty()
	 * @generated
	 */
	EReference getProperty_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.Property#isDeleted <em>Deleted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted</em>'.
	 * @see org.dmstudio.model.dt.Property#isDeleted()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Deleted();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.ValueChunk <em>Value Chunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Chunk</em>'.
	 * @see org.dmstudio.model.dt.ValueChunk
	 * @generated
	 */
	EClass getValueChunk();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.ValueChunk#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.dmstudio.model.dt.ValueChunk#getLabels()
	 * @see #getValueChunk()
	 * @generated
	 */
	EReference getValueChunk_Labels();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.ValueChunk#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Location</em>'.
	 * @see org.dmstudio.model.dt.ValueChunk#getLocation()
	 * @see #getValueChunk()
	 * @generated
	 */
	EReference getValueChunk_Location();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.CellArray <em>Cell Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Array</em>'.
	 * @see org.dmstudio.model.dt.CellArray
	 * @generated
	 */
	EClass getCellArray();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.CellArray#getBits <em>Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bits</em>'.
	 * @see org.dmstudio.model.dt.CellArray#getBits()
	 * @see #getCellArray()
	 * @generated
	 */
	EAttribute getCellArray_Bits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.CellArray#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.dmstudio.model.dt.CellArray#getCells()
	 * @see #getCellArray()
	 * @generated
	 */
	EReference getCellArray_Cells();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell</em>'.
	 * @see org.dmstudio.model.dt.Cell
	 * @generated
	 */
	EClass getCell();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.dt.Cell#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.dmstudio.model.dt.Cell#getLabels()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Labels();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.NumberCell <em>Number Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Cell</em>'.
	 * @see org.dmstudio.model.dt.NumberCell
	 * @generated
	 */
	EClass getNumberCell();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.NumberCell#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dmstudio.model.dt.NumberCell#getValue()
	 * @see #getNumberCell()
	 * @generated
	 */
	EAttribute getNumberCell_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.NumberCell#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.dmstudio.model.dt.NumberCell#getExpression()
	 * @see #getNumberCell()
	 * @generated
	 */
	EAttribute getNumberCell_Expression();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.PhandleCell <em>Phandle Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phandle Cell</em>'.
	 * @see org.dmstudio.model.dt.PhandleCell
	 * @generated
	 */
	EClass getPhandleCell();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.PhandleCell#getRef <em>Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ref</em>'.
	 * @see org.dmstudio.model.dt.PhandleCell#getRef()
	 * @see #getPhandleCell()
	 * @generated
	 */
	EReference getPhandleCell_Ref();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.StringValue <em>String Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Value</em>'.
	 * @see org.dmstudio.model.dt.StringValue
	 * @generated
	 */
	EClass getStringValue();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.StringValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dmstudio.model.dt.StringValue#getValue()
	 * @see #getStringValue()
	 * @generated
	 */
	EAttribute getStringValue_Value();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.ByteString <em>Byte String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Byte String</em>'.
	 * @see org.dmstudio.model.dt.ByteString
	 * @generated
	 */
	EClass getByteString();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.ByteString#getBytes <em>Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes</em>'.
	 * @see org.dmstudio.model.dt.ByteString#getBytes()
	 * @see #getByteString()
	 * @generated
	 */
	EAttribute getByteString_Bytes();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.PathReference <em>Path Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Path Reference</em>'.
	 * @see org.dmstudio.model.dt.PathReference
	 * @generated
	 */
	EClass getPathReference();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.PathReference#getRef <em>Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ref</em>'.
	 * @see org.dmstudio.model.dt.PathReference#getRef()
	 * @see #getPathReference()
	 * @generated
	 */
	EReference getPathReference_Ref();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.dt.PhandleRef <em>Phandle Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phandle Ref</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef
	 * @generated
	 */
	EClass getPhandleRef();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.PhandleRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getKind()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EAttribute getPhandleRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.PhandleRef#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getLabel()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EAttribute getPhandleRef_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.PhandleRef#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getPath()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EAttribute getPhandleRef_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.dt.PhandleRef#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getNumber()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EAttribute getPhandleRef_Number();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.dt.PhandleRef#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getTarget()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EReference getPhandleRef_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.dmstudio.model.dt.PhandleRef#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Location</em>'.
	 * @see org.dmstudio.model.dt.PhandleRef#getLocation()
	 * @see #getPhandleRef()
	 * @generated
	 */
	EReference getPhandleRef_Location();

	/**
	 * Returns the meta object for the '{@link org.dmstudio.model.dt.PhandleRef#format() <em>Format</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Format</em>' operation.
	 * @see org.dmstudio.model.dt.PhandleRef#format()
	 * @generated
	 */
	EOperation getPhandleRef__Format();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.dt.RefKind <em>Ref Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ref Kind</em>'.
	 * @see org.dmstudio.model.dt.RefKind
	 * @generated
	 */
	EEnum getRefKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DtFactory getDtFactory();

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
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.SourceLocationImpl <em>Source Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.SourceLocationImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getSourceLocation()
		 * @generated
		 */
		EClass SOURCE_LOCATION = eINSTANCE.getSourceLocation();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_LOCATION__FILE = eINSTANCE.getSourceLocation_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_LOCATION__LINE = eINSTANCE.getSourceLocation_Line();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_LOCATION__COLUMN = eINSTANCE.getSourceLocation_Column();

		/**
		 * The meta object literal for the '<em><b>End Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_LOCATION__END_LINE = eINSTANCE.getSourceLocation_EndLine();

		/**
		 * The meta object literal for the '<em><b>End Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_LOCATION__END_COLUMN = eINSTANCE.getSourceLocation_EndColumn();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SOURCE_LOCATION___FORMAT = eINSTANCE.getSourceLocation__Format();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.LocatedImpl <em>Located</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.LocatedImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getLocated()
		 * @generated
		 */
		EClass LOCATED = eINSTANCE.getLocated();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATED__LOCATIONS = eINSTANCE.getLocated_Locations();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.DeviceTreeImpl <em>Device Tree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.DeviceTreeImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getDeviceTree()
		 * @generated
		 */
		EClass DEVICE_TREE = eINSTANCE.getDeviceTree();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE__NAME = eINSTANCE.getDeviceTree_Name();

		/**
		 * The meta object literal for the '<em><b>Source Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE__SOURCE_FILES = eINSTANCE.getDeviceTree_SourceFiles();

		/**
		 * The meta object literal for the '<em><b>Include Paths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE__INCLUDE_PATHS = eINSTANCE.getDeviceTree_IncludePaths();

		/**
		 * The meta object literal for the '<em><b>Plugin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE__PLUGIN = eINSTANCE.getDeviceTree_Plugin();

		/**
		 * The meta object literal for the '<em><b>Memreserves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TREE__MEMRESERVES = eINSTANCE.getDeviceTree_Memreserves();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TREE__ROOT = eINSTANCE.getDeviceTree_Root();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.MemReserveImpl <em>Mem Reserve</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.MemReserveImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getMemReserve()
		 * @generated
		 */
		EClass MEM_RESERVE = eINSTANCE.getMemReserve();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEM_RESERVE__ADDRESS = eINSTANCE.getMemReserve_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEM_RESERVE__SIZE = eINSTANCE.getMemReserve_Size();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEM_RESERVE__LABELS = eINSTANCE.getMemReserve_Labels();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.LabelImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NAME = eINSTANCE.getLabel_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL__LOCATION = eINSTANCE.getLabel_Location();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.NodeImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__NAME = eINSTANCE.getNode_Name();

		/**
		 * The meta object literal for the '<em><b>Unit Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__UNIT_ADDRESS = eINSTANCE.getNode_UnitAddress();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__LABELS = eINSTANCE.getNode_Labels();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PROPERTIES = eINSTANCE.getNode_Properties();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__CHILDREN = eINSTANCE.getNode_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PARENT = eINSTANCE.getNode_Parent();

		/**
		 * The meta object literal for the '<em><b>Deleted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DELETED = eINSTANCE.getNode_Deleted();

		/**
		 * The meta object literal for the '<em><b>Omit If No Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__OMIT_IF_NO_REF = eINSTANCE.getNode_OmitIfNoRef();

		/**
		 * The meta object literal for the '<em><b>Phandle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__PHANDLE = eINSTANCE.getNode_Phandle();

		/**
		 * The meta object literal for the '<em><b>Get Full Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE___GET_FULL_NAME = eINSTANCE.getNode__GetFullName();

		/**
		 * The meta object literal for the '<em><b>Get Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE___GET_PATH = eINSTANCE.getNode__GetPath();

		/**
		 * The meta object literal for the '<em><b>Get Property</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE___GET_PROPERTY__STRING = eINSTANCE.getNode__GetProperty__String();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.PropertyImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__NAME = eINSTANCE.getProperty_Name();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY__LABELS = eINSTANCE.getProperty_Labels();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY__VALUES = eINSTANCE.getProperty_Values();

		/**
		 * The meta object literal for the '<em><b>Deleted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__DELETED = eINSTANCE.getProperty_Deleted();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.ValueChunkImpl <em>Value Chunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.ValueChunkImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getValueChunk()
		 * @generated
		 */
		EClass VALUE_CHUNK = eINSTANCE.getValueChunk();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_CHUNK__LABELS = eINSTANCE.getValueChunk_Labels();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_CHUNK__LOCATION = eINSTANCE.getValueChunk_Location();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.CellArrayImpl <em>Cell Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.CellArrayImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getCellArray()
		 * @generated
		 */
		EClass CELL_ARRAY = eINSTANCE.getCellArray();

		/**
		 * The meta object literal for the '<em><b>Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_ARRAY__BITS = eINSTANCE.getCellArray_Bits();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_ARRAY__CELLS = eINSTANCE.getCellArray_Cells();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.CellImpl <em>Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.CellImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getCell()
		 * @generated
		 */
		EClass CELL = eINSTANCE.getCell();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__LABELS = eINSTANCE.getCell_Labels();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.NumberCellImpl <em>Number Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.NumberCellImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getNumberCell()
		 * @generated
		 */
		EClass NUMBER_CELL = eINSTANCE.getNumberCell();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_CELL__VALUE = eINSTANCE.getNumberCell_Value();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_CELL__EXPRESSION = eINSTANCE.getNumberCell_Expression();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.PhandleCellImpl <em>Phandle Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.PhandleCellImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPhandleCell()
		 * @generated
		 */
		EClass PHANDLE_CELL = eINSTANCE.getPhandleCell();

		/**
		 * The meta object literal for the '<em><b>Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHANDLE_CELL__REF = eINSTANCE.getPhandleCell_Ref();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.StringValueImpl <em>String Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.StringValueImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getStringValue()
		 * @generated
		 */
		EClass STRING_VALUE = eINSTANCE.getStringValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_VALUE__VALUE = eINSTANCE.getStringValue_Value();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.ByteStringImpl <em>Byte String</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.ByteStringImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getByteString()
		 * @generated
		 */
		EClass BYTE_STRING = eINSTANCE.getByteString();

		/**
		 * The meta object literal for the '<em><b>Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BYTE_STRING__BYTES = eINSTANCE.getByteString_Bytes();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.PathReferenceImpl <em>Path Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.PathReferenceImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPathReference()
		 * @generated
		 */
		EClass PATH_REFERENCE = eINSTANCE.getPathReference();

		/**
		 * The meta object literal for the '<em><b>Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATH_REFERENCE__REF = eINSTANCE.getPathReference_Ref();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.impl.PhandleRefImpl <em>Phandle Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.impl.PhandleRefImpl
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getPhandleRef()
		 * @generated
		 */
		EClass PHANDLE_REF = eINSTANCE.getPhandleRef();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHANDLE_REF__KIND = eINSTANCE.getPhandleRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHANDLE_REF__LABEL = eINSTANCE.getPhandleRef_Label();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHANDLE_REF__PATH = eINSTANCE.getPhandleRef_Path();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHANDLE_REF__NUMBER = eINSTANCE.getPhandleRef_Number();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHANDLE_REF__TARGET = eINSTANCE.getPhandleRef_Target();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHANDLE_REF__LOCATION = eINSTANCE.getPhandleRef_Location();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PHANDLE_REF___FORMAT = eINSTANCE.getPhandleRef__Format();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.dt.RefKind <em>Ref Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.dt.RefKind
		 * @see org.dmstudio.model.dt.impl.DtPackageImpl#getRefKind()
		 * @generated
		 */
		EEnum REF_KIND = eINSTANCE.getRefKind();

	}

} //DtPackage
