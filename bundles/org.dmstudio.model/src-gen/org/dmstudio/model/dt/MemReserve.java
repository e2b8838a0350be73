/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mem Reserve</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.MemReserve#getAddress <em>Address</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.MemReserve#getSize <em>Size</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.MemReserve#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getMemReserve()
 * @model
 * @generated
 */
public interface MemReserve extends Located {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.dmstudio.model.dt.DtPackage#getMemReserve_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.MemReserve#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.dmstudio.model.dt.DtPackage#getMemReserve_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.MemReserve#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getMemReserve_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

} // MemReserve
