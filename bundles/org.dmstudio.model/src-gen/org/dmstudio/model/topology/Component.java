/**
 */
package org.dmstudio.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.Component#getDevice <em>Device</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Component#isAdded <em>Added</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.Component#isBound <em>Bound</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.topology.TopologyPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends EObject {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponent_Device()
	 * @model required="true"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Component#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added</em>' attribute.
	 * @see #setAdded(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponent_Added()
	 * @model
	 * @generated
	 */
	boolean isAdded();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Component#isAdded <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added</em>' attribute.
	 * @see #isAdded()
	 * @generated
	 */
	void setAdded(boolean value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see #setBound(boolean)
	 * @see org.dmstudio.model.topology.TopologyPackage#getComponent_Bound()
	 * @model
	 * @generated
	 */
	boolean isBound();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.topology.Component#isBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see #isBound()
	 * @generated
	 */
	void setBound(boolean value);

} // Component
