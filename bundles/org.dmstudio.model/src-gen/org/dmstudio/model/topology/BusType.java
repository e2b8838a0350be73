/**
 */
package org.dmstudio.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Bus Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.topology.TopologyPackage#getBusType()
 * @model
 * @generated
 */
public enum BusType implements Enumerator {
	/**
	 * The '<em><b>PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM(0, "PLATFORM", "PLATFORM"),

	/**
	 * The '<em><b>I2C</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I2C_VALUE
	 * @generated
	 * @ordered
	 */
	I2C(1, "I2C", "I2C"),

	/**
	 * The '<em><b>SPI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPI_VALUE
	 * @generated
	 * @ordered
	 */
	SPI(2, "SPI", "SPI"),

	/**
	 * The '<em><b>AMBA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMBA_VALUE
	 * @generated
	 * @ordered
	 */
	AMBA(3, "AMBA", "AMBA"),

	/**
	 * The '<em><b>SPMI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPMI_VALUE
	 * @generated
	 * @ordered
	 */
	SPMI(4, "SPMI", "SPMI"),

	/**
	 * The '<em><b>MDIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDIO_VALUE
	 * @generated
	 * @ordered
	 */
	MDIO(5, "MDIO", "MDIO"),

	/**
	 * The '<em><b>USB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB_VALUE
	 * @generated
	 * @ordered
	 */
	USB(6, "USB", "USB"),

	/**
	 * The '<em><b>PCI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCI_VALUE
	 * @generated
	 * @ordered
	 */
	PCI(7, "PCI", "PCI"),

	/**
	 * The '<em><b>VIRTUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUAL_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUAL(8, "VIRTUAL", "VIRTUAL");

	/**
	 * The '<em><b>PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_VALUE = 0;

	/**
	 * The '<em><b>I2C</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I2C
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int I2C_VALUE = 1;

	/**
	 * The '<em><b>SPI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPI_VALUE = 2;

	/**
	 * The '<em><b>AMBA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMBA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AMBA_VALUE = 3;

	/**
	 * The '<em><b>SPMI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPMI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPMI_VALUE = 4;

	/**
	 * The '<em><b>MDIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MDIO_VALUE = 5;

	/**
	 * The '<em><b>USB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USB_VALUE = 6;

	/**
	 * The '<em><b>PCI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PCI_VALUE = 7;

	/**
	 * The '<em><b>VIRTUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUAL_VALUE = 8;

	/**
	 * An array of all the '<em><b>Bus Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BusType[] VALUES_ARRAY =
		new BusType[] {
			PLATFORM,
			I2C,
			SPI,
			AMBA,
			SPMI,
			MDIO,
			USB,
			PCI,
			VIRTUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Bus Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BusType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bus Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BusType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bus Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BusType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bus Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusType get(int value) {
		switch (value) {
			case PLATFORM_VALUE: return PLATFORM;
			case I2C_VALUE: return I2C;
			case SPI_VALUE: return SPI;
			case AMBA_VALUE: return AMBA;
			case SPMI_VALUE: return SPMI;
			case MDIO_VALUE: return MDIO;
			case USB_VALUE: return USB;
			case PCI_VALUE: return PCI;
			case VIRTUAL_VALUE: return VIRTUAL;
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
	private BusType(int value, String name, String literal) {
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
	
} //BusType
