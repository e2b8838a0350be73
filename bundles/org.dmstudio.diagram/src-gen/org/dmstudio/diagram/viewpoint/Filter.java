/**
 */
package org.dmstudio.diagram.viewpoint;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hides or folds part of a diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.Filter#getDepth <em>Depth</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#getName <em>Name</em>}' attribute.
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
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dmstudio.diagram.viewpoint.FilterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.FilterKind
	 * @see #setKind(FilterKind)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Kind()
	 * @model
	 * @generated
	 */
	FilterKind getKind();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dmstudio.diagram.viewpoint.FilterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FilterKind value);

	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.dmstudio.diagram.viewpoint.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings the filter applies to; empty means all node mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many edges away NEIGHBOURHOOD reaches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilter_Depth()
	 * @model default="1"
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.dmstudio.diagram.viewpoint.Filter#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

} // Filter
