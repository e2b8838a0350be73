/**
 */
package org.dmstudio.model.sched;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Job State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.sched.SchedPackage#getJobState()
 * @model
 * @generated
 */
public enum JobState implements Enumerator {
	/**
	 * The '<em><b>INITIALIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_init() done
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	INITIALIZED(0, "INITIALIZED", "INITIALIZED"),

	/**
	 * The '<em><b>ARMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_arm(): fences published, the job must be pushed
	 * <!-- end-model-doc -->
	 * @see #ARMED_VALUE
	 * @generated
	 * @ordered
	 */
	ARMED(1, "ARMED", "ARMED"),

	/**
	 * The '<em><b>QUEUED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_entity_push_job()
	 * <!-- end-model-doc -->
	 * @see #QUEUED_VALUE
	 * @generated
	 * @ordered
	 */
	QUEUED(2, "QUEUED", "QUEUED"),

	/**
	 * The '<em><b>RUNNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_job() returned the hardware fence
	 * <!-- end-model-doc -->
	 * @see #RUNNING_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNING(3, "RUNNING", "RUNNING"),

	/**
	 * The '<em><b>DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * finished fence signalled
	 * <!-- end-model-doc -->
	 * @see #DONE_VALUE
	 * @generated
	 * @ordered
	 */
	DONE(4, "DONE", "DONE"),

	/**
	 * The '<em><b>FREED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * free_job()
	 * <!-- end-model-doc -->
	 * @see #FREED_VALUE
	 * @generated
	 * @ordered
	 */
	FREED(5, "FREED", "FREED"),

	/**
	 * The '<em><b>CLEANED UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_cleanup() before arm
	 * <!-- end-model-doc -->
	 * @see #CLEANED_UP_VALUE
	 * @generated
	 * @ordered
	 */
	CLEANED_UP(6, "CLEANED_UP", "CLEANED_UP");

	/**
	 * The '<em><b>INITIALIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_init() done
	 * <!-- end-model-doc -->
	 * @see #INITIALIZED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIALIZED_VALUE = 0;

	/**
	 * The '<em><b>ARMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_arm(): fences published, the job must be pushed
	 * <!-- end-model-doc -->
	 * @see #ARMED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARMED_VALUE = 1;

	/**
	 * The '<em><b>QUEUED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_entity_push_job()
	 * <!-- end-model-doc -->
	 * @see #QUEUED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUEUED_VALUE = 2;

	/**
	 * The '<em><b>RUNNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_job() returned the hardware fence
	 * <!-- end-model-doc -->
	 * @see #RUNNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNNING_VALUE = 3;

	/**
	 * The '<em><b>DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * finished fence signalled
	 * <!-- end-model-doc -->
	 * @see #DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DONE_VALUE = 4;

	/**
	 * The '<em><b>FREED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * free_job()
	 * <!-- end-model-doc -->
	 * @see #FREED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREED_VALUE = 5;

	/**
	 * The '<em><b>CLEANED UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_job_cleanup() before arm
	 * <!-- end-model-doc -->
	 * @see #CLEANED_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLEANED_UP_VALUE = 6;

	/**
	 * An array of all the '<em><b>Job State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JobState[] VALUES_ARRAY =
		new JobState[] {
			INITIALIZED,
			ARMED,
			QUEUED,
			RUNNING,
			DONE,
			FREED,
			CLEANED_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Job State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JobState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Job State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobState get(int value) {
		switch (value) {
			case INITIALIZED_VALUE: return INITIALIZED;
			case ARMED_VALUE: return ARMED;
			case QUEUED_VALUE: return QUEUED;
			case RUNNING_VALUE: return RUNNING;
			case DONE_VALUE: return DONE;
			case FREED_VALUE: return FREED;
			case CLEANED_UP_VALUE: return CLEANED_UP;
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
	private JobState(int value, String name, String literal) {
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
	
} //JobState
