/**
 */
package org.dmstudio.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regulator Supply</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A consumer's NAME-supply property.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.RegulatorSupply#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RegulatorSupply#getRegulator <em>Regulator</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.RegulatorSupply#getEnableCount <em>Enable Count</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getRegulatorSupply()
 * @model
 * @generated
 */
public interface RegulatorSupply extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulatorSupply_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RegulatorSupply#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Regulator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regulator</em>' reference.
	 * @see #setRegulator(Regulator)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulatorSupply_Regulator()
	 * @model
	 * @generated
	 */
	Regulator getRegulator();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RegulatorSupply#getRegulator <em>Regulator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regulator</em>' reference.
	 * @see #getRegulator()
	 * @generated
	 */
	void setRegulator(Regulator value);

	/**
	 * Returns the value of the '<em><b>Enable Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enable Count</em>' attribute.
	 * @see #setEnableCount(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulatorSupply_EnableCount()
	 * @model
	 * @generated
	 */
	int getEnableCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.RegulatorSupply#getEnableCount <em>Enable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enable Count</em>' attribute.
	 * @see #getEnableCount()
	 * @generated
	 */
	void setEnableCount(int value);

} // RegulatorSupply
