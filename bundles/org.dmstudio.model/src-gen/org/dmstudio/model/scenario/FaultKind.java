/**
 */
package org.dmstudio.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fault Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.scenario.ScenarioPackage#getFaultKind()
 * @model
 * @generated
 */
public enum FaultKind implements Enumerator {
	/**
	 * The '<em><b>CALLBACK ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's callback returns errno.
	 * <!-- end-model-doc -->
	 * @see #CALLBACK_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	CALLBACK_ERROR(0, "CALLBACK_ERROR", "CALLBACK_ERROR"),

	/**
	 * The '<em><b>PROBE DELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's probe takes delayNs longer.
	 * <!-- end-model-doc -->
	 * @see #PROBE_DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	PROBE_DELAY(1, "PROBE_DELAY", "PROBE_DELAY"),

	/**
	 * The '<em><b>TASK HANG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task taskIndex of job jobName never raises its IRQ.
	 * <!-- end-model-doc -->
	 * @see #TASK_HANG_VALUE
	 * @generated
	 * @ordered
	 */
	TASK_HANG(2, "TASK_HANG", "TASK_HANG"),

	/**
	 * The '<em><b>TASK SLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task taskIndex of job jobName takes delayNs longer before it raises its IRQ.
	 * <!-- end-model-doc -->
	 * @see #TASK_SLOW_VALUE
	 * @generated
	 * @ordered
	 */
	TASK_SLOW(4, "TASK_SLOW", "TASK_SLOW"),

	/**
	 * The '<em><b>IRQ THREAD DELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The threaded IRQ handler runs delayNs late.
	 * <!-- end-model-doc -->
	 * @see #IRQ_THREAD_DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	IRQ_THREAD_DELAY(3, "IRQ_THREAD_DELAY", "IRQ_THREAD_DELAY");

	/**
	 * The '<em><b>CALLBACK ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's callback returns errno.
	 * <!-- end-model-doc -->
	 * @see #CALLBACK_ERROR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CALLBACK_ERROR_VALUE = 0;

	/**
	 * The '<em><b>PROBE DELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's probe takes delayNs longer.
	 * <!-- end-model-doc -->
	 * @see #PROBE_DELAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBE_DELAY_VALUE = 1;

	/**
	 * The '<em><b>TASK HANG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task taskIndex of job jobName never raises its IRQ.
	 * <!-- end-model-doc -->
	 * @see #TASK_HANG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TASK_HANG_VALUE = 2;

	/**
	 * The '<em><b>TASK SLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task taskIndex of job jobName takes delayNs longer before it raises its IRQ.
	 * <!-- end-model-doc -->
	 * @see #TASK_SLOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TASK_SLOW_VALUE = 4;

	/**
	 * The '<em><b>IRQ THREAD DELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The threaded IRQ handler runs delayNs late.
	 * <!-- end-model-doc -->
	 * @see #IRQ_THREAD_DELAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IRQ_THREAD_DELAY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Fault Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FaultKind[] VALUES_ARRAY =
		new FaultKind[] {
			CALLBACK_ERROR,
			PROBE_DELAY,
			TASK_HANG,
			TASK_SLOW,
			IRQ_THREAD_DELAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Fault Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FaultKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FaultKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FaultKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fault Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FaultKind get(int value) {
		switch (value) {
			case CALLBACK_ERROR_VALUE: return CALLBACK_ERROR;
			case PROBE_DELAY_VALUE: return PROBE_DELAY;
			case TASK_HANG_VALUE: return TASK_HANG;
			case TASK_SLOW_VALUE: return TASK_SLOW;
			case IRQ_THREAD_DELAY_VALUE: return IRQ_THREAD_DELAY;
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
	private FaultKind(int value, String name, String literal) {
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
	
} //FaultKind
