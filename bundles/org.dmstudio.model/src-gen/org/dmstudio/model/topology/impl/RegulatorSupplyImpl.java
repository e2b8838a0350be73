/**
 */
package org.dmstudio.model.topology.impl;

import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regulator Supply</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorSupplyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorSupplyImpl#getRegulator <em>Regulator</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.RegulatorSupplyImpl#getEnableCount <em>Enable Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegulatorSupplyImpl extends EObjectImpl implements RegulatorSupply {
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
	 * The cached value of the '{@link #getRegulator() <em>Regulator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegulator()
	 * @generated
	 * @ordered
	 */
	protected Regulator regulator;

	/**
	 * The default value of the '{@link #getEnableCount() <em>Enable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnableCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ENABLE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnableCount() <em>Enable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnableCount()
	 * @generated
	 * @ordered
	 */
	protected int enableCount = ENABLE_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegulatorSupplyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.REGULATOR_SUPPLY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR_SUPPLY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regulator getRegulator() {
		if (regulator != null && regulator.eIsProxy()) {
			InternalEObject oldRegulator = (InternalEObject)regulator;
			regulator = (Regulator)eResolveProxy(oldRegulator);
			if (regulator != oldRegulator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGULATOR_SUPPLY__REGULATOR, oldRegulator, regulator));
			}
		}
		return regulator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Regulator basicGetRegulator() {
		return regulator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegulator(Regulator newRegulator) {
		Regulator oldRegulator = regulator;
		regulator = newRegulator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR_SUPPLY__REGULATOR, oldRegulator, regulator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnableCount() {
		return enableCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnableCount(int newEnableCount) {
		int oldEnableCount = enableCount;
		enableCount = newEnableCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGULATOR_SUPPLY__ENABLE_COUNT, oldEnableCount, enableCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.REGULATOR_SUPPLY__NAME:
				return getName();
			case TopologyPackage.REGULATOR_SUPPLY__REGULATOR:
				if (resolve) return getRegulator();
				return basicGetRegulator();
			case TopologyPackage.REGULATOR_SUPPLY__ENABLE_COUNT:
				return getEnableCount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.REGULATOR_SUPPLY__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.REGULATOR_SUPPLY__REGULATOR:
				setRegulator((Regulator)newValue);
				return;
			case TopologyPackage.REGULATOR_SUPPLY__ENABLE_COUNT:
				setEnableCount((Integer)newValue);
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
			case TopologyPackage.REGULATOR_SUPPLY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.REGULATOR_SUPPLY__REGULATOR:
				setRegulator((Regulator)null);
				return;
			case TopologyPackage.REGULATOR_SUPPLY__ENABLE_COUNT:
				setEnableCount(ENABLE_COUNT_EDEFAULT);
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
			case TopologyPackage.REGULATOR_SUPPLY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.REGULATOR_SUPPLY__REGULATOR:
				return regulator != null;
			case TopologyPackage.REGULATOR_SUPPLY__ENABLE_COUNT:
				return enableCount != ENABLE_COUNT_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(", enableCount: ");
		result.append(enableCount);
		result.append(')');
		return result.toString();
	}

} //RegulatorSupplyImpl
