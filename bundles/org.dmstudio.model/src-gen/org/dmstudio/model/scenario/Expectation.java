/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.topology.Device;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expectation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.Expectation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Expectation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Expectation#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Expectation#getValue <em>Value</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Expectation#getAtNs <em>At Ns</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation()
 * @model
 * @generated
 */
public interface Expectation extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Expectation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.scenario.ExpectationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.scenario.ExpectationKind
	 * @see #setKind(ExpectationKind)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation_Kind()
	 * @model
	 * @generated
	 */
	ExpectationKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Expectation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.scenario.ExpectationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExpectationKind value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Expectation#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expected value: a ProbeState or RpmStatus literal, an errno (-22 or -EINVAL), a count, or a text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Expectation#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>At Ns</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Check at this time; -1 checks at the end of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At Ns</em>' attribute.
	 * @see #setAtNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectation_AtNs()
	 * @model default="-1"
	 * @generated
	 */
	long getAtNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Expectation#getAtNs <em>At Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Ns</em>' attribute.
	 * @see #getAtNs()
	 * @generated
	 */
	void setAtNs(long value);

} // Expectation
