/**
 */
package org.dmstudio.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Bus#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Bus#getType <em>Type</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Bus#getController <em>Controller</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getBus()
 * @model
 * @generated
 */
public interface Bus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Bus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.topology.BusType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.dmstudio.model.topology.BusType
	 * @see #setType(BusType)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBus_Type()
	 * @model
	 * @generated
	 */
	BusType getType();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Bus#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.dmstudio.model.topology.BusType
	 * @see #getType()
	 * @generated
	 */
	void setType(BusType value);

	/**
	 * Returns the value of the '<em><b>Controller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device that provides this bus (the i2c adapter's controller); null for the platform bus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controller</em>' reference.
	 * @see #setController(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getBus_Controller()
	 * @model
	 * @generated
	 */
	Device getController();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Bus#getController <em>Controller</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller</em>' reference.
	 * @see #getController()
	 * @generated
	 */
	void setController(Device value);

} // Bus
