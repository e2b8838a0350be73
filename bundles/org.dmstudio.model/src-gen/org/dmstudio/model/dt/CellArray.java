/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.CellArray#getBits <em>Bits</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.CellArray#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getCellArray()
 * @model
 * @generated
 */
public interface CellArray extends ValueChunk {
	/**
	 * Returns the value of the '<em><b>Bits</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bits</em>' attribute.
	 * @see #setBits(int)
	 * @see org.dmstudio.model.dt.DtPackage#getCellArray_Bits()
	 * @model default="32"
	 * @generated
	 */
	int getBits();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.CellArray#getBits <em>Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bits</em>' attribute.
	 * @see #getBits()
	 * @generated
	 */
	void setBits(int value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Cell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getCellArray_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cell> getCells();

} // CellArray
