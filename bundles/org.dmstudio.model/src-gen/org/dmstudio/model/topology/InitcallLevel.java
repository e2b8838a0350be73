/**
 */
package org.dmstudio.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Initcall Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * include/linux/init.h initcall levels, in the order do_initcalls() runs them.
 * <!-- end-model-doc -->
 * @see org.dmstudio.model.topology.TopologyPackage#getInitcallLevel()
 * @model
 * @generated
 */
public enum InitcallLevel implements Enumerator {
	/**
	 * The '<em><b>PURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURE_VALUE
	 * @generated
	 * @ordered
	 */
	PURE(0, "PURE", "PURE"),

	/**
	 * The '<em><b>CORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE_VALUE
	 * @generated
	 * @ordered
	 */
	CORE(1, "CORE", "CORE"),

	/**
	 * The '<em><b>POSTCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCORE_VALUE
	 * @generated
	 * @ordered
	 */
	POSTCORE(2, "POSTCORE", "POSTCORE"),

	/**
	 * The '<em><b>ARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARCH_VALUE
	 * @generated
	 * @ordered
	 */
	ARCH(3, "ARCH", "ARCH"),

	/**
	 * The '<em><b>SUBSYS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSYS_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSYS(4, "SUBSYS", "SUBSYS"),

	/**
	 * The '<em><b>FS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FS_VALUE
	 * @generated
	 * @ordered
	 */
	FS(5, "FS", "FS"),

	/**
	 * The '<em><b>ROOTFS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOTFS_VALUE
	 * @generated
	 * @ordered
	 */
	ROOTFS(6, "ROOTFS", "ROOTFS"),

	/**
	 * The '<em><b>DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE(7, "DEVICE", "DEVICE"),

	/**
	 * The '<em><b>LATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATE_VALUE
	 * @generated
	 * @ordered
	 */
	LATE(8, "LATE", "LATE");

	/**
	 * The '<em><b>PURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PURE_VALUE = 0;

	/**
	 * The '<em><b>CORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORE_VALUE = 1;

	/**
	 * The '<em><b>POSTCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSTCORE_VALUE = 2;

	/**
	 * The '<em><b>ARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARCH_VALUE = 3;

	/**
	 * The '<em><b>SUBSYS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSYS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSYS_VALUE = 4;

	/**
	 * The '<em><b>FS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FS_VALUE = 5;

	/**
	 * The '<em><b>ROOTFS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOTFS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROOTFS_VALUE = 6;

	/**
	 * The '<em><b>DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_VALUE = 7;

	/**
	 * The '<em><b>LATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LATE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Initcall Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InitcallLevel[] VALUES_ARRAY =
		new InitcallLevel[] {
			PURE,
			CORE,
			POSTCORE,
			ARCH,
			SUBSYS,
			FS,
			ROOTFS,
			DEVICE,
			LATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Initcall Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InitcallLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Initcall Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitcallLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitcallLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initcall Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitcallLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitcallLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initcall Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitcallLevel get(int value) {
		switch (value) {
			case PURE_VALUE: return PURE;
			case CORE_VALUE: return CORE;
			case POSTCORE_VALUE: return POSTCORE;
			case ARCH_VALUE: return ARCH;
			case SUBSYS_VALUE: return SUBSYS;
			case FS_VALUE: return FS;
			case ROOTFS_VALUE: return ROOTFS;
			case DEVICE_VALUE: return DEVICE;
			case LATE_VALUE: return LATE;
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
	private InitcallLevel(int value, String name, String literal) {
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
	
} //InitcallLevel
