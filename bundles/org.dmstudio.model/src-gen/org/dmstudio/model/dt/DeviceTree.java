/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Tree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#getSourceFiles <em>Source Files</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#getIncludePaths <em>Include Paths</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#isPlugin <em>Plugin</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#getMemreserves <em>Memreserves</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.DeviceTree#getRoot <em>Root</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree()
 * @model
 * @generated
 */
public interface DeviceTree extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.DeviceTree#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main source file first, then every file it included, in include order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Files</em>' attribute list.
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_SourceFiles()
	 * @model
	 * @generated
	 */
	EList<String> getSourceFiles();

	/**
	 * Returns the value of the '<em><b>Include Paths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Paths</em>' attribute list.
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_IncludePaths()
	 * @model
	 * @generated
	 */
	EList<String> getIncludePaths();

	/**
	 * Returns the value of the '<em><b>Plugin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for an overlay (/plugin/;).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plugin</em>' attribute.
	 * @see #setPlugin(boolean)
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_Plugin()
	 * @model
	 * @generated
	 */
	boolean isPlugin();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.DeviceTree#isPlugin <em>Plugin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plugin</em>' attribute.
	 * @see #isPlugin()
	 * @generated
	 */
	void setPlugin(boolean value);

	/**
	 * Returns the value of the '<em><b>Memreserves</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.MemReserve}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memreserves</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_Memreserves()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemReserve> getMemreserves();

	/**
	 * Returns the value of the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' containment reference.
	 * @see #setRoot(Node)
	 * @see org.dmstudio.model.dt.DtPackage#getDeviceTree_Root()
	 * @model containment="true"
	 * @generated
	 */
	Node getRoot();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.DeviceTree#getRoot <em>Root</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' containment reference.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(Node value);

} // DeviceTree
