package org.dmstudio.diagram.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.dmstudio.diagram.DiagramState;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.sim.SimulationResult;
import org.eclipse.emf.ecore.EObject;

/**
 * The simulation state at one step of a trace, on the model's elements: runtime-PM status, probe
 * state and error, deferral, errors stored ({@code power.runtime_error}) and returned by the calls
 * on the stack, domains and regulators on or off, the elements the call stack touches, and on a
 * DRM scheduler the run's timeline and the tokens of its jobs, tasks and fences.
 * Made by {@link TraceView#stateAt(int)}.
 */
public final class TraceDiagramState implements DiagramState {

	final Map<Device, RpmStatus> runtimeStatus = new IdentityHashMap<>();
	final Map<Device, ProbeState> probeState = new IdentityHashMap<>();
	final Map<Device, Integer> probeError = new IdentityHashMap<>();
	final Set<Device> deferred = Collections.newSetFromMap(new IdentityHashMap<>());
	final Map<EObject, Integer> stored = new IdentityHashMap<>();
	final Map<EObject, Integer> returned = new IdentityHashMap<>();
	final Map<EObject, Boolean> powered = new IdentityHashMap<>();
	final List<EObject> activePath = new ArrayList<>();
	final Map<EObject, List<Object>> timeline = new IdentityHashMap<>();
	final Map<EObject, List<Object>> tokens = new IdentityHashMap<>();
	final Set<EObject> outsideRun = Collections.newSetFromMap(new IdentityHashMap<>());
	final Map<EObject, Integer> creditCount = new IdentityHashMap<>();
	final Map<EObject, Boolean> stopped = new IdentityHashMap<>();
	final Map<EObject, Boolean> resetPending = new IdentityHashMap<>();
	final Set<EObject> irqHandlerRunning = Collections.newSetFromMap(new IdentityHashMap<>());
	final Set<EObject> irqThreadRunning = Collections.newSetFromMap(new IdentityHashMap<>());
	Supplier<TraceDiagramState> layoutState;
	private final String label;

	TraceDiagramState(String label) {
		this.label = label;
	}

	/** The state at a step of a simulation, on the model {@code roots} the simulation was made from. */
	public static TraceDiagramState of(SimulationResult result, int step, List<? extends EObject> roots) {
		return new TraceView(result, roots).stateAt(step);
	}

	/** This state with other tokens, its own layout state. */
	TraceDiagramState withTokens(Map<EObject, List<Object>> otherTokens) {
		TraceDiagramState copy = new TraceDiagramState(label);
		copy.runtimeStatus.putAll(runtimeStatus);
		copy.probeState.putAll(probeState);
		copy.probeError.putAll(probeError);
		copy.deferred.addAll(deferred);
		copy.stored.putAll(stored);
		copy.returned.putAll(returned);
		copy.powered.putAll(powered);
		copy.activePath.addAll(activePath);
		copy.timeline.putAll(timeline);
		copy.tokens.putAll(otherTokens);
		copy.outsideRun.addAll(outsideRun);
		copy.creditCount.putAll(creditCount);
		copy.stopped.putAll(stopped);
		copy.resetPending.putAll(resetPending);
		copy.irqHandlerRunning.addAll(irqHandlerRunning);
		copy.irqThreadRunning.addAll(irqThreadRunning);
		return copy;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public RpmStatus runtimeStatus(Device device) {
		return runtimeStatus.get(device);
	}

	@Override
	public ProbeState probeState(Device device) {
		return probeState.get(device);
	}

	@Override
	public int probeError(Device device) {
		return probeError.getOrDefault(device, 0);
	}

	@Override
	public boolean deferred(Device device) {
		return deferred.contains(device);
	}

	@Override
	public int storedError(EObject element) {
		return stored.getOrDefault(element, 0);
	}

	@Override
	public int returnedError(EObject element) {
		return returned.getOrDefault(element, 0);
	}

	@Override
	public Boolean powered(EObject domainOrRegulator) {
		return powered.get(domainOrRegulator);
	}

	@Override
	public List<EObject> activePath() {
		return Collections.unmodifiableList(activePath);
	}

	@Override
	public List<Object> timeline(EObject element) {
		return timeline.getOrDefault(element, List.of());
	}

	@Override
	public List<Object> tokens(EObject element) {
		return tokens.getOrDefault(element, List.of());
	}

	@Override
	public Integer creditCount(Scheduler scheduler) {
		return creditCount.get(scheduler);
	}

	@Override
	public Boolean stopped(Scheduler scheduler) {
		return stopped.get(scheduler);
	}

	@Override
	public Boolean resetPending(HardwareCore core) {
		return resetPending.get(core);
	}

	@Override
	public boolean irqHandlerRunning(HardwareCore core) {
		return irqHandlerRunning.contains(core);
	}

	@Override
	public boolean irqThreadRunning(HardwareCore core) {
		return irqThreadRunning.contains(core);
	}

	@Override
	public DiagramState forLayout() {
		return layoutState != null ? layoutState.get() : this;
	}

	@Override
	public boolean outsideRun(EObject element) {
		return outsideRun.contains(element);
	}
}
