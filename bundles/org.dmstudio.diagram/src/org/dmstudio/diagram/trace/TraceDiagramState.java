package org.dmstudio.diagram.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dmstudio.diagram.DiagramState;
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
	private final String label;

	TraceDiagramState(String label) {
		this.label = label;
	}

	/** The state at a step of a simulation, on the model {@code roots} the simulation was made from. */
	public static TraceDiagramState of(SimulationResult result, int step, List<? extends EObject> roots) {
		return new TraceView(result, roots).stateAt(step);
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
	public boolean outsideRun(EObject element) {
		return outsideRun.contains(element);
	}
}
