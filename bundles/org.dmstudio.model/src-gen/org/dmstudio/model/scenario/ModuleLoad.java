/**
 */
package org.dmstudio.model.scenario;

import org.dmstudio.model.topology.Driver;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module Load</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Userspace loads the driver with modprobe: in this scenario the driver is built as a module (=m), whatever its default kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.scenario.ModuleLoad#getDriver <em>Driver</em>}</li>
 * </ul>
 *
 * @see org.dmstudio.model.scenario.ScenarioPackage#getModuleLoad()
 * @model
 * @generated
 */
public interface ModuleLoad extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see org.dmstudio.model.scenario.ScenarioPackage#getModuleLoad_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.dmstudio.model.scenario.ModuleLoad#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

} // ModuleLoad
