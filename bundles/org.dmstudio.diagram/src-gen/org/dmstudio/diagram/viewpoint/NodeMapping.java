/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps elements to nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.NodeMapping#getSubMappings <em>Sub Mappings</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.NodeMapping#getReusedMappings <em>Reused Mappings</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Sub Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings for the nodes drawn inside this one; a node with children is drawn as a container.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Mappings</em>' containment reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getNodeMapping_SubMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubMappings();

	/**
	 * Returns the value of the '<em><b>Reused Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings defined elsewhere that also apply inside this one (recursion, e.g. child devices).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reused Mappings</em>' reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getNodeMapping_ReusedMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getReusedMappings();

} // NodeMapping
