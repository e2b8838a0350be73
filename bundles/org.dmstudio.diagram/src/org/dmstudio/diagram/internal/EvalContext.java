package org.dmstudio.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.IrqLine;
import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.model.Errno;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RpmStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** What expressions of one diagram share: the model roots, the selection, the state and an inverse index. */
public final class EvalContext {

	private final List<Object> roots;
	private final List<Object> selection;
	private DiagramState state;
	private Map<String, Map<EObject, List<Object>>> inverse;
	private final Map<Device, List<ResumeChain.Step>> chains = new HashMap<>();
	private final Map<HardwareCore, IrqLine> irqLines = new HashMap<>();

	public EvalContext(List<? extends EObject> roots, List<? extends EObject> selection, DiagramState state) {
		this.roots = List.copyOf(roots);
		this.selection = List.copyOf(selection);
		this.state = state;
	}

	public List<Object> roots() {
		return roots;
	}

	public List<Object> selection() {
		return selection;
	}

	public DiagramState state() {
		return state;
	}

	/** Switches to another state (restyling a scene for each step of a trace). */
	void setState(DiagramState value) {
		state = value == null ? DiagramState.NONE : value;
	}

	/** Every state value of an element that conditional styles can read, as one key. */
	String signature(Object subject) {
		StringBuilder key = new StringBuilder();
		for (String name : STATE_NAMES) {
			key.append(state(subject, name)).append('|');
		}
		return key.toString();
	}

	/** The objects whose reference {@code feature} points at {@code target}, in model order. */
	List<Object> inverse(EObject target, String feature) {
		if (inverse == null) {
			inverse = new HashMap<>();
			for (Object root : roots) {
				EObject eRoot = (EObject) root;
				index(eRoot);
				eRoot.eAllContents().forEachRemaining(this::index);
			}
		}
		return inverse.getOrDefault(feature, Map.of()).getOrDefault(target, List.of());
	}

	private void index(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
				continue;
			}
			Object value = object.eGet(reference);
			Collection<?> targets = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
			for (Object target : targets) {
				inverse.computeIfAbsent(reference.getName(), k -> new HashMap<>())
						.computeIfAbsent((EObject) target, k -> new ArrayList<>()).add(object);
			}
		}
	}

	/** The resume chain of a device, computed once so that its steps keep their identity. */
	List<ResumeChain.Step> resumeChain(Device device) {
		return chains.computeIfAbsent(device, ResumeChain::of);
	}

	/** The interrupt line of a core, made once so that it keeps its identity. */
	IrqLine irqLine(HardwareCore core) {
		return irqLines.computeIfAbsent(core, IrqLine::new);
	}

	private static final List<String> STATE_NAMES = List.of("rpm", "probe", "deferred", "stored", "returned", "on", "active",
			"probeError", "creditCount", "stopped", "resetPending", "irqHandler", "irqThread");

	/** The state of an element; for a resume step, of its element; for an interrupt line, of its core. */
	List<Object> state(Object subject, String name) {
		Object element = subject instanceof ResumeChain.Step step ? step.element() : subject instanceof IrqLine irq ? irq.core() : subject;
		if (!(element instanceof EObject object)) {
			return List.of();
		}
		if (name.equals("timeline")) {
			return List.copyOf(state.timeline(object));
		}
		if (name.equals("tokens")) {
			return List.copyOf(state.tokens(object));
		}
		Object value = switch (name) {
		case "rpm" -> rpm(object);
		case "probe" -> probe(object);
		case "deferred" -> object instanceof Device d && (state.deferred(d) || probe(d) == ProbeState.DEFERRED);
		case "stored" -> state.storedError(object) != 0 ? state.storedError(object) : null;
		case "returned" -> state.returnedError(object) != 0 ? state.returnedError(object) : null;
		case "storedName" -> state.storedError(object) != 0 ? Errno.name(state.storedError(object)) : null;
		case "returnedName" -> state.returnedError(object) != 0 ? Errno.name(state.returnedError(object)) : null;
		case "probeError" -> probeError(object);
		case "probeErrorName" -> probeError(object) == null ? null : Errno.name(probeError(object));
		case "on" -> powered(object);
		case "active" -> state.activePath().contains(object);
		case "outsideRun" -> state.outsideRun(object);
		case "creditCount" -> object instanceof Scheduler s ? creditCount(s) : null;
		case "stopped" -> object instanceof Scheduler s ? (state.stopped(s) != null ? state.stopped(s) : s.isStopped()) : null;
		case "resetPending" -> object instanceof HardwareCore c ? (state.resetPending(c) != null ? state.resetPending(c) : c.isResetPending()) : null;
		case "irqHandler" -> object instanceof HardwareCore c && state.irqHandlerRunning(c);
		case "irqThread" -> object instanceof HardwareCore c && state.irqThreadRunning(c);
		default -> throw new IllegalArgumentException("unknown state '" + name + "' (rpm, probe, deferred, stored, storedName, returned, "
				+ "returnedName, probeError, probeErrorName, on, active, outsideRun, creditCount, stopped, resetPending, irqHandler, "
				+ "irqThread, timeline, tokens)");
		};
		return value == null ? List.of() : List.of(value);
	}

	private Integer creditCount(Scheduler scheduler) {
		Integer count = state.creditCount(scheduler);
		return count != null ? count : scheduler.getCreditCount();
	}

	private RpmStatus rpm(EObject object) {
		if (!(object instanceof Device device)) {
			return null;
		}
		RpmStatus status = state.runtimeStatus(device);
		return status != null ? status : device.getRuntimePm() == null ? null : device.getRuntimePm().getStatus();
	}

	private ProbeState probe(EObject object) {
		if (!(object instanceof Device device)) {
			return null;
		}
		ProbeState probe = state.probeState(device);
		return probe != null ? probe : device.getProbeState();
	}

	private Integer probeError(EObject object) {
		if (!(object instanceof Device device)) {
			return null;
		}
		int error = state.probeError(device) != 0 ? state.probeError(device) : device.getProbeError();
		return error != 0 ? error : null;
	}

	private Boolean powered(EObject object) {
		Boolean powered = state.powered(object);
		if (powered != null) {
			return powered;
		}
		if (object instanceof PowerDomain domain) {
			return domain.isOn() || domain.isAlwaysOn();
		}
		if (object instanceof Regulator regulator) {
			return regulator.isEnabled() || regulator.isAlwaysOn();
		}
		return null;
	}

	/** True when {@code a} and {@code b} follow each other on the active call path (either way). */
	boolean adjacentOnPath(Object a, Object b) {
		List<EObject> path = state.activePath();
		for (int i = 1; i < path.size(); i++) {
			if (path.get(i - 1) == a && path.get(i) == b || path.get(i - 1) == b && path.get(i) == a) {
				return true;
			}
		}
		return false;
	}
}
