/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.Node#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getUnitAddress <em>Unit Address</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getChildren <em>Children</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getParent <em>Parent</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#isDeleted <em>Deleted</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#isOmitIfNoRef <em>Omit If No Ref</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.Node#getPhandle <em>Phandle</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Address</em>' attribute.
	 * @see #setUnitAddress(String)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_UnitAddress()
	 * @model
	 * @generated
	 */
	String getUnitAddress();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#getUnitAddress <em>Unit Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Address</em>' attribute.
	 * @see #getUnitAddress()
	 * @generated
	 */
	void setUnitAddress(String value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Node}.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.dt.Node#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Children()
	 * @see org.dmstudio.model.dt.Node#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Node> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.dmstudio.model.dt.Node#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Node)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Parent()
	 * @see org.dmstudio.model.dt.Node#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Node getParent();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Node value);

	/**
	 * Returns the value of the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Removed by /delete-node/; kept so the editor can show where and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted</em>' attribute.
	 * @see #setDeleted(boolean)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Deleted()
	 * @model
	 * @generated
	 */
	boolean isDeleted();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#isDeleted <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted</em>' attribute.
	 * @see #isDeleted()
	 * @generated
	 */
	void setDeleted(boolean value);

	/**
	 * Returns the value of the '<em><b>Omit If No Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Omit If No Ref</em>' attribute.
	 * @see #setOmitIfNoRef(boolean)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_OmitIfNoRef()
	 * @model
	 * @generated
	 */
	boolean isOmitIfNoRef();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#isOmitIfNoRef <em>Omit If No Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Omit If No Ref</em>' attribute.
	 * @see #isOmitIfNoRef()
	 * @generated
	 */
	void setOmitIfNoRef(boolean value);

	/**
	 * Returns the value of the '<em><b>Phandle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phandle dtc assigns (0 when none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phandle</em>' attribute.
	 * @see #setPhandle(long)
	 * @see org.dmstudio.model.dt.DtPackage#getNode_Phandle()
	 * @model
	 * @generated
	 */
	long getPhandle();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.Node#getPhandle <em>Phandle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phandle</em>' attribute.
	 * @see #getPhandle()
	 * @generated
	 */
	void setPhandle(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node name as dtc prints it: name@unit-address.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getFullName();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getPath();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	Property getProperty(String name);

} // Node
