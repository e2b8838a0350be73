/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Chunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.ValueChunk#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.ValueChunk#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getValueChunk()
 * @model abstract="true"
 * @generated
 */
public interface ValueChunk extends EObject {
	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels placed before this chunk inside the value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getValueChunk_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' containment reference.
	 * @see #setLocation(SourceLocation)
	 * @see org.dmstudio.model.dt.DtPackage#getValueChunk_Location()
	 * @model containment="true"
	 * @generated
	 */
	SourceLocation getLocation();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.dt.ValueChunk#getLocation <em>Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' containment reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(SourceLocation value);

} // ValueChunk
