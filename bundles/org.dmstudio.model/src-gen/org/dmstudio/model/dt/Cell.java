/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.Cell#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getCell()
 * @model abstract="true"
 * @generated
 */
public interface Cell extends EObject {
	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getCell_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

} // Cell
