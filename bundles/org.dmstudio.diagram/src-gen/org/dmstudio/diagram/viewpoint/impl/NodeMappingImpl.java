/**
 */
package org.dmstudio.diagram.viewpoint.impl;

import java.util.Collection;

import org.dmstudio.diagram.viewpoint.NodeMapping;
import org.dmstudio.diagram.viewpoint.ViewpointPackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.diagram.viewpoint.impl.NodeMappingImpl#getSubMappings <em>Sub Mappings</em>}</li>
 *   <li>{@link org.dmstudio.diagram.viewpoint.impl.NodeMappingImpl#getReusedMappings <em>Reused Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeMappingImpl extends DiagramElementMappingImpl implements NodeMapping {
	/**
	 * The cached value of the '{@link #getSubMappings() <em>Sub Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> subMappings;

	/**
	 * The cached value of the '{@link #getReusedMappings() <em>Reused Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> reusedMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSubMappings() {
		if (subMappings == null) {
			subMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS);
		}
		return subMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getReusedMappings() {
		if (reusedMappings == null) {
			reusedMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, ViewpointPackage.NODE_MAPPING__REUSED_MAPPINGS);
		}
		return reusedMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS:
				return ((InternalEList<?>)getSubMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS:
				return getSubMappings();
			case ViewpointPackage.NODE_MAPPING__REUSED_MAPPINGS:
				return getReusedMappings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS:
				getSubMappings().clear();
				getSubMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case ViewpointPackage.NODE_MAPPING__REUSED_MAPPINGS:
				getReusedMappings().clear();
				getReusedMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS:
				getSubMappings().clear();
				return;
			case ViewpointPackage.NODE_MAPPING__REUSED_MAPPINGS:
				getReusedMappings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.NODE_MAPPING__SUB_MAPPINGS:
				return subMappings != null && !subMappings.isEmpty();
			case ViewpointPackage.NODE_MAPPING__REUSED_MAPPINGS:
				return reusedMappings != null && !reusedMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NodeMappingImpl
