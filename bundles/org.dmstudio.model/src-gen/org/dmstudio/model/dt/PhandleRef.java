/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phandle Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getPath <em>Path</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getNumber <em>Number</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.PhandleRef#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef()
 * @model
 * @generated
 */
public interface PhandleRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.model.dt.RefKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.dt.RefKind
	 * @see #setKind(RefKind)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Kind()
	 * @model
	 * @generated
	 */
	RefKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.model.dt.RefKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RefKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(long)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Number()
	 * @model
	 * @generated
	 */
	long getNumber();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(long value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node the reference resolves to; null while unresolved (a dangling phandle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Node)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Target()
	 * @model
	 * @generated
	 */
	Node getTarget();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Node value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' containment reference.
	 * @see #setLocation(SourceLocation)
	 * @see org.dmstudio.model.dt.DtPackage#getPhandleRef_Location()
	 * @model containment="true"
	 * @generated
	 */
	SourceLocation getLocation();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PhandleRef#getLocation <em>Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' containment reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(SourceLocation value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference as written in source: &label, &{/path} or a raw number.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String format();

} // PhandleRef
