/**
 */
package org.dmstudio.model.behaviour;

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
 * Driver callbacks as data: ordered kernel calls with an error-unwind list, so that the buggy and the fixed variant of a driver are both expressible.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.behaviour.BehaviourFactory
 * @model kind="package"
 * @generated
 */
public interface BehaviourPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "behaviour";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dmstudio.org/model/behaviour/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "behaviour";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BehaviourPackage eINSTANCE = org.dmstudio.model.behaviour.impl.BehaviourPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.impl.DriverBehaviourImpl <em>Driver Behaviour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.impl.DriverBehaviourImpl
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getDriverBehaviour()
	 * @generated
	 */
	int DRIVER_BEHAVIOUR = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_BEHAVIOUR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Callbacks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_BEHAVIOUR__CALLBACKS = 1;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_BEHAVIOUR__VARIABLES = 2;

	/**
	 * The number of structural features of the '<em>Driver Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_BEHAVIOUR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Driver Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_BEHAVIOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.impl.RecipeImpl <em>Recipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.impl.RecipeImpl
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getRecipe()
	 * @generated
	 */
	int RECIPE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__STEPS = 3;

	/**
	 * The feature id for the '<em><b>Unwind</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__UNWIND = 4;

	/**
	 * The number of structural features of the '<em>Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.impl.StepImpl
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 2;

	/**
	 * The feature id for the '<em><b>Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CALL = 0;

	/**
	 * The feature id for the '<em><b>Argument</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ARGUMENT = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ERRNO = 3;

	/**
	 * The feature id for the '<em><b>Link Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LINK_FLAGS = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TARGET = 5;

	/**
	 * The feature id for the '<em><b>Callee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CALLEE = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LABEL = 7;

	/**
	 * The feature id for the '<em><b>On Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ON_ERROR = 8;

	/**
	 * The feature id for the '<em><b>Ignore Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__IGNORE_RESULT = 9;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COMMENT = 10;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.impl.StateVariableImpl <em>State Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.impl.StateVariableImpl
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getStateVariable()
	 * @generated
	 */
	int STATE_VARIABLE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE__SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE__INITIAL_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE__BOUND = 3;

	/**
	 * The number of structural features of the '<em>State Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>State Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_VARIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.VariableScope <em>Variable Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.VariableScope
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getVariableScope()
	 * @generated
	 */
	int VARIABLE_SCOPE = 4;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.CallbackKind <em>Callback Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getCallbackKind()
	 * @generated
	 */
	int CALLBACK_KIND = 5;

	/**
	 * The meta object id for the '{@link org.dmstudio.model.behaviour.KernelCall <em>Kernel Call</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getKernelCall()
	 * @generated
	 */
	int KERNEL_CALL = 6;


	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.behaviour.DriverBehaviour <em>Driver Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver Behaviour</em>'.
	 * @see org.dmstudio.model.behaviour.DriverBehaviour
	 * @generated
	 */
	EClass getDriverBehaviour();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.DriverBehaviour#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.behaviour.DriverBehaviour#getName()
	 * @see #getDriverBehaviour()
	 * @generated
	 */
	EAttribute getDriverBehaviour_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.behaviour.DriverBehaviour#getCallbacks <em>Callbacks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Callbacks</em>'.
	 * @see org.dmstudio.model.behaviour.DriverBehaviour#getCallbacks()
	 * @see #getDriverBehaviour()
	 * @generated
	 */
	EReference getDriverBehaviour_Callbacks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.behaviour.DriverBehaviour#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.dmstudio.model.behaviour.DriverBehaviour#getVariables()
	 * @see #getDriverBehaviour()
	 * @generated
	 */
	EReference getDriverBehaviour_Variables();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.behaviour.Recipe <em>Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe
	 * @generated
	 */
	EClass getRecipe();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Recipe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe#getName()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Recipe#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe#getKind()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Recipe#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe#getSource()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.behaviour.Recipe#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe#getSteps()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dmstudio.model.behaviour.Recipe#getUnwind <em>Unwind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unwind</em>'.
	 * @see org.dmstudio.model.behaviour.Recipe#getUnwind()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Unwind();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.behaviour.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.dmstudio.model.behaviour.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getCall()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Call();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getArgument <em>Argument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Argument</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getArgument()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Argument();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getValue()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getErrno()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Errno();

	/**
	 * Returns the meta object for the attribute list '{@link org.dmstudio.model.behaviour.Step#getLinkFlags <em>Link Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Link Flags</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getLinkFlags()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_LinkFlags();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.behaviour.Step#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getTarget()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Target();

	/**
	 * Returns the meta object for the reference '{@link org.dmstudio.model.behaviour.Step#getCallee <em>Callee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Callee</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getCallee()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Callee();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getLabel()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getOnError <em>On Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Error</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getOnError()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_OnError();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#isIgnoreResult <em>Ignore Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ignore Result</em>'.
	 * @see org.dmstudio.model.behaviour.Step#isIgnoreResult()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_IgnoreResult();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.Step#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.dmstudio.model.behaviour.Step#getComment()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Comment();

	/**
	 * Returns the meta object for class '{@link org.dmstudio.model.behaviour.StateVariable <em>State Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Variable</em>'.
	 * @see org.dmstudio.model.behaviour.StateVariable
	 * @generated
	 */
	EClass getStateVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.StateVariable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dmstudio.model.behaviour.StateVariable#getName()
	 * @see #getStateVariable()
	 * @generated
	 */
	EAttribute getStateVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.StateVariable#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.dmstudio.model.behaviour.StateVariable#getScope()
	 * @see #getStateVariable()
	 * @generated
	 */
	EAttribute getStateVariable_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.StateVariable#getInitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Value</em>'.
	 * @see org.dmstudio.model.behaviour.StateVariable#getInitialValue()
	 * @see #getStateVariable()
	 * @generated
	 */
	EAttribute getStateVariable_InitialValue();

	/**
	 * Returns the meta object for the attribute '{@link org.dmstudio.model.behaviour.StateVariable#getBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see org.dmstudio.model.behaviour.StateVariable#getBound()
	 * @see #getStateVariable()
	 * @generated
	 */
	EAttribute getStateVariable_Bound();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.behaviour.VariableScope <em>Variable Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Variable Scope</em>'.
	 * @see org.dmstudio.model.behaviour.VariableScope
	 * @generated
	 */
	EEnum getVariableScope();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.behaviour.CallbackKind <em>Callback Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Callback Kind</em>'.
	 * @see org.dmstudio.model.behaviour.CallbackKind
	 * @generated
	 */
	EEnum getCallbackKind();

	/**
	 * Returns the meta object for enum '{@link org.dmstudio.model.behaviour.KernelCall <em>Kernel Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kernel Call</em>'.
	 * @see org.dmstudio.model.behaviour.KernelCall
	 * @generated
	 */
	EEnum getKernelCall();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BehaviourFactory getBehaviourFactory();

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
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.impl.DriverBehaviourImpl <em>Driver Behaviour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.impl.DriverBehaviourImpl
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getDriverBehaviour()
		 * @generated
		 */
		EClass DRIVER_BEHAVIOUR = eINSTANCE.getDriverBehaviour();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_BEHAVIOUR__NAME = eINSTANCE.getDriverBehaviour_Name();

		/**
		 * The meta object literal for the '<em><b>Callbacks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_BEHAVIOUR__CALLBACKS = eINSTANCE.getDriverBehaviour_Callbacks();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_BEHAVIOUR__VARIABLES = eINSTANCE.getDriverBehaviour_Variables();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.impl.RecipeImpl <em>Recipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.impl.RecipeImpl
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getRecipe()
		 * @generated
		 */
		EClass RECIPE = eINSTANCE.getRecipe();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__NAME = eINSTANCE.getRecipe_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__KIND = eINSTANCE.getRecipe_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__SOURCE = eINSTANCE.getRecipe_Source();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__STEPS = eINSTANCE.getRecipe_Steps();

		/**
		 * The meta object literal for the '<em><b>Unwind</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__UNWIND = eINSTANCE.getRecipe_Unwind();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.impl.StepImpl
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__CALL = eINSTANCE.getStep_Call();

		/**
		 * The meta object literal for the '<em><b>Argument</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ARGUMENT = eINSTANCE.getStep_Argument();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__VALUE = eINSTANCE.getStep_Value();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ERRNO = eINSTANCE.getStep_Errno();

		/**
		 * The meta object literal for the '<em><b>Link Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__LINK_FLAGS = eINSTANCE.getStep_LinkFlags();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TARGET = eINSTANCE.getStep_Target();

		/**
		 * The meta object literal for the '<em><b>Callee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__CALLEE = eINSTANCE.getStep_Callee();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__LABEL = eINSTANCE.getStep_Label();

		/**
		 * The meta object literal for the '<em><b>On Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ON_ERROR = eINSTANCE.getStep_OnError();

		/**
		 * The meta object literal for the '<em><b>Ignore Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__IGNORE_RESULT = eINSTANCE.getStep_IgnoreResult();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__COMMENT = eINSTANCE.getStep_Comment();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.impl.StateVariableImpl <em>State Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.impl.StateVariableImpl
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getStateVariable()
		 * @generated
		 */
		EClass STATE_VARIABLE = eINSTANCE.getStateVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_VARIABLE__NAME = eINSTANCE.getStateVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_VARIABLE__SCOPE = eINSTANCE.getStateVariable_Scope();

		/**
		 * The meta object literal for the '<em><b>Initial Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_VARIABLE__INITIAL_VALUE = eINSTANCE.getStateVariable_InitialValue();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_VARIABLE__BOUND = eINSTANCE.getStateVariable_Bound();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.VariableScope <em>Variable Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.VariableScope
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getVariableScope()
		 * @generated
		 */
		EEnum VARIABLE_SCOPE = eINSTANCE.getVariableScope();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.CallbackKind <em>Callback Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.CallbackKind
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getCallbackKind()
		 * @generated
		 */
		EEnum CALLBACK_KIND = eINSTANCE.getCallbackKind();

		/**
		 * The meta object literal for the '{@link org.dmstudio.model.behaviour.KernelCall <em>Kernel Call</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dmstudio.model.behaviour.KernelCall
		 * @see org.dmstudio.model.behaviour.impl.BehaviourPackageImpl#getKernelCall()
		 * @generated
		 */
		EEnum KERNEL_CALL = eINSTANCE.getKernelCall();

	}

} //BehaviourPackage
