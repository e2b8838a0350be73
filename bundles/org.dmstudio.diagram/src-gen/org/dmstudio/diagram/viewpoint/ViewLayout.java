/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>View Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the user placed by hand in one view.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ViewLayout#getDiagram <em>Diagram</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ViewLayout#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ViewLayout#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getViewLayout()
 * @model
 * @generated
 */
public interface ViewLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Diagram</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagram description name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram</em>' attribute.
	 * @see #setDiagram(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getViewLayout_Diagram()
	 * @model
	 * @generated
	 */
	String getDiagram();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.ViewLayout#getDiagram <em>Diagram</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram</em>' attribute.
	 * @see #getDiagram()
	 * @generated
	 */
	void setDiagram(String value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The view parameter, e.g. the device of a resume chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getViewLayout_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.ViewLayout#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>Pins</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.Pin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pins</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getViewLayout_Pins()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pin> getPins();

} // ViewLayout
