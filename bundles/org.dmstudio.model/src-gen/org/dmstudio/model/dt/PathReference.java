/**
 */
package org.dmstudio.model.dt;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Path Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference used as a string value (&label outside cells): the full path of the target node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.PathReference#getRef <em>Ref</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getPathReference()
 * @model
 * @generated
 */
public interface PathReference extends ValueChunk {
	/**
	 * Returns the value of the '<em><b>Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ref</em>' containment reference.
	 * @see #setRef(PhandleRef)
	 * @see org.dmstudio.model.dt.DtPackage#getPathReference_Ref()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PhandleRef getRef();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.PathReference#getRef <em>Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ref</em>' containment reference.
	 * @see #getRef()
	 * @generated
	 */
	void setRef(PhandleRef value);

} // PathReference
