/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an element is drawn; unset values (DEFAULT, empty, 0) keep what the base style or an earlier conditional style set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getShape <em>Shape</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getFill <em>Fill</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getStroke <em>Stroke</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getTextColor <em>Text Color</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getStrokeWidth <em>Stroke Width</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getFontStyle <em>Font Style</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getArrow <em>Arrow</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Style#getBadge <em>Badge</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_Shape()
	 * @model
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill</em>' attribute.
	 * @see #setFill(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_Fill()
	 * @model
	 * @generated
	 */
	String getFill();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getFill <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill</em>' attribute.
	 * @see #getFill()
	 * @generated
	 */
	void setFill(String value);

	/**
	 * Returns the value of the '<em><b>Stroke</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stroke</em>' attribute.
	 * @see #setStroke(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_Stroke()
	 * @model
	 * @generated
	 */
	String getStroke();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getStroke <em>Stroke</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stroke</em>' attribute.
	 * @see #getStroke()
	 * @generated
	 */
	void setStroke(String value);

	/**
	 * Returns the value of the '<em><b>Text Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Color</em>' attribute.
	 * @see #setTextColor(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_TextColor()
	 * @model
	 * @generated
	 */
	String getTextColor();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getTextColor <em>Text Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Color</em>' attribute.
	 * @see #getTextColor()
	 * @generated
	 */
	void setTextColor(String value);

	/**
	 * Returns the value of the '<em><b>Stroke Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 inherits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stroke Width</em>' attribute.
	 * @see #setStrokeWidth(double)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_StrokeWidth()
	 * @model
	 * @generated
	 */
	double getStrokeWidth();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getStrokeWidth <em>Stroke Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stroke Width</em>' attribute.
	 * @see #getStrokeWidth()
	 * @generated
	 */
	void setStrokeWidth(double value);

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Font Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.FontStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font Style</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.FontStyle
	 * @see #setFontStyle(FontStyle)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_FontStyle()
	 * @model
	 * @generated
	 */
	FontStyle getFontStyle();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getFontStyle <em>Font Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Style</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.FontStyle
	 * @see #getFontStyle()
	 * @generated
	 */
	void setFontStyle(FontStyle value);

	/**
	 * Returns the value of the '<em><b>Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arrow</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.ArrowKind
	 * @see #setArrow(ArrowKind)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_Arrow()
	 * @model
	 * @generated
	 */
	ArrowKind getArrow();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getArrow <em>Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrow</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.ArrowKind
	 * @see #getArrow()
	 * @generated
	 */
	void setArrow(ArrowKind value);

	/**
	 * Returns the value of the '<em><b>Badge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A label template drawn as an extra line, e.g. the stored errno.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Badge</em>' attribute.
	 * @see #setBadge(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getStyle_Badge()
	 * @model
	 * @generated
	 */
	String getBadge();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Style#getBadge <em>Badge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Badge</em>' attribute.
	 * @see #getBadge()
	 * @generated
	 */
	void setBadge(String value);

} // Style
