/**
 */
package org.dmstudio.model.dt.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getUnitAddress <em>Unit Address</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#isDeleted <em>Deleted</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#isOmitIfNoRef <em>Omit If No Ref</em>}</li>
 *   <li>{@link org.dmstudio.model.dt.impl.NodeImpl#getPhandle <em>Phandle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeImpl extends LocatedImpl implements Node {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitAddress() <em>Unit Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitAddress() <em>Unit Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitAddress()
	 * @generated
	 * @ordered
	 */
	protected String unitAddress = UNIT_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> labels;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> properties;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> children;

	/**
	 * The default value of the '{@link #isDeleted() <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeleted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DELETED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeleted() <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeleted()
	 * @generated
	 * @ordered
	 */
	protected boolean deleted = DELETED_EDEFAULT;

	/**
	 * The default value of the '{@link #isOmitIfNoRef() <em>Omit If No Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOmitIfNoRef()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OMIT_IF_NO_REF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOmitIfNoRef() <em>Omit If No Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOmitIfNoRef()
	 * @generated
	 * @ordered
	 */
	protected boolean omitIfNoRef = OMIT_IF_NO_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhandle() <em>Phandle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhandle()
	 * @generated
	 * @ordered
	 */
	protected static final long PHANDLE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPhandle() <em>Phandle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhandle()
	 * @generated
	 * @ordered
	 */
	protected long phandle = PHANDLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DtPackage.Literals.NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitAddress() {
		return unitAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitAddress(String newUnitAddress) {
		String oldUnitAddress = unitAddress;
		unitAddress = newUnitAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__UNIT_ADDRESS, oldUnitAddress, unitAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<Label>(Label.class, this, DtPackage.NODE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<Property>(Property.class, this, DtPackage.NODE__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Node>(Node.class, this, DtPackage.NODE__CHILDREN, DtPackage.NODE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getParent() {
		if (eContainerFeatureID() != DtPackage.NODE__PARENT) return null;
		return (Node)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Node newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, DtPackage.NODE__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Node newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != DtPackage.NODE__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, DtPackage.NODE__CHILDREN, Node.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeleted() {
		return deleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeleted(boolean newDeleted) {
		boolean oldDeleted = deleted;
		deleted = newDeleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__DELETED, oldDeleted, deleted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOmitIfNoRef() {
		return omitIfNoRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOmitIfNoRef(boolean newOmitIfNoRef) {
		boolean oldOmitIfNoRef = omitIfNoRef;
		omitIfNoRef = newOmitIfNoRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__OMIT_IF_NO_REF, oldOmitIfNoRef, omitIfNoRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPhandle() {
		return phandle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhandle(long newPhandle) {
		long oldPhandle = phandle;
		phandle = newPhandle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DtPackage.NODE__PHANDLE, oldPhandle, phandle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFullName() {
		String unit = getUnitAddress();
		return unit == null || unit.isEmpty() ? getName() : getName() + "@" + unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		Node parent = getParent();
		if (parent == null) {
			return "/";
		}
		String up = parent.getPath();
		return (up.endsWith("/") ? up : up + "/") + getFullName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property getProperty(final String name) {
		for (Property property : getProperties()) {
			if (!property.isDeleted() && property.getName().equals(name)) {
				return property;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DtPackage.NODE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case DtPackage.NODE__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Node)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DtPackage.NODE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case DtPackage.NODE__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case DtPackage.NODE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case DtPackage.NODE__PARENT:
				return basicSetParent(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case DtPackage.NODE__PARENT:
				return eInternalContainer().eInverseRemove(this, DtPackage.NODE__CHILDREN, Node.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DtPackage.NODE__NAME:
				return getName();
			case DtPackage.NODE__UNIT_ADDRESS:
				return getUnitAddress();
			case DtPackage.NODE__LABELS:
				return getLabels();
			case DtPackage.NODE__PROPERTIES:
				return getProperties();
			case DtPackage.NODE__CHILDREN:
				return getChildren();
			case DtPackage.NODE__PARENT:
				return getParent();
			case DtPackage.NODE__DELETED:
				return isDeleted();
			case DtPackage.NODE__OMIT_IF_NO_REF:
				return isOmitIfNoRef();
			case DtPackage.NODE__PHANDLE:
				return getPhandle();
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
			case DtPackage.NODE__NAME:
				setName((String)newValue);
				return;
			case DtPackage.NODE__UNIT_ADDRESS:
				setUnitAddress((String)newValue);
				return;
			case DtPackage.NODE__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Label>)newValue);
				return;
			case DtPackage.NODE__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends Property>)newValue);
				return;
			case DtPackage.NODE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Node>)newValue);
				return;
			case DtPackage.NODE__PARENT:
				setParent((Node)newValue);
				return;
			case DtPackage.NODE__DELETED:
				setDeleted((Boolean)newValue);
				return;
			case DtPackage.NODE__OMIT_IF_NO_REF:
				setOmitIfNoRef((Boolean)newValue);
				return;
			case DtPackage.NODE__PHANDLE:
				setPhandle((Long)newValue);
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
			case DtPackage.NODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DtPackage.NODE__UNIT_ADDRESS:
				setUnitAddress(UNIT_ADDRESS_EDEFAULT);
				return;
			case DtPackage.NODE__LABELS:
				getLabels().clear();
				return;
			case DtPackage.NODE__PROPERTIES:
				getProperties().clear();
				return;
			case DtPackage.NODE__CHILDREN:
				getChildren().clear();
				return;
			case DtPackage.NODE__PARENT:
				setParent((Node)null);
				return;
			case DtPackage.NODE__DELETED:
				setDeleted(DELETED_EDEFAULT);
				return;
			case DtPackage.NODE__OMIT_IF_NO_REF:
				setOmitIfNoRef(OMIT_IF_NO_REF_EDEFAULT);
				return;
			case DtPackage.NODE__PHANDLE:
				setPhandle(PHANDLE_EDEFAULT);
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
			case DtPackage.NODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DtPackage.NODE__UNIT_ADDRESS:
				return UNIT_ADDRESS_EDEFAULT == null ? unitAddress != null : !UNIT_ADDRESS_EDEFAULT.equals(unitAddress);
			case DtPackage.NODE__LABELS:
				return labels != null && !labels.isEmpty();
			case DtPackage.NODE__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case DtPackage.NODE__CHILDREN:
				return children != null && !children.isEmpty();
			case DtPackage.NODE__PARENT:
				return getParent() != null;
			case DtPackage.NODE__DELETED:
				return deleted != DELETED_EDEFAULT;
			case DtPackage.NODE__OMIT_IF_NO_REF:
				return omitIfNoRef != OMIT_IF_NO_REF_EDEFAULT;
			case DtPackage.NODE__PHANDLE:
				return phandle != PHANDLE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case DtPackage.NODE___GET_FULL_NAME:
				return getFullName();
			case DtPackage.NODE___GET_PATH:
				return getPath();
			case DtPackage.NODE___GET_PROPERTY__STRING:
				return getProperty((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", unitAddress: ");
		result.append(unitAddress);
		result.append(", deleted: ");
		result.append(deleted);
		result.append(", omitIfNoRef: ");
		result.append(omitIfNoRef);
		result.append(", phandle: ");
		result.append(phandle);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
