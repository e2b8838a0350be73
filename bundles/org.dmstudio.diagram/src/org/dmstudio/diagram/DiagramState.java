package org.dmstudio.diagram;

import java.util.List;

import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.RpmStatus;
import org.eclipse.emf.ecore.EObject;

/**
 * The simulation state at one trace step, as conditional styles read it. Every method has a default
 * meaning "not known at this step": the diagram then shows what the model itself says. The
 * simulation implements it from its trace; {@link #NONE} draws the model as it is.
 */
public interface DiagramState {

	DiagramState NONE = new DiagramState() {
	};

	/** What the title shows about the state, e.g. {@code scenario builtin-probe, step 42: rpm_resume}; empty for none. */
	default String label() {
		return "";
	}

	/** The device's runtime-PM status, or null to use the model's. */
	default RpmStatus runtimeStatus(Device device) {
		return null;
	}

	/** The device's probe state, or null to use the model's. */
	default ProbeState probeState(Device device) {
		return null;
	}

	/** The error of the device's last failed or deferred probe, negative; 0 to use the model's. */
	default int probeError(Device device) {
		return 0;
	}

	/** True when the device sits on the deferred probe list. */
	default boolean deferred(Device device) {
		return false;
	}

	/**
	 * An errno stored in the element (a device's {@code power.runtime_error}, a failed probe's
	 * result, a regulator's cached error), negative as in the kernel; 0 for none.
	 */
	default int storedError(EObject element) {
		return 0;
	}

	/** An errno the element's current call returned at this step, negative; 0 for none. */
	default int returnedError(EObject element) {
		return 0;
	}

	/** Whether a power domain is on or a regulator enabled; null to use the model's. */
	default Boolean powered(EObject domainOrRegulator) {
		return null;
	}

	/**
	 * The call path active at this step, outermost first: the elements whose calls are on the stack
	 * (e.g. the consumer, the supplier it resumes, the supplier's power domain). Edges between
	 * neighbours on the path are highlighted.
	 */
	default List<EObject> activePath() {
		return List.of();
	}

	/**
	 * What a run puts on an element's timeline lane (a hardware core's or an entity's): bars and
	 * marks implementing {@link org.dmstudio.diagram.layout.TimeSpan}; for the DRM device itself, the
	 * cursor at this step. Empty when no run is known.
	 */
	default List<Object> timeline(EObject element) {
		return List.of();
	}

	/** The jobs, tasks and fences sitting at an element at this step (an entity's queue, a scheduler's pending list, a core), as tokens. */
	default List<Object> tokens(EObject element) {
		return List.of();
	}

	/** A scheduler's {@code credit_count} (credits of the jobs on its pending list); null to use the model's. */
	default Integer creditCount(Scheduler scheduler) {
		return null;
	}

	/** Whether a scheduler's submission is paused ({@code pause_submit}, from drm_sched_stop to drm_sched_start); null to use the model's. */
	default Boolean stopped(Scheduler scheduler) {
		return null;
	}

	/** Whether a core's {@code reset.pending} is set (a timed-out job waits for the reset); null to use the model's. */
	default Boolean resetPending(HardwareCore core) {
		return null;
	}

	/** True when the step runs in the core's hard IRQ handler. */
	default boolean irqHandlerRunning(HardwareCore core) {
		return false;
	}

	/** True when the step runs in the core's threaded IRQ handler ({@code irq/N-name}). */
	default boolean irqThreadRunning(HardwareCore core) {
		return false;
	}

	/**
	 * The state to lay a scene out with, so that restyling it for any step of the same run moves nothing:
	 * every token the run ever puts at an element has a place there. This state itself when its tokens never move.
	 */
	default DiagramState forLayout() {
		return this;
	}

	/** True for an element the simulation did not run (the other DRM device of a model that holds two designs). */
	default boolean outsideRun(EObject element) {
		return false;
	}
}
