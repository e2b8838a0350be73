/**
 */
package org.dmstudio.model.dt;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Byte String</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.ByteString#getBytes <em>Bytes</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getByteString()
 * @model
 * @generated
 */
public interface ByteString extends ValueChunk {
	/**
	 * Returns the value of the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes</em>' attribute.
	 * @see #setBytes(byte[])
	 * @see org.dmstudio.model.dt.DtPackage#getByteString_Bytes()
	 * @model
	 * @generated
	 */
	byte[] getBytes();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.ByteString#getBytes <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes</em>' attribute.
	 * @see #getBytes()
	 * @generated
	 */
	void setBytes(byte[] value);

} // ByteString
