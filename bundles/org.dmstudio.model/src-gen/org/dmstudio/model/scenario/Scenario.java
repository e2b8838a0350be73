/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.sched.DrmDevice;

import org.dmstudio.model.topology.Board;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getBoard <em>Board</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getDrmDevice <em>Drm Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getConfig <em>Config</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getStimuli <em>Stimuli</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Scenario#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Board</em>' reference.
	 * @see #setBoard(Board)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Board()
	 * @model
	 * @generated
	 */
	Board getBoard();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getBoard <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' reference.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(Board value);

	/**
	 * Returns the value of the '<em><b>Drm Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drm Device</em>' reference.
	 * @see #setDrmDevice(DrmDevice)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_DrmDevice()
	 * @model
	 * @generated
	 */
	DrmDevice getDrmDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getDrmDevice <em>Drm Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drm Device</em>' reference.
	 * @see #getDrmDevice()
	 * @generated
	 */
	void setDrmDevice(DrmDevice value);

	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference.
	 * @see #setConfig(KernelConfig)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Config()
	 * @model containment="true"
	 * @generated
	 */
	KernelConfig getConfig();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Scenario#getConfig <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config</em>' containment reference.
	 * @see #getConfig()
	 * @generated
	 */
	void setConfig(KernelConfig value);

	/**
	 * Returns the value of the '<em><b>Stimuli</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.scenario.Stimulus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timeline, in any order; the engine orders by time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stimuli</em>' containment reference list.
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Stimuli()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stimulus> getStimuli();

	/**
	 * Returns the value of the '<em><b>Expectations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.scenario.Expectation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectations</em>' containment reference list.
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Expectations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expectation> getExpectations();

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.scenario.BehaviourOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Driver variants for this scenario only (a proposed patch, a workaround); the board stays untouched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getScenario_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<BehaviourOverride> getOverrides();

} // Scenario
