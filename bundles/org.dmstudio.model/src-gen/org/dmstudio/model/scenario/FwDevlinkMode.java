/**
 */
package org.dmstudio.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fw Devlink Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.scenario.ScenarioPackage#getFwDevlinkMode()
 * @model
 * @generated
 */
public enum FwDevlinkMode implements Enumerator {
	/**
	 * The '<em><b>OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_VALUE
	 * @generated
	 * @ordered
	 */
	OFF(0, "OFF", "OFF"),

	/**
	 * The '<em><b>PERMISSIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INFERRED | SYNC_STATE_ONLY
	 * <!-- end-model-doc -->
	 * @see #PERMISSIVE_VALUE
	 * @generated
	 * @ordered
	 */
	PERMISSIVE(1, "PERMISSIVE", "PERMISSIVE"),

	/**
	 * The '<em><b>ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INFERRED | AUTOPROBE_CONSUMER
	 * <!-- end-model-doc -->
	 * @see #ON_VALUE
	 * @generated
	 * @ordered
	 */
	ON(2, "ON", "ON"),

	/**
	 * The '<em><b>RPM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * on | PM_RUNTIME (the default)
	 * <!-- end-model-doc -->
	 * @see #RPM_VALUE
	 * @generated
	 * @ordered
	 */
	RPM(3, "RPM", "RPM");

	/**
	 * The '<em><b>OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFF_VALUE = 0;

	/**
	 * The '<em><b>PERMISSIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INFERRED | SYNC_STATE_ONLY
	 * <!-- end-model-doc -->
	 * @see #PERMISSIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERMISSIVE_VALUE = 1;

	/**
	 * The '<em><b>ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INFERRED | AUTOPROBE_CONSUMER
	 * <!-- end-model-doc -->
	 * @see #ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_VALUE = 2;

	/**
	 * The '<em><b>RPM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * on | PM_RUNTIME (the default)
	 * <!-- end-model-doc -->
	 * @see #RPM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RPM_VALUE = 3;

	/**
	 * An array of all the '<em><b>Fw Devlink Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FwDevlinkMode[] VALUES_ARRAY =
		new FwDevlinkMode[] {
			OFF,
			PERMISSIVE,
			ON,
			RPM,
		};

	/**
	 * A public read-only list of all the '<em><b>Fw Devlink Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FwDevlinkMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fw Devlink Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FwDevlinkMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FwDevlinkMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fw Devlink Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FwDevlinkMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FwDevlinkMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fw Devlink Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FwDevlinkMode get(int value) {
		switch (value) {
			case OFF_VALUE: return OFF;
			case PERMISSIVE_VALUE: return PERMISSIVE;
			case ON_VALUE: return ON;
			case RPM_VALUE: return RPM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FwDevlinkMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FwDevlinkMode
