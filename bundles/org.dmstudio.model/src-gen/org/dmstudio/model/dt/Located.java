/**
 */
package org.dmstudio.model.dt;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Located</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.Located#getLocations <em>Locations</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.dt.DtPackage#getLocated()
 * @model abstract="true"
 * @generated
 */
public interface Located extends EObject {
	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.model.dt.SourceLocation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every place that defined or changed this element, in source order (e.g. the SoC .dtsi, then the board .dts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see org.dmstudio.model.dt.DtPackage#getLocated_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceLocation> getLocations();

} // Located
