/**
 */
package org.dmstudio.model.dt;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Number Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.NumberCell#getValue <em>Value</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.NumberCell#getExpression <em>Expression</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getNumberCell()
 * @model
 * @generated
 */
public interface NumberCell extends Cell {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(long)
	 * @see org.dmstudio.model.dt.DtPackage#getNumberCell_Value()
	 * @model
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.NumberCell#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source text before preprocessing, e.g. RK3588_PD_NPU, when it differs from the number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.dmstudio.model.dt.DtPackage#getNumberCell_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.NumberCell#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

} // NumberCell
