/**
 */
package org.dmstudio.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Device Link Flag</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * DL_FLAG_* from include/linux/device.h (bit values as there).
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.topology.TopologyPackage#getDeviceLinkFlag()
 * @model
 * @generated
 */
public enum DeviceLinkFlag implements Enumerator {
	/**
	 * The '<em><b>STATELESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATELESS_VALUE
	 * @generated
	 * @ordered
	 */
	STATELESS(1, "STATELESS", "STATELESS"),

	/**
	 * The '<em><b>AUTOREMOVE CONSUMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOREMOVE_CONSUMER_VALUE
	 * @generated
	 * @ordered
	 */
	AUTOREMOVE_CONSUMER(2, "AUTOREMOVE_CONSUMER", "AUTOREMOVE_CONSUMER"),

	/**
	 * The '<em><b>PM RUNTIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PM_RUNTIME_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME(4, "PM_RUNTIME", "PM_RUNTIME"),

	/**
	 * The '<em><b>RPM ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	RPM_ACTIVE(8, "RPM_ACTIVE", "RPM_ACTIVE"),

	/**
	 * The '<em><b>AUTOREMOVE SUPPLIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOREMOVE_SUPPLIER_VALUE
	 * @generated
	 * @ordered
	 */
	AUTOREMOVE_SUPPLIER(16, "AUTOREMOVE_SUPPLIER", "AUTOREMOVE_SUPPLIER"),

	/**
	 * The '<em><b>AUTOPROBE CONSUMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOPROBE_CONSUMER_VALUE
	 * @generated
	 * @ordered
	 */
	AUTOPROBE_CONSUMER(32, "AUTOPROBE_CONSUMER", "AUTOPROBE_CONSUMER"),

	/**
	 * The '<em><b>MANAGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGED(64, "MANAGED", "MANAGED"),

	/**
	 * The '<em><b>SYNC STATE ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNC_STATE_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	SYNC_STATE_ONLY(128, "SYNC_STATE_ONLY", "SYNC_STATE_ONLY"),

	/**
	 * The '<em><b>INFERRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFERRED_VALUE
	 * @generated
	 * @ordered
	 */
	INFERRED(256, "INFERRED", "INFERRED"),

	/**
	 * The '<em><b>CYCLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLE_VALUE
	 * @generated
	 * @ordered
	 */
	CYCLE(512, "CYCLE", "CYCLE");

	/**
	 * The '<em><b>STATELESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATELESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATELESS_VALUE = 1;

	/**
	 * The '<em><b>AUTOREMOVE CONSUMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOREMOVE_CONSUMER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTOREMOVE_CONSUMER_VALUE = 2;

	/**
	 * The '<em><b>PM RUNTIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PM_RUNTIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_VALUE = 4;

	/**
	 * The '<em><b>RPM ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RPM_ACTIVE_VALUE = 8;

	/**
	 * The '<em><b>AUTOREMOVE SUPPLIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOREMOVE_SUPPLIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTOREMOVE_SUPPLIER_VALUE = 16;

	/**
	 * The '<em><b>AUTOPROBE CONSUMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOPROBE_CONSUMER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTOPROBE_CONSUMER_VALUE = 32;

	/**
	 * The '<em><b>MANAGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGED_VALUE = 64;

	/**
	 * The '<em><b>SYNC STATE ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNC_STATE_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNC_STATE_ONLY_VALUE = 128;

	/**
	 * The '<em><b>INFERRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFERRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFERRED_VALUE = 256;

	/**
	 * The '<em><b>CYCLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CYCLE_VALUE = 512;

	/**
	 * An array of all the '<em><b>Device Link Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeviceLinkFlag[] VALUES_ARRAY =
		new DeviceLinkFlag[] {
			STATELESS,
			AUTOREMOVE_CONSUMER,
			PM_RUNTIME,
			RPM_ACTIVE,
			AUTOREMOVE_SUPPLIER,
			AUTOPROBE_CONSUMER,
			MANAGED,
			SYNC_STATE_ONLY,
			INFERRED,
			CYCLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Device Link Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeviceLinkFlag> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Device Link Flag</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceLinkFlag get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceLinkFlag result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Link Flag</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceLinkFlag getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceLinkFlag result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Link Flag</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceLinkFlag get(int value) {
		switch (value) {
			case STATELESS_VALUE: return STATELESS;
			case AUTOREMOVE_CONSUMER_VALUE: return AUTOREMOVE_CONSUMER;
			case PM_RUNTIME_VALUE: return PM_RUNTIME;
			case RPM_ACTIVE_VALUE: return RPM_ACTIVE;
			case AUTOREMOVE_SUPPLIER_VALUE: return AUTOREMOVE_SUPPLIER;
			case AUTOPROBE_CONSUMER_VALUE: return AUTOPROBE_CONSUMER;
			case MANAGED_VALUE: return MANAGED;
			case SYNC_STATE_ONLY_VALUE: return SYNC_STATE_ONLY;
			case INFERRED_VALUE: return INFERRED;
			case CYCLE_VALUE: return CYCLE;
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
	private DeviceLinkFlag(int value, String name, String literal) {
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
	
} //DeviceLinkFlag
