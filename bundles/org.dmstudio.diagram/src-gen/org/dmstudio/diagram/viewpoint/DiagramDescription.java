/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One kind of diagram: the mappings that make its nodes and edges, its layout, layers and filters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getTitle <em>Title</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getDescription <em>Description</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name users pick a view by, e.g. links or power.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A label template for the export title; {model} is the model name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.LayoutKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.LayoutKind
	 * @see #setLayout(LayoutKind)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Layout()
	 * @model
	 * @generated
	 */
	LayoutKind getLayout();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.LayoutKind
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(LayoutKind value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.Direction
	 * @see #setDirection(Direction)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Space between nodes, in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see #setSpacing(int)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Spacing()
	 * @model default="32"
	 * @generated
	 */
	int getSpacing();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.DiagramDescription#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(int value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // DiagramDescription
