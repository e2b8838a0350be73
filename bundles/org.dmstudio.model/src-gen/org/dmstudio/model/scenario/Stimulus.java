/**
 */
package org.dmstudio.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.Stimulus#getTimeNs <em>Time Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.scenario.Stimulus#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getStimulus()
 * @model abstract="true"
 * @generated
 */
public interface Stimulus extends EObject {
	/**
	 * Returns the value of the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Ns</em>' attribute.
	 * @see #setTimeNs(long)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getStimulus_TimeNs()
	 * @model
	 * @generated
	 */
	long getTimeNs();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Stimulus#getTimeNs <em>Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Ns</em>' attribute.
	 * @see #getTimeNs()
	 * @generated
	 */
	void setTimeNs(long value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getStimulus_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.Stimulus#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Stimulus
