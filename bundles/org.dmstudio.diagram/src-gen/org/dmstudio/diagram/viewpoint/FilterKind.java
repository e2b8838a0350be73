/**
 */
package org.dmstudio.diagram.viewpoint;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Filter Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * HIDE_MATCHING hides nodes meeting the condition; HIDE_UNCONNECTED hides nodes without edges; NEIGHBOURHOOD keeps the selection and what lies within depth edges; RESUME_CHAIN keeps the resume chain of the selection; COLLAPSE draws containers meeting the condition (or selected) as one node.
 * <!-- end-model-doc -->
 * @see org.dmstudio.diagram.viewpoint.ViewpointPackage#getFilterKind()
 * @model
 * @generated
 */
public enum FilterKind implements Enumerator {
	/**
	 * The '<em><b>HIDE MATCHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDE_MATCHING_VALUE
	 * @generated
	 * @ordered
	 */
	HIDE_MATCHING(0, "HIDE_MATCHING", "HIDE_MATCHING"),

	/**
	 * The '<em><b>HIDE UNCONNECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDE_UNCONNECTED_VALUE
	 * @generated
	 * @ordered
	 */
	HIDE_UNCONNECTED(1, "HIDE_UNCONNECTED", "HIDE_UNCONNECTED"),

	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEIGHBOURHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	NEIGHBOURHOOD(2, "NEIGHBOURHOOD", "NEIGHBOURHOOD"),

	/**
	 * The '<em><b>RESUME CHAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUME_CHAIN_VALUE
	 * @generated
	 * @ordered
	 */
	RESUME_CHAIN(3, "RESUME_CHAIN", "RESUME_CHAIN"),

	/**
	 * The '<em><b>COLLAPSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLAPSE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLAPSE(4, "COLLAPSE", "COLLAPSE");

	/**
	 * The '<em><b>HIDE MATCHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDE_MATCHING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIDE_MATCHING_VALUE = 0;

	/**
	 * The '<em><b>HIDE UNCONNECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDE_UNCONNECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIDE_UNCONNECTED_VALUE = 1;

	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEIGHBOURHOOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEIGHBOURHOOD_VALUE = 2;

	/**
	 * The '<em><b>RESUME CHAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUME_CHAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESUME_CHAIN_VALUE = 3;

	/**
	 * The '<em><b>COLLAPSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLAPSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLAPSE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Filter Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FilterKind[] VALUES_ARRAY =
		new FilterKind[] {
			HIDE_MATCHING,
			HIDE_UNCONNECTED,
			NEIGHBOURHOOD,
			RESUME_CHAIN,
			COLLAPSE,
		};

	/**
	 * A public read-only list of all the '<em><b>Filter Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FilterKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Filter Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilterKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FilterKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Filter Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilterKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FilterKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Filter Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilterKind get(int value) {
		switch (value) {
			case HIDE_MATCHING_VALUE: return HIDE_MATCHING;
			case HIDE_UNCONNECTED_VALUE: return HIDE_UNCONNECTED;
			case NEIGHBOURHOOD_VALUE: return NEIGHBOURHOOD;
			case RESUME_CHAIN_VALUE: return RESUME_CHAIN;
			case COLLAPSE_VALUE: return COLLAPSE;
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
	private FilterKind(int value, String name, String literal) {
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
	
} //FilterKind
