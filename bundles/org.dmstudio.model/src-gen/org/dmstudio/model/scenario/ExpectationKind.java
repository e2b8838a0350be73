/**
 */
package org.dmstudio.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Expectation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.scenario.ScenarioPackage#getExpectationKind()
 * @model
 * @generated
 */
public enum ExpectationKind implements Enumerator {
	/**
	 * The '<em><b>PROBE STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBE_STATE(0, "PROBE_STATE", "PROBE_STATE"),

	/**
	 * The '<em><b>PROBE ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	PROBE_ERROR(1, "PROBE_ERROR", "PROBE_ERROR"),

	/**
	 * The '<em><b>RUNTIME ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME_ERROR(2, "RUNTIME_ERROR", "RUNTIME_ERROR"),

	/**
	 * The '<em><b>RPM STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	RPM_STATUS(3, "RPM_STATUS", "RPM_STATUS"),

	/**
	 * The '<em><b>USAGE COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USAGE_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	USAGE_COUNT(4, "USAGE_COUNT", "USAGE_COUNT"),

	/**
	 * The '<em><b>DMESG CONTAINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMESG_CONTAINS_VALUE
	 * @generated
	 * @ordered
	 */
	DMESG_CONTAINS(5, "DMESG_CONTAINS", "DMESG_CONTAINS"),

	/**
	 * The '<em><b>DMESG LACKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMESG_LACKS_VALUE
	 * @generated
	 * @ordered
	 */
	DMESG_LACKS(6, "DMESG_LACKS", "DMESG_LACKS"),

	/**
	 * The '<em><b>JOB FENCE ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The finished fence error of job named value=NAME:ERRNO.
	 * <!-- end-model-doc -->
	 * @see #JOB_FENCE_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_FENCE_ERROR(7, "JOB_FENCE_ERROR", "JOB_FENCE_ERROR"),

	/**
	 * The '<em><b>KERNEL BUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reported bug (NULL dereference, out of bounds, unbalanced PM, race) whose text contains value.
	 * <!-- end-model-doc -->
	 * @see #KERNEL_BUG_VALUE
	 * @generated
	 * @ordered
	 */
	KERNEL_BUG(8, "KERNEL_BUG", "KERNEL_BUG"),

	/**
	 * The '<em><b>NO KERNEL BUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_KERNEL_BUG_VALUE
	 * @generated
	 * @ordered
	 */
	NO_KERNEL_BUG(9, "NO_KERNEL_BUG", "NO_KERNEL_BUG");

	/**
	 * The '<em><b>PROBE STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE_STATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBE_STATE_VALUE = 0;

	/**
	 * The '<em><b>PROBE ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBE_ERROR_VALUE = 1;

	/**
	 * The '<em><b>RUNTIME ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_ERROR_VALUE = 2;

	/**
	 * The '<em><b>RPM STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_STATUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RPM_STATUS_VALUE = 3;

	/**
	 * The '<em><b>USAGE COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USAGE_COUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USAGE_COUNT_VALUE = 4;

	/**
	 * The '<em><b>DMESG CONTAINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMESG_CONTAINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DMESG_CONTAINS_VALUE = 5;

	/**
	 * The '<em><b>DMESG LACKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DMESG_LACKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DMESG_LACKS_VALUE = 6;

	/**
	 * The '<em><b>JOB FENCE ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The finished fence error of job named value=NAME:ERRNO.
	 * <!-- end-model-doc -->
	 * @see #JOB_FENCE_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_FENCE_ERROR_VALUE = 7;

	/**
	 * The '<em><b>KERNEL BUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reported bug (NULL dereference, out of bounds, unbalanced PM, race) whose text contains value.
	 * <!-- end-model-doc -->
	 * @see #KERNEL_BUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KERNEL_BUG_VALUE = 8;

	/**
	 * The '<em><b>NO KERNEL BUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_KERNEL_BUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_KERNEL_BUG_VALUE = 9;

	/**
	 * An array of all the '<em><b>Expectation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExpectationKind[] VALUES_ARRAY =
		new ExpectationKind[] {
			PROBE_STATE,
			PROBE_ERROR,
			RUNTIME_ERROR,
			RPM_STATUS,
			USAGE_COUNT,
			DMESG_CONTAINS,
			DMESG_LACKS,
			JOB_FENCE_ERROR,
			KERNEL_BUG,
			NO_KERNEL_BUG,
		};

	/**
	 * A public read-only list of all the '<em><b>Expectation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExpectationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Expectation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpectationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExpectationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Expectation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpectationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExpectationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Expectation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExpectationKind get(int value) {
		switch (value) {
			case PROBE_STATE_VALUE: return PROBE_STATE;
			case PROBE_ERROR_VALUE: return PROBE_ERROR;
			case RUNTIME_ERROR_VALUE: return RUNTIME_ERROR;
			case RPM_STATUS_VALUE: return RPM_STATUS;
			case USAGE_COUNT_VALUE: return USAGE_COUNT;
			case DMESG_CONTAINS_VALUE: return DMESG_CONTAINS;
			case DMESG_LACKS_VALUE: return DMESG_LACKS;
			case JOB_FENCE_ERROR_VALUE: return JOB_FENCE_ERROR;
			case KERNEL_BUG_VALUE: return KERNEL_BUG;
			case NO_KERNEL_BUG_VALUE: return NO_KERNEL_BUG;
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
	private ExpectationKind(int value, String name, String literal) {
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
	
} //ExpectationKind
