/**
 */
package org.dmstudio.model.topology;

import org.dmstudio.model.dt.Node;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regulator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regulator_dev, identified by regulator-name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getSupply <em>Supply</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getUseCount <em>Use Count</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#isAlwaysOn <em>Always On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#isBootOn <em>Boot On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getMinMicrovolt <em>Min Microvolt</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Regulator#getMaxMicrovolt <em>Max Microvolt</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator()
 * @model
 * @generated
 */
public interface Regulator extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device whose driver registers it, e.g. the PMIC on i2c.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_Provider()
	 * @model
	 * @generated
	 */
	Device getProvider();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Device value);

	/**
	 * Returns the value of the '<em><b>Supply</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply</em>' reference.
	 * @see #setSupply(Regulator)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_Supply()
	 * @model
	 * @generated
	 */
	Regulator getSupply();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getSupply <em>Supply</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supply</em>' reference.
	 * @see #getSupply()
	 * @generated
	 */
	void setSupply(Regulator value);

	/**
	 * Returns the value of the '<em><b>Use Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Count</em>' attribute.
	 * @see #setUseCount(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_UseCount()
	 * @model
	 * @generated
	 */
	int getUseCount();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getUseCount <em>Use Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Count</em>' attribute.
	 * @see #getUseCount()
	 * @generated
	 */
	void setUseCount(int value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Always On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Always On</em>' attribute.
	 * @see #setAlwaysOn(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_AlwaysOn()
	 * @model
	 * @generated
	 */
	boolean isAlwaysOn();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#isAlwaysOn <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Always On</em>' attribute.
	 * @see #isAlwaysOn()
	 * @generated
	 */
	void setAlwaysOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Boot On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot On</em>' attribute.
	 * @see #setBootOn(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_BootOn()
	 * @model
	 * @generated
	 */
	boolean isBootOn();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#isBootOn <em>Boot On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot On</em>' attribute.
	 * @see #isBootOn()
	 * @generated
	 */
	void setBootOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Min Microvolt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Microvolt</em>' attribute.
	 * @see #setMinMicrovolt(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_MinMicrovolt()
	 * @model
	 * @generated
	 */
	int getMinMicrovolt();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getMinMicrovolt <em>Min Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Microvolt</em>' attribute.
	 * @see #getMinMicrovolt()
	 * @generated
	 */
	void setMinMicrovolt(int value);

	/**
	 * Returns the value of the '<em><b>Max Microvolt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Microvolt</em>' attribute.
	 * @see #setMaxMicrovolt(int)
	 * @see org.dmstudio.model.topology.TopologyPackage#getRegulator_MaxMicrovolt()
	 * @model
	 * @generated
	 */
	int getMaxMicrovolt();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Regulator#getMaxMicrovolt <em>Max Microvolt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Microvolt</em>' attribute.
	 * @see #getMaxMicrovolt()
	 * @generated
	 */
	void setMaxMicrovolt(int value);

} // Regulator
