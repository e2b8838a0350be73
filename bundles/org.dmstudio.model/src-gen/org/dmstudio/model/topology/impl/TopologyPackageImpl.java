/**
 */
package org.dmstudio.model.topology.impl;

import org.dmstudio.model.behaviour.BehaviourPackage;

import org.dmstudio.model.behaviour.impl.BehaviourPackageImpl;

import org.dmstudio.model.dt.DtPackage;

import org.dmstudio.model.dt.impl.DtPackageImpl;

import org.dmstudio.model.scenario.ScenarioPackage;

import org.dmstudio.model.scenario.impl.ScenarioPackageImpl;

import org.dmstudio.model.sched.SchedPackage;

import org.dmstudio.model.sched.impl.SchedPackageImpl;

import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Component;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.InitcallLevel;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.topology.TopologyPackage;

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
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass busEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runtimePmStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regulatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regulatorSupplyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentMasterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum busTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum probeStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driverKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initcallLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceLinkFlagEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceLinkStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rpmStatusEEnum = null;

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
	 * @see org.dmstudio.model.topology.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DtPackage.eNS_URI);
		DtPackageImpl theDtPackage = (DtPackageImpl)(registeredPackage instanceof DtPackageImpl ? registeredPackage : DtPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BehaviourPackage.eNS_URI);
		BehaviourPackageImpl theBehaviourPackage = (BehaviourPackageImpl)(registeredPackage instanceof BehaviourPackageImpl ? registeredPackage : BehaviourPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedPackage.eNS_URI);
		SchedPackageImpl theSchedPackage = (SchedPackageImpl)(registeredPackage instanceof SchedPackageImpl ? registeredPackage : SchedPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();
		theDtPackage.createPackageContents();
		theBehaviourPackage.createPackageContents();
		theSchedPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();
		theDtPackage.initializePackageContents();
		theBehaviourPackage.initializePackageContents();
		theSchedPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoard() {
		return boardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Name() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Compatible() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoard_Description() {
		return (EAttribute)boardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_DeviceTree() {
		return (EReference)boardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Buses() {
		return (EReference)boardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Devices() {
		return (EReference)boardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Drivers() {
		return (EReference)boardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Links() {
		return (EReference)boardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_PowerDomains() {
		return (EReference)boardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Regulators() {
		return (EReference)boardEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoard_Aggregates() {
		return (EReference)boardEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBus() {
		return busEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBus_Name() {
		return (EAttribute)busEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBus_Type() {
		return (EAttribute)busEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBus_Controller() {
		return (EReference)busEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Name() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Compatible() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Node() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Parent() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Children() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Bus() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Driver() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_ProbeState() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_DeferReason() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_ProbeError() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_RuntimePm() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_PowerDomains() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Supplies() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Behaviour() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriver() {
		return driverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Name() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Compatibles() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Kind() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_InitcallLevel() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_ModuleLoadTimeNs() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_AsyncProbe() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriver_Behaviour() {
		return (EReference)driverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceLink() {
		return deviceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceLink_Supplier() {
		return (EReference)deviceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceLink_Consumer() {
		return (EReference)deviceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceLink_Flags() {
		return (EAttribute)deviceLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceLink_State() {
		return (EAttribute)deviceLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceLink_OriginProperty() {
		return (EAttribute)deviceLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceLink_OriginLocation() {
		return (EReference)deviceLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceLink_OriginCall() {
		return (EAttribute)deviceLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuntimePmState() {
		return runtimePmStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_Status() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_UsageCount() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_ChildCount() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_DisableDepth() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_RuntimeError() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_IgnoreChildren() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_IrqSafe() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_NoCallbacks() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_UseAutosuspend() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_AutosuspendDelayMs() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuntimePmState_LastBusyNs() {
		return (EAttribute)runtimePmStateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPowerDomain() {
		return powerDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_Name() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_Provider() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_Node() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_Index() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_Parents() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_Subdomains() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_Devices() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerDomain_DomainSupply() {
		return (EReference)powerDomainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_On() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_AlwaysOn() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_PowerOnLatencyNs() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerDomain_PowerOffLatencyNs() {
		return (EAttribute)powerDomainEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegulator() {
		return regulatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_Name() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegulator_Node() {
		return (EReference)regulatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegulator_Provider() {
		return (EReference)regulatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegulator_Supply() {
		return (EReference)regulatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_UseCount() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_Enabled() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_AlwaysOn() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_BootOn() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_MinMicrovolt() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulator_MaxMicrovolt() {
		return (EAttribute)regulatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegulatorSupply() {
		return regulatorSupplyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulatorSupply_Name() {
		return (EAttribute)regulatorSupplyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegulatorSupply_Regulator() {
		return (EReference)regulatorSupplyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegulatorSupply_EnableCount() {
		return (EAttribute)regulatorSupplyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentMaster() {
		return componentMasterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentMaster_Name() {
		return (EAttribute)componentMasterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentMaster_Device() {
		return (EReference)componentMasterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentMaster_Components() {
		return (EReference)componentMasterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentMaster_Bound() {
		return (EAttribute)componentMasterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentMaster_AggregateDriver() {
		return (EAttribute)componentMasterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponent() {
		return componentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Device() {
		return (EReference)componentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Added() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Bound() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBusType() {
		return busTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProbeState() {
		return probeStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriverKind() {
		return driverKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitcallLevel() {
		return initcallLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceLinkFlag() {
		return deviceLinkFlagEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceLinkState() {
		return deviceLinkStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRpmStatus() {
		return rpmStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
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
		boardEClass = createEClass(BOARD);
		createEAttribute(boardEClass, BOARD__NAME);
		createEAttribute(boardEClass, BOARD__COMPATIBLE);
		createEAttribute(boardEClass, BOARD__DESCRIPTION);
		createEReference(boardEClass, BOARD__DEVICE_TREE);
		createEReference(boardEClass, BOARD__BUSES);
		createEReference(boardEClass, BOARD__DEVICES);
		createEReference(boardEClass, BOARD__DRIVERS);
		createEReference(boardEClass, BOARD__LINKS);
		createEReference(boardEClass, BOARD__POWER_DOMAINS);
		createEReference(boardEClass, BOARD__REGULATORS);
		createEReference(boardEClass, BOARD__AGGREGATES);

		busEClass = createEClass(BUS);
		createEAttribute(busEClass, BUS__NAME);
		createEAttribute(busEClass, BUS__TYPE);
		createEReference(busEClass, BUS__CONTROLLER);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__NAME);
		createEAttribute(deviceEClass, DEVICE__COMPATIBLE);
		createEReference(deviceEClass, DEVICE__NODE);
		createEReference(deviceEClass, DEVICE__PARENT);
		createEReference(deviceEClass, DEVICE__CHILDREN);
		createEReference(deviceEClass, DEVICE__BUS);
		createEReference(deviceEClass, DEVICE__DRIVER);
		createEAttribute(deviceEClass, DEVICE__PROBE_STATE);
		createEAttribute(deviceEClass, DEVICE__DEFER_REASON);
		createEAttribute(deviceEClass, DEVICE__PROBE_ERROR);
		createEReference(deviceEClass, DEVICE__RUNTIME_PM);
		createEReference(deviceEClass, DEVICE__POWER_DOMAINS);
		createEReference(deviceEClass, DEVICE__SUPPLIES);
		createEReference(deviceEClass, DEVICE__BEHAVIOUR);

		driverEClass = createEClass(DRIVER);
		createEAttribute(driverEClass, DRIVER__NAME);
		createEAttribute(driverEClass, DRIVER__COMPATIBLES);
		createEAttribute(driverEClass, DRIVER__KIND);
		createEAttribute(driverEClass, DRIVER__INITCALL_LEVEL);
		createEAttribute(driverEClass, DRIVER__MODULE_LOAD_TIME_NS);
		createEAttribute(driverEClass, DRIVER__ASYNC_PROBE);
		createEReference(driverEClass, DRIVER__BEHAVIOUR);

		deviceLinkEClass = createEClass(DEVICE_LINK);
		createEReference(deviceLinkEClass, DEVICE_LINK__SUPPLIER);
		createEReference(deviceLinkEClass, DEVICE_LINK__CONSUMER);
		createEAttribute(deviceLinkEClass, DEVICE_LINK__FLAGS);
		createEAttribute(deviceLinkEClass, DEVICE_LINK__STATE);
		createEAttribute(deviceLinkEClass, DEVICE_LINK__ORIGIN_PROPERTY);
		createEReference(deviceLinkEClass, DEVICE_LINK__ORIGIN_LOCATION);
		createEAttribute(deviceLinkEClass, DEVICE_LINK__ORIGIN_CALL);

		runtimePmStateEClass = createEClass(RUNTIME_PM_STATE);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__STATUS);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__USAGE_COUNT);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__CHILD_COUNT);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__DISABLE_DEPTH);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__RUNTIME_ERROR);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__IGNORE_CHILDREN);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__IRQ_SAFE);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__NO_CALLBACKS);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__USE_AUTOSUSPEND);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS);
		createEAttribute(runtimePmStateEClass, RUNTIME_PM_STATE__LAST_BUSY_NS);

		powerDomainEClass = createEClass(POWER_DOMAIN);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__NAME);
		createEReference(powerDomainEClass, POWER_DOMAIN__PROVIDER);
		createEReference(powerDomainEClass, POWER_DOMAIN__NODE);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__INDEX);
		createEReference(powerDomainEClass, POWER_DOMAIN__PARENTS);
		createEReference(powerDomainEClass, POWER_DOMAIN__SUBDOMAINS);
		createEReference(powerDomainEClass, POWER_DOMAIN__DEVICES);
		createEReference(powerDomainEClass, POWER_DOMAIN__DOMAIN_SUPPLY);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__ON);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__ALWAYS_ON);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__POWER_ON_LATENCY_NS);
		createEAttribute(powerDomainEClass, POWER_DOMAIN__POWER_OFF_LATENCY_NS);

		regulatorEClass = createEClass(REGULATOR);
		createEAttribute(regulatorEClass, REGULATOR__NAME);
		createEReference(regulatorEClass, REGULATOR__NODE);
		createEReference(regulatorEClass, REGULATOR__PROVIDER);
		createEReference(regulatorEClass, REGULATOR__SUPPLY);
		createEAttribute(regulatorEClass, REGULATOR__USE_COUNT);
		createEAttribute(regulatorEClass, REGULATOR__ENABLED);
		createEAttribute(regulatorEClass, REGULATOR__ALWAYS_ON);
		createEAttribute(regulatorEClass, REGULATOR__BOOT_ON);
		createEAttribute(regulatorEClass, REGULATOR__MIN_MICROVOLT);
		createEAttribute(regulatorEClass, REGULATOR__MAX_MICROVOLT);

		regulatorSupplyEClass = createEClass(REGULATOR_SUPPLY);
		createEAttribute(regulatorSupplyEClass, REGULATOR_SUPPLY__NAME);
		createEReference(regulatorSupplyEClass, REGULATOR_SUPPLY__REGULATOR);
		createEAttribute(regulatorSupplyEClass, REGULATOR_SUPPLY__ENABLE_COUNT);

		componentMasterEClass = createEClass(COMPONENT_MASTER);
		createEAttribute(componentMasterEClass, COMPONENT_MASTER__NAME);
		createEReference(componentMasterEClass, COMPONENT_MASTER__DEVICE);
		createEReference(componentMasterEClass, COMPONENT_MASTER__COMPONENTS);
		createEAttribute(componentMasterEClass, COMPONENT_MASTER__BOUND);
		createEAttribute(componentMasterEClass, COMPONENT_MASTER__AGGREGATE_DRIVER);

		componentEClass = createEClass(COMPONENT);
		createEReference(componentEClass, COMPONENT__DEVICE);
		createEAttribute(componentEClass, COMPONENT__ADDED);
		createEAttribute(componentEClass, COMPONENT__BOUND);

		// Create enums
		busTypeEEnum = createEEnum(BUS_TYPE);
		probeStateEEnum = createEEnum(PROBE_STATE);
		driverKindEEnum = createEEnum(DRIVER_KIND);
		initcallLevelEEnum = createEEnum(INITCALL_LEVEL);
		deviceLinkFlagEEnum = createEEnum(DEVICE_LINK_FLAG);
		deviceLinkStateEEnum = createEEnum(DEVICE_LINK_STATE);
		rpmStatusEEnum = createEEnum(RPM_STATUS);
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
		DtPackage theDtPackage = (DtPackage)EPackage.Registry.INSTANCE.getEPackage(DtPackage.eNS_URI);
		BehaviourPackage theBehaviourPackage = (BehaviourPackage)EPackage.Registry.INSTANCE.getEPackage(BehaviourPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(boardEClass, Board.class, "Board", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoard_Name(), ecorePackage.getEString(), "name", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_Compatible(), ecorePackage.getEString(), "compatible", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoard_Description(), ecorePackage.getEString(), "description", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_DeviceTree(), theDtPackage.getDeviceTree(), null, "deviceTree", null, 0, 1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_Buses(), this.getBus(), null, "buses", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_Buses().getEKeys().add(this.getBus_Name());
		initEReference(getBoard_Devices(), this.getDevice(), null, "devices", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_Devices().getEKeys().add(this.getDevice_Name());
		initEReference(getBoard_Drivers(), this.getDriver(), null, "drivers", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_Drivers().getEKeys().add(this.getDriver_Name());
		initEReference(getBoard_Links(), this.getDeviceLink(), null, "links", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoard_PowerDomains(), this.getPowerDomain(), null, "powerDomains", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_PowerDomains().getEKeys().add(this.getPowerDomain_Name());
		initEReference(getBoard_Regulators(), this.getRegulator(), null, "regulators", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_Regulators().getEKeys().add(this.getRegulator_Name());
		initEReference(getBoard_Aggregates(), this.getComponentMaster(), null, "aggregates", null, 0, -1, Board.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBoard_Aggregates().getEKeys().add(this.getComponentMaster_Name());

		initEClass(busEClass, Bus.class, "Bus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBus_Name(), ecorePackage.getEString(), "name", null, 0, 1, Bus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBus_Type(), this.getBusType(), "type", null, 0, 1, Bus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBus_Controller(), this.getDevice(), null, "controller", null, 0, 1, Bus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_Name(), ecorePackage.getEString(), "name", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Compatible(), ecorePackage.getEString(), "compatible", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Node(), theDtPackage.getNode(), null, "node", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Parent(), this.getDevice(), this.getDevice_Children(), "parent", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Children(), this.getDevice(), this.getDevice_Parent(), "children", null, 0, -1, Device.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Bus(), this.getBus(), null, "bus", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Driver(), this.getDriver(), null, "driver", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_ProbeState(), this.getProbeState(), "probeState", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_DeferReason(), ecorePackage.getEString(), "deferReason", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_ProbeError(), ecorePackage.getEInt(), "probeError", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_RuntimePm(), this.getRuntimePmState(), null, "runtimePm", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_PowerDomains(), this.getPowerDomain(), this.getPowerDomain_Devices(), "powerDomains", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Supplies(), this.getRegulatorSupply(), null, "supplies", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Behaviour(), theBehaviourPackage.getDriverBehaviour(), null, "behaviour", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverEClass, Driver.class, "Driver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriver_Name(), ecorePackage.getEString(), "name", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Compatibles(), ecorePackage.getEString(), "compatibles", null, 0, -1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_Kind(), this.getDriverKind(), "kind", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_InitcallLevel(), this.getInitcallLevel(), "initcallLevel", "DEVICE", 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_ModuleLoadTimeNs(), ecorePackage.getELong(), "moduleLoadTimeNs", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriver_AsyncProbe(), ecorePackage.getEBoolean(), "asyncProbe", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriver_Behaviour(), theBehaviourPackage.getDriverBehaviour(), null, "behaviour", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceLinkEClass, DeviceLink.class, "DeviceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeviceLink_Supplier(), this.getDevice(), null, "supplier", null, 1, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceLink_Consumer(), this.getDevice(), null, "consumer", null, 1, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceLink_Flags(), this.getDeviceLinkFlag(), "flags", null, 0, -1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceLink_State(), this.getDeviceLinkState(), "state", null, 0, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceLink_OriginProperty(), ecorePackage.getEString(), "originProperty", null, 0, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceLink_OriginLocation(), theDtPackage.getSourceLocation(), null, "originLocation", null, 0, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceLink_OriginCall(), ecorePackage.getEString(), "originCall", null, 0, 1, DeviceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runtimePmStateEClass, RuntimePmState.class, "RuntimePmState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuntimePmState_Status(), this.getRpmStatus(), "status", "SUSPENDED", 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_UsageCount(), ecorePackage.getEInt(), "usageCount", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_ChildCount(), ecorePackage.getEInt(), "childCount", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_DisableDepth(), ecorePackage.getEInt(), "disableDepth", "1", 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_RuntimeError(), ecorePackage.getEInt(), "runtimeError", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_IgnoreChildren(), ecorePackage.getEBoolean(), "ignoreChildren", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_IrqSafe(), ecorePackage.getEBoolean(), "irqSafe", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_NoCallbacks(), ecorePackage.getEBoolean(), "noCallbacks", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_UseAutosuspend(), ecorePackage.getEBoolean(), "useAutosuspend", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_AutosuspendDelayMs(), ecorePackage.getEInt(), "autosuspendDelayMs", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuntimePmState_LastBusyNs(), ecorePackage.getELong(), "lastBusyNs", null, 0, 1, RuntimePmState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(powerDomainEClass, PowerDomain.class, "PowerDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPowerDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_Provider(), this.getDevice(), null, "provider", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_Node(), theDtPackage.getNode(), null, "node", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerDomain_Index(), ecorePackage.getEInt(), "index", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_Parents(), this.getPowerDomain(), this.getPowerDomain_Subdomains(), "parents", null, 0, -1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_Subdomains(), this.getPowerDomain(), this.getPowerDomain_Parents(), "subdomains", null, 0, -1, PowerDomain.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_Devices(), this.getDevice(), this.getDevice_PowerDomains(), "devices", null, 0, -1, PowerDomain.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerDomain_DomainSupply(), this.getRegulator(), null, "domainSupply", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerDomain_On(), ecorePackage.getEBoolean(), "on", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerDomain_AlwaysOn(), ecorePackage.getEBoolean(), "alwaysOn", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerDomain_PowerOnLatencyNs(), ecorePackage.getELong(), "powerOnLatencyNs", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPowerDomain_PowerOffLatencyNs(), ecorePackage.getELong(), "powerOffLatencyNs", null, 0, 1, PowerDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regulatorEClass, Regulator.class, "Regulator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegulator_Name(), ecorePackage.getEString(), "name", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegulator_Node(), theDtPackage.getNode(), null, "node", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegulator_Provider(), this.getDevice(), null, "provider", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegulator_Supply(), this.getRegulator(), null, "supply", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_UseCount(), ecorePackage.getEInt(), "useCount", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_AlwaysOn(), ecorePackage.getEBoolean(), "alwaysOn", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_BootOn(), ecorePackage.getEBoolean(), "bootOn", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_MinMicrovolt(), ecorePackage.getEInt(), "minMicrovolt", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulator_MaxMicrovolt(), ecorePackage.getEInt(), "maxMicrovolt", null, 0, 1, Regulator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regulatorSupplyEClass, RegulatorSupply.class, "RegulatorSupply", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegulatorSupply_Name(), ecorePackage.getEString(), "name", null, 0, 1, RegulatorSupply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegulatorSupply_Regulator(), this.getRegulator(), null, "regulator", null, 0, 1, RegulatorSupply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegulatorSupply_EnableCount(), ecorePackage.getEInt(), "enableCount", null, 0, 1, RegulatorSupply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentMasterEClass, ComponentMaster.class, "ComponentMaster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponentMaster_Name(), ecorePackage.getEString(), "name", null, 0, 1, ComponentMaster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponentMaster_Device(), this.getDevice(), null, "device", null, 0, 1, ComponentMaster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponentMaster_Components(), this.getComponent(), null, "components", null, 0, -1, ComponentMaster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentMaster_Bound(), ecorePackage.getEBoolean(), "bound", null, 0, 1, ComponentMaster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentMaster_AggregateDriver(), ecorePackage.getEBoolean(), "aggregateDriver", null, 0, 1, ComponentMaster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentEClass, Component.class, "Component", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getComponent_Device(), this.getDevice(), null, "device", null, 1, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Added(), ecorePackage.getEBoolean(), "added", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Bound(), ecorePackage.getEBoolean(), "bound", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(busTypeEEnum, BusType.class, "BusType");
		addEEnumLiteral(busTypeEEnum, BusType.PLATFORM);
		addEEnumLiteral(busTypeEEnum, BusType.I2C);
		addEEnumLiteral(busTypeEEnum, BusType.SPI);
		addEEnumLiteral(busTypeEEnum, BusType.AMBA);
		addEEnumLiteral(busTypeEEnum, BusType.SPMI);
		addEEnumLiteral(busTypeEEnum, BusType.MDIO);
		addEEnumLiteral(busTypeEEnum, BusType.USB);
		addEEnumLiteral(busTypeEEnum, BusType.PCI);
		addEEnumLiteral(busTypeEEnum, BusType.VIRTUAL);

		initEEnum(probeStateEEnum, ProbeState.class, "ProbeState");
		addEEnumLiteral(probeStateEEnum, ProbeState.NONE);
		addEEnumLiteral(probeStateEEnum, ProbeState.PROBING);
		addEEnumLiteral(probeStateEEnum, ProbeState.DEFERRED);
		addEEnumLiteral(probeStateEEnum, ProbeState.BOUND);
		addEEnumLiteral(probeStateEEnum, ProbeState.FAILED);

		initEEnum(driverKindEEnum, DriverKind.class, "DriverKind");
		addEEnumLiteral(driverKindEEnum, DriverKind.BUILT_IN);
		addEEnumLiteral(driverKindEEnum, DriverKind.MODULE);

		initEEnum(initcallLevelEEnum, InitcallLevel.class, "InitcallLevel");
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.PURE);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.CORE);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.POSTCORE);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.ARCH);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.SUBSYS);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.FS);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.ROOTFS);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.DEVICE);
		addEEnumLiteral(initcallLevelEEnum, InitcallLevel.LATE);

		initEEnum(deviceLinkFlagEEnum, DeviceLinkFlag.class, "DeviceLinkFlag");
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.STATELESS);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.AUTOREMOVE_CONSUMER);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.PM_RUNTIME);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.RPM_ACTIVE);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.AUTOREMOVE_SUPPLIER);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.AUTOPROBE_CONSUMER);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.MANAGED);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.SYNC_STATE_ONLY);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.INFERRED);
		addEEnumLiteral(deviceLinkFlagEEnum, DeviceLinkFlag.CYCLE);

		initEEnum(deviceLinkStateEEnum, DeviceLinkState.class, "DeviceLinkState");
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.NONE);
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.DORMANT);
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.AVAILABLE);
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.CONSUMER_PROBE);
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.ACTIVE);
		addEEnumLiteral(deviceLinkStateEEnum, DeviceLinkState.SUPPLIER_UNBIND);

		initEEnum(rpmStatusEEnum, RpmStatus.class, "RpmStatus");
		addEEnumLiteral(rpmStatusEEnum, RpmStatus.ACTIVE);
		addEEnumLiteral(rpmStatusEEnum, RpmStatus.RESUMING);
		addEEnumLiteral(rpmStatusEEnum, RpmStatus.SUSPENDED);
		addEEnumLiteral(rpmStatusEEnum, RpmStatus.SUSPENDING);

		// Create resource
		createResource(eNS_URI);
	}

} //TopologyPackageImpl
