/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A style applied on top of the base style when its condition holds; later ones win.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getLegendLabel <em>Legend Label</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getConditionalStyle()
 * @model
 * @generated
 */
public interface ConditionalStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getConditionalStyle_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Legend Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the style means, shown in the legend; empty leaves it out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legend Label</em>' attribute.
	 * @see #setLegendLabel(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getConditionalStyle_LegendLabel()
	 * @model
	 * @generated
	 */
	String getLegendLabel();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getLegendLabel <em>Legend Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legend Label</em>' attribute.
	 * @see #getLegendLabel()
	 * @generated
	 */
	void setLegendLabel(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(Style)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getConditionalStyle_Style()
	 * @model containment="true"
	 * @generated
	 */
	Style getStyle();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.ConditionalStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(Style value);

} // ConditionalStyle
