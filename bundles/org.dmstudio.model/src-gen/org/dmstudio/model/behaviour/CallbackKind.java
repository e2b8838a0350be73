/**
 */
package org.dmstudio.model.behaviour;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Callback Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getCallbackKind()
 * @model
 * @generated
 */
public enum CallbackKind implements Enumerator {
	/**
	 * The '<em><b>PROBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * platform_driver.probe
	 * <!-- end-model-doc -->
	 * @see #PROBE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBE(0, "PROBE", "PROBE"),

	/**
	 * The '<em><b>REMOVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOVE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOVE(1, "REMOVE", "REMOVE"),

	/**
	 * The '<em><b>RUNTIME RESUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_pm_ops.runtime_resume
	 * <!-- end-model-doc -->
	 * @see #RUNTIME_RESUME_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME_RESUME(2, "RUNTIME_RESUME", "RUNTIME_RESUME"),

	/**
	 * The '<em><b>RUNTIME SUSPEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_SUSPEND_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME_SUSPEND(3, "RUNTIME_SUSPEND", "RUNTIME_SUSPEND"),

	/**
	 * The '<em><b>RUNTIME IDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_IDLE_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME_IDLE(4, "RUNTIME_IDLE", "RUNTIME_IDLE"),

	/**
	 * The '<em><b>COMPONENT BIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_ops.bind
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_BIND_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_BIND(5, "COMPONENT_BIND", "COMPONENT_BIND"),

	/**
	 * The '<em><b>COMPONENT UNBIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT_UNBIND_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_UNBIND(6, "COMPONENT_UNBIND", "COMPONENT_UNBIND"),

	/**
	 * The '<em><b>MASTER BIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_master_ops.bind
	 * <!-- end-model-doc -->
	 * @see #MASTER_BIND_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_BIND(7, "MASTER_BIND", "MASTER_BIND"),

	/**
	 * The '<em><b>MASTER UNBIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER_UNBIND_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_UNBIND(8, "MASTER_UNBIND", "MASTER_UNBIND"),

	/**
	 * The '<em><b>IRQ HANDLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * hard IRQ handler
	 * <!-- end-model-doc -->
	 * @see #IRQ_HANDLER_VALUE
	 * @generated
	 * @ordered
	 */
	IRQ_HANDLER(9, "IRQ_HANDLER", "IRQ_HANDLER"),

	/**
	 * The '<em><b>IRQ THREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * threaded IRQ handler
	 * <!-- end-model-doc -->
	 * @see #IRQ_THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	IRQ_THREAD(10, "IRQ_THREAD", "IRQ_THREAD"),

	/**
	 * The '<em><b>RUN JOB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_backend_ops.run_job
	 * <!-- end-model-doc -->
	 * @see #RUN_JOB_VALUE
	 * @generated
	 * @ordered
	 */
	RUN_JOB(11, "RUN_JOB", "RUN_JOB"),

	/**
	 * The '<em><b>TIMEDOUT JOB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_backend_ops.timedout_job
	 * <!-- end-model-doc -->
	 * @see #TIMEDOUT_JOB_VALUE
	 * @generated
	 * @ordered
	 */
	TIMEDOUT_JOB(12, "TIMEDOUT_JOB", "TIMEDOUT_JOB"),

	/**
	 * The '<em><b>FREE JOB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE_JOB_VALUE
	 * @generated
	 * @ordered
	 */
	FREE_JOB(13, "FREE_JOB", "FREE_JOB"),

	/**
	 * The '<em><b>PD POWER ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * generic_pm_domain.power_on
	 * <!-- end-model-doc -->
	 * @see #PD_POWER_ON_VALUE
	 * @generated
	 * @ordered
	 */
	PD_POWER_ON(14, "PD_POWER_ON", "PD_POWER_ON"),

	/**
	 * The '<em><b>PD POWER OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PD_POWER_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	PD_POWER_OFF(15, "PD_POWER_OFF", "PD_POWER_OFF"),

	/**
	 * The '<em><b>IOMMU PROBE DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_ops.probe_device: runs for each consumer of the IOMMU when the IOMMU registers or the consumer is added
	 * <!-- end-model-doc -->
	 * @see #IOMMU_PROBE_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	IOMMU_PROBE_DEVICE(17, "IOMMU_PROBE_DEVICE", "IOMMU_PROBE_DEVICE"),

	/**
	 * The '<em><b>HELPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An internal function reached through CALL.
	 * <!-- end-model-doc -->
	 * @see #HELPER_VALUE
	 * @generated
	 * @ordered
	 */
	HELPER(16, "HELPER", "HELPER");

	/**
	 * The '<em><b>PROBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * platform_driver.probe
	 * <!-- end-model-doc -->
	 * @see #PROBE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBE_VALUE = 0;

	/**
	 * The '<em><b>REMOVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOVE_VALUE = 1;

	/**
	 * The '<em><b>RUNTIME RESUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_pm_ops.runtime_resume
	 * <!-- end-model-doc -->
	 * @see #RUNTIME_RESUME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_RESUME_VALUE = 2;

	/**
	 * The '<em><b>RUNTIME SUSPEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_SUSPEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_SUSPEND_VALUE = 3;

	/**
	 * The '<em><b>RUNTIME IDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_IDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_IDLE_VALUE = 4;

	/**
	 * The '<em><b>COMPONENT BIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_ops.bind
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_BIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_BIND_VALUE = 5;

	/**
	 * The '<em><b>COMPONENT UNBIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT_UNBIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_UNBIND_VALUE = 6;

	/**
	 * The '<em><b>MASTER BIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_master_ops.bind
	 * <!-- end-model-doc -->
	 * @see #MASTER_BIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_BIND_VALUE = 7;

	/**
	 * The '<em><b>MASTER UNBIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER_UNBIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_UNBIND_VALUE = 8;

	/**
	 * The '<em><b>IRQ HANDLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * hard IRQ handler
	 * <!-- end-model-doc -->
	 * @see #IRQ_HANDLER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IRQ_HANDLER_VALUE = 9;

	/**
	 * The '<em><b>IRQ THREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * threaded IRQ handler
	 * <!-- end-model-doc -->
	 * @see #IRQ_THREAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IRQ_THREAD_VALUE = 10;

	/**
	 * The '<em><b>RUN JOB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_backend_ops.run_job
	 * <!-- end-model-doc -->
	 * @see #RUN_JOB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUN_JOB_VALUE = 11;

	/**
	 * The '<em><b>TIMEDOUT JOB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_backend_ops.timedout_job
	 * <!-- end-model-doc -->
	 * @see #TIMEDOUT_JOB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMEDOUT_JOB_VALUE = 12;

	/**
	 * The '<em><b>FREE JOB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE_JOB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREE_JOB_VALUE = 13;

	/**
	 * The '<em><b>PD POWER ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * generic_pm_domain.power_on
	 * <!-- end-model-doc -->
	 * @see #PD_POWER_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PD_POWER_ON_VALUE = 14;

	/**
	 * The '<em><b>PD POWER OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PD_POWER_OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PD_POWER_OFF_VALUE = 15;

	/**
	 * The '<em><b>IOMMU PROBE DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_ops.probe_device: runs for each consumer of the IOMMU when the IOMMU registers or the consumer is added
	 * <!-- end-model-doc -->
	 * @see #IOMMU_PROBE_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IOMMU_PROBE_DEVICE_VALUE = 17;

	/**
	 * The '<em><b>HELPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An internal function reached through CALL.
	 * <!-- end-model-doc -->
	 * @see #HELPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HELPER_VALUE = 16;

	/**
	 * An array of all the '<em><b>Callback Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CallbackKind[] VALUES_ARRAY =
		new CallbackKind[] {
			PROBE,
			REMOVE,
			RUNTIME_RESUME,
			RUNTIME_SUSPEND,
			RUNTIME_IDLE,
			COMPONENT_BIND,
			COMPONENT_UNBIND,
			MASTER_BIND,
			MASTER_UNBIND,
			IRQ_HANDLER,
			IRQ_THREAD,
			RUN_JOB,
			TIMEDOUT_JOB,
			FREE_JOB,
			PD_POWER_ON,
			PD_POWER_OFF,
			IOMMU_PROBE_DEVICE,
			HELPER,
		};

	/**
	 * A public read-only list of all the '<em><b>Callback Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CallbackKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Callback Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CallbackKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CallbackKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Callback Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CallbackKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CallbackKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Callback Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CallbackKind get(int value) {
		switch (value) {
			case PROBE_VALUE: return PROBE;
			case REMOVE_VALUE: return REMOVE;
			case RUNTIME_RESUME_VALUE: return RUNTIME_RESUME;
			case RUNTIME_SUSPEND_VALUE: return RUNTIME_SUSPEND;
			case RUNTIME_IDLE_VALUE: return RUNTIME_IDLE;
			case COMPONENT_BIND_VALUE: return COMPONENT_BIND;
			case COMPONENT_UNBIND_VALUE: return COMPONENT_UNBIND;
			case MASTER_BIND_VALUE: return MASTER_BIND;
			case MASTER_UNBIND_VALUE: return MASTER_UNBIND;
			case IRQ_HANDLER_VALUE: return IRQ_HANDLER;
			case IRQ_THREAD_VALUE: return IRQ_THREAD;
			case RUN_JOB_VALUE: return RUN_JOB;
			case TIMEDOUT_JOB_VALUE: return TIMEDOUT_JOB;
			case FREE_JOB_VALUE: return FREE_JOB;
			case PD_POWER_ON_VALUE: return PD_POWER_ON;
			case PD_POWER_OFF_VALUE: return PD_POWER_OFF;
			case IOMMU_PROBE_DEVICE_VALUE: return IOMMU_PROBE_DEVICE;
			case HELPER_VALUE: return HELPER;
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
	private CallbackKind(int value, String name, String literal) {
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
	
} //CallbackKind
