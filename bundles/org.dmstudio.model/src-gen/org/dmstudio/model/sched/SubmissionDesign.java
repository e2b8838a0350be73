/**
 */
package org.dmstudio.model.sched;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Submission Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.sched.SchedPackage#getSubmissionDesign()
 * @model
 * @generated
 */
public enum SubmissionDesign implements Enumerator {
	/**
	 * The '<em><b>JOB WITH CHAINED TASKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One scheduler job per inference; run_job starts task 0 and the threaded IRQ handler submits the rest (rocket before 2026).
	 * <!-- end-model-doc -->
	 * @see #JOB_WITH_CHAINED_TASKS_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_WITH_CHAINED_TASKS(0, "JOB_WITH_CHAINED_TASKS", "JOB_WITH_CHAINED_TASKS"),

	/**
	 * The '<em><b>JOB PER TASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One scheduler job per task sharing a refcounted inference with a cancel flag (the 2026 redesign).
	 * <!-- end-model-doc -->
	 * @see #JOB_PER_TASK_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_PER_TASK(1, "JOB_PER_TASK", "JOB_PER_TASK");

	/**
	 * The '<em><b>JOB WITH CHAINED TASKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One scheduler job per inference; run_job starts task 0 and the threaded IRQ handler submits the rest (rocket before 2026).
	 * <!-- end-model-doc -->
	 * @see #JOB_WITH_CHAINED_TASKS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_WITH_CHAINED_TASKS_VALUE = 0;

	/**
	 * The '<em><b>JOB PER TASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One scheduler job per task sharing a refcounted inference with a cancel flag (the 2026 redesign).
	 * <!-- end-model-doc -->
	 * @see #JOB_PER_TASK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_PER_TASK_VALUE = 1;

	/**
	 * An array of all the '<em><b>Submission Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubmissionDesign[] VALUES_ARRAY =
		new SubmissionDesign[] {
			JOB_WITH_CHAINED_TASKS,
			JOB_PER_TASK,
		};

	/**
	 * A public read-only list of all the '<em><b>Submission Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubmissionDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Submission Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubmissionDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Submission Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubmissionDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Submission Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubmissionDesign get(int value) {
		switch (value) {
			case JOB_WITH_CHAINED_TASKS_VALUE: return JOB_WITH_CHAINED_TASKS;
			case JOB_PER_TASK_VALUE: return JOB_PER_TASK;
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
	private SubmissionDesign(int value, String name, String literal) {
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
	
} //SubmissionDesign
