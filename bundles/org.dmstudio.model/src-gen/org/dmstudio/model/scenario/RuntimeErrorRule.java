/**
 */
package org.dmstudio.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Runtime Error Rule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.scenario.ScenarioPackage#getRuntimeErrorRule()
 * @model
 * @generated
 */
public enum RuntimeErrorRule implements Enumerator {
	/**
	 * The '<em><b>STICKY ON ANY CALLBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mainline rpm_callback(): runtime_error = retval unless -EAGAIN or -EBUSY, on resume as on suspend.
	 * <!-- end-model-doc -->
	 * @see #STICKY_ON_ANY_CALLBACK_VALUE
	 * @generated
	 * @ordered
	 */
	STICKY_ON_ANY_CALLBACK(0, "STICKY_ON_ANY_CALLBACK", "STICKY_ON_ANY_CALLBACK"),

	/**
	 * The '<em><b>SUSPEND ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 2026 proposal 'PM: runtime: Only set runtime_error on suspend callback failures'.
	 * <!-- end-model-doc -->
	 * @see #SUSPEND_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPEND_ONLY(1, "SUSPEND_ONLY", "SUSPEND_ONLY");

	/**
	 * The '<em><b>STICKY ON ANY CALLBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mainline rpm_callback(): runtime_error = retval unless -EAGAIN or -EBUSY, on resume as on suspend.
	 * <!-- end-model-doc -->
	 * @see #STICKY_ON_ANY_CALLBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STICKY_ON_ANY_CALLBACK_VALUE = 0;

	/**
	 * The '<em><b>SUSPEND ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 2026 proposal 'PM: runtime: Only set runtime_error on suspend callback failures'.
	 * <!-- end-model-doc -->
	 * @see #SUSPEND_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUSPEND_ONLY_VALUE = 1;

	/**
	 * An array of all the '<em><b>Runtime Error Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RuntimeErrorRule[] VALUES_ARRAY =
		new RuntimeErrorRule[] {
			STICKY_ON_ANY_CALLBACK,
			SUSPEND_ONLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Runtime Error Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RuntimeErrorRule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Runtime Error Rule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeErrorRule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeErrorRule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Error Rule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeErrorRule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuntimeErrorRule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Runtime Error Rule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuntimeErrorRule get(int value) {
		switch (value) {
			case STICKY_ON_ANY_CALLBACK_VALUE: return STICKY_ON_ANY_CALLBACK;
			case SUSPEND_ONLY_VALUE: return SUSPEND_ONLY;
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
	private RuntimeErrorRule(int value, String name, String literal) {
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
	
} //RuntimeErrorRule
