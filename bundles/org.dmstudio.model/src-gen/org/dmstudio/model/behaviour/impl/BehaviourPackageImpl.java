/**
 */
package org.dmstudio.model.behaviour.impl;

import org.dmstudio.model.behaviour.BehaviourFactory;
import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.StateVariable;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.behaviour.VariableScope;

import org.dmstudio.model.dt.DtPackage;

import org.dmstudio.model.dt.impl.DtPackageImpl;

import org.dmstudio.model.scenario.ScenarioPackage;

import org.dmstudio.model.scenario.impl.ScenarioPackageImpl;

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
public class BehaviourPackageImpl extends EPackageImpl implements BehaviourPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverBehaviourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recipeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stateVariableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum variableScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum callbackKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kernelCallEEnum = null;

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
	 * @see org.dmstudio.model.behaviour.BehaviourPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BehaviourPackageImpl() {
		super(eNS_URI, BehaviourFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link BehaviourPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BehaviourPackage init() {
		if (isInited) return (BehaviourPackage)EPackage.Registry.INSTANCE.getEPackage(BehaviourPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBehaviourPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BehaviourPackageImpl theBehaviourPackage = registeredBehaviourPackage instanceof BehaviourPackageImpl ? (BehaviourPackageImpl)registeredBehaviourPackage : new BehaviourPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DtPackage.eNS_URI);
		DtPackageImpl theDtPackage = (DtPackageImpl)(registeredPackage instanceof DtPackageImpl ? registeredPackage : DtPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedPackage.eNS_URI);
		SchedPackageImpl theSchedPackage = (SchedPackageImpl)(registeredPackage instanceof SchedPackageImpl ? registeredPackage : SchedPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theBehaviourPackage.createPackageContents();
		theDtPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		theSchedPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theBehaviourPackage.initializePackageContents();
		theDtPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		theSchedPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBehaviourPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BehaviourPackage.eNS_URI, theBehaviourPackage);
		return theBehaviourPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriverBehaviour() {
		return driverBehaviourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverBehaviour_Name() {
		return (EAttribute)driverBehaviourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriverBehaviour_Callbacks() {
		return (EReference)driverBehaviourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriverBehaviour_Variables() {
		return (EReference)driverBehaviourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecipe() {
		return recipeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_Name() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_Kind() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipe_Source() {
		return (EAttribute)recipeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Steps() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipe_Unwind() {
		return (EReference)recipeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Call() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Argument() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Value() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Errno() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_LinkFlags() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Target() {
		return (EReference)stepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Callee() {
		return (EReference)stepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Label() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_OnError() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_IgnoreResult() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Comment() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStateVariable() {
		return stateVariableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateVariable_Name() {
		return (EAttribute)stateVariableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateVariable_Scope() {
		return (EAttribute)stateVariableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateVariable_InitialValue() {
		return (EAttribute)stateVariableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateVariable_Bound() {
		return (EAttribute)stateVariableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVariableScope() {
		return variableScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCallbackKind() {
		return callbackKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKernelCall() {
		return kernelCallEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BehaviourFactory getBehaviourFactory() {
		return (BehaviourFactory)getEFactoryInstance();
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
		driverBehaviourEClass = createEClass(DRIVER_BEHAVIOUR);
		createEAttribute(driverBehaviourEClass, DRIVER_BEHAVIOUR__NAME);
		createEReference(driverBehaviourEClass, DRIVER_BEHAVIOUR__CALLBACKS);
		createEReference(driverBehaviourEClass, DRIVER_BEHAVIOUR__VARIABLES);

		recipeEClass = createEClass(RECIPE);
		createEAttribute(recipeEClass, RECIPE__NAME);
		createEAttribute(recipeEClass, RECIPE__KIND);
		createEAttribute(recipeEClass, RECIPE__SOURCE);
		createEReference(recipeEClass, RECIPE__STEPS);
		createEReference(recipeEClass, RECIPE__UNWIND);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__CALL);
		createEAttribute(stepEClass, STEP__ARGUMENT);
		createEAttribute(stepEClass, STEP__VALUE);
		createEAttribute(stepEClass, STEP__ERRNO);
		createEAttribute(stepEClass, STEP__LINK_FLAGS);
		createEReference(stepEClass, STEP__TARGET);
		createEReference(stepEClass, STEP__CALLEE);
		createEAttribute(stepEClass, STEP__LABEL);
		createEAttribute(stepEClass, STEP__ON_ERROR);
		createEAttribute(stepEClass, STEP__IGNORE_RESULT);
		createEAttribute(stepEClass, STEP__COMMENT);

		stateVariableEClass = createEClass(STATE_VARIABLE);
		createEAttribute(stateVariableEClass, STATE_VARIABLE__NAME);
		createEAttribute(stateVariableEClass, STATE_VARIABLE__SCOPE);
		createEAttribute(stateVariableEClass, STATE_VARIABLE__INITIAL_VALUE);
		createEAttribute(stateVariableEClass, STATE_VARIABLE__BOUND);

		// Create enums
		variableScopeEEnum = createEEnum(VARIABLE_SCOPE);
		callbackKindEEnum = createEEnum(CALLBACK_KIND);
		kernelCallEEnum = createEEnum(KERNEL_CALL);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(driverBehaviourEClass, DriverBehaviour.class, "DriverBehaviour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriverBehaviour_Name(), ecorePackage.getEString(), "name", null, 0, 1, DriverBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriverBehaviour_Callbacks(), this.getRecipe(), null, "callbacks", null, 0, -1, DriverBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDriverBehaviour_Callbacks().getEKeys().add(this.getRecipe_Name());
		initEReference(getDriverBehaviour_Variables(), this.getStateVariable(), null, "variables", null, 0, -1, DriverBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recipeEClass, Recipe.class, "Recipe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecipe_Name(), ecorePackage.getEString(), "name", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipe_Kind(), this.getCallbackKind(), "kind", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipe_Source(), ecorePackage.getEString(), "source", null, 0, 1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Steps(), this.getStep(), null, "steps", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipe_Unwind(), this.getStep(), null, "unwind", null, 0, -1, Recipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Call(), this.getKernelCall(), "call", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Argument(), ecorePackage.getEString(), "argument", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Value(), ecorePackage.getELong(), "value", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Errno(), ecorePackage.getEInt(), "errno", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_LinkFlags(), theTopologyPackage.getDeviceLinkFlag(), "linkFlags", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Target(), theTopologyPackage.getDevice(), null, "target", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Callee(), this.getRecipe(), null, "callee", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Label(), ecorePackage.getEString(), "label", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_OnError(), ecorePackage.getEString(), "onError", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_IgnoreResult(), ecorePackage.getEBoolean(), "ignoreResult", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stateVariableEClass, StateVariable.class, "StateVariable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStateVariable_Name(), ecorePackage.getEString(), "name", null, 0, 1, StateVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateVariable_Scope(), this.getVariableScope(), "scope", null, 0, 1, StateVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateVariable_InitialValue(), ecorePackage.getELong(), "initialValue", null, 0, 1, StateVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateVariable_Bound(), ecorePackage.getELong(), "bound", null, 0, 1, StateVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(variableScopeEEnum, VariableScope.class, "VariableScope");
		addEEnumLiteral(variableScopeEEnum, VariableScope.DRIVER);
		addEEnumLiteral(variableScopeEEnum, VariableScope.DEVICE);

		initEEnum(callbackKindEEnum, CallbackKind.class, "CallbackKind");
		addEEnumLiteral(callbackKindEEnum, CallbackKind.PROBE);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.REMOVE);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.RUNTIME_RESUME);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.RUNTIME_SUSPEND);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.RUNTIME_IDLE);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.COMPONENT_BIND);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.COMPONENT_UNBIND);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.MASTER_BIND);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.MASTER_UNBIND);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.IRQ_HANDLER);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.IRQ_THREAD);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.RUN_JOB);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.TIMEDOUT_JOB);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.FREE_JOB);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.PD_POWER_ON);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.PD_POWER_OFF);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.IOMMU_PROBE_DEVICE);
		addEEnumLiteral(callbackKindEEnum, CallbackKind.HELPER);

		initEEnum(kernelCallEEnum, KernelCall.class, "KernelCall");
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_ENABLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_DISABLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_SET_ACTIVE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_SET_SUSPENDED);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_GET_SYNC);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_RESUME_AND_GET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_GET_NORESUME);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_RESUME);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_PUT);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_PUT_SYNC);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_PUT_NOIDLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_PUT_AUTOSUSPEND);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_MARK_LAST_BUSY);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_USE_AUTOSUSPEND);
		addEEnumLiteral(kernelCallEEnum, KernelCall.PM_RUNTIME_SET_AUTOSUSPEND_DELAY);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEV_PM_DOMAIN_ATTACH);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REGULATOR_GET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEVM_REGULATOR_GET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REGULATOR_ENABLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REGULATOR_DISABLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REGULATOR_REGISTER);
		addEEnumLiteral(kernelCallEEnum, KernelCall.CLK_GET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.CLK_PREPARE_ENABLE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.CLK_DISABLE_UNPREPARE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEVICE_LINK_ADD);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEVICE_LINK_DEL);
		addEEnumLiteral(kernelCallEEnum, KernelCall.IOMMU_ATTACH);
		addEEnumLiteral(kernelCallEEnum, KernelCall.IOMMU_DETACH);
		addEEnumLiteral(kernelCallEEnum, KernelCall.COMPONENT_ADD);
		addEEnumLiteral(kernelCallEEnum, KernelCall.COMPONENT_DEL);
		addEEnumLiteral(kernelCallEEnum, KernelCall.COMPONENT_MASTER_ADD);
		addEEnumLiteral(kernelCallEEnum, KernelCall.COMPONENT_BIND_ALL);
		addEEnumLiteral(kernelCallEEnum, KernelCall.COMPONENT_UNBIND_ALL);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REQUEST_IRQ);
		addEEnumLiteral(kernelCallEEnum, KernelCall.FREE_IRQ);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REG_READ);
		addEEnumLiteral(kernelCallEEnum, KernelCall.REG_WRITE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.FIELD_SET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.FIELD_CLEAR);
		addEEnumLiteral(kernelCallEEnum, KernelCall.FIELD_DEREF_IF_SET);
		addEEnumLiteral(kernelCallEEnum, KernelCall.FIELD_DEREF);
		addEEnumLiteral(kernelCallEEnum, KernelCall.VAR_INC);
		addEEnumLiteral(kernelCallEEnum, KernelCall.VAR_DEC);
		addEEnumLiteral(kernelCallEEnum, KernelCall.VAR_INDEX);
		addEEnumLiteral(kernelCallEEnum, KernelCall.GENPD_ADD_PROVIDER);
		addEEnumLiteral(kernelCallEEnum, KernelCall.GENPD_ADD_SUBDOMAIN);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DRM_SCHED_INIT);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DRM_SCHED_FINI);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DRM_DEV_REGISTER);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEV_ERR_PROBE);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DEV_INFO);
		addEEnumLiteral(kernelCallEEnum, KernelCall.DELAY);
		addEEnumLiteral(kernelCallEEnum, KernelCall.CALL);
		addEEnumLiteral(kernelCallEEnum, KernelCall.RETURN);

		// Create resource
		createResource(eNS_URI);
	}

} //BehaviourPackageImpl
