package org.dmstudio.diagram.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dmstudio.diagram.trace.SchedRun.FenceToken;
import org.dmstudio.diagram.trace.SchedRun.JobToken;
import org.dmstudio.diagram.trace.SchedRun.StepCursor;
import org.dmstudio.diagram.trace.SchedRun.TaskToken;
import org.dmstudio.model.Errno;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Entity;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.StateField;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;
import org.eclipse.emf.ecore.EObject;

/**
 * A recorded simulation seen on a model: which model element each kernel object of the trace is
 * (devices by name, genpd {@code pd_X} as domain {@code X}, regulators, {@code link C -> S} and
 * {@code C -> S} as the device link from supplier S to consumer C), the call frames of each step,
 * and the {@link TraceDiagramState} at any step.
 */
public final class TraceView {

	private static final String RUNTIME_STATUS = "power.runtime_status";
	private static final String RUNTIME_ERROR = "power.runtime_error";
	private static final String PROBE_STATE = "probe state";
	private static final String PROBE_ERROR = "probe error";
	private static final String DEFERRED_LIST = "deferred list";

	private final SimulationResult result;
	private final Trace trace;
	private final Map<String, EObject> elements = new HashMap<>();
	private final int[] parents;
	private final TraceStep[] steps;
	private final List<String[]> slots;
	private final Map<EObject, Map<String, Integer>> slotsOfElement = new IdentityHashMap<>();
	private final List<DrmDevice> drmDevices = new ArrayList<>();
	private SchedRun schedRun;
	private boolean schedRunRead;
	private Map<String, Integer> slotIndex;
	private Map<EObject, Map<String, Object>> tokenSlots;

	public TraceView(SimulationResult result, List<? extends EObject> roots) {
		if (result.trace() == null) {
			throw new IllegalArgumentException("the simulation of " + result.scenario() + " recorded no trace");
		}
		this.result = result;
		this.trace = result.trace();
		for (EObject root : roots) {
			index(root);
			root.eAllContents().forEachRemaining(this::index);
		}
		steps = new TraceStep[trace.size()];
		parents = parents();
		slots = trace.stateAt(0).entries().stream().map(e -> new String[] { e[0], e[1] }).toList();
		for (int slot = 0; slot < slots.size(); slot++) {
			EObject element = elements.get(slots.get(slot)[0]);
			if (element != null) {
				slotsOfElement.computeIfAbsent(element, k -> new HashMap<>()).put(slots.get(slot)[1], slot);
			}
		}
	}

	private void index(EObject object) {
		if (object instanceof DrmDevice drm) {
			drmDevices.add(drm);
		}
		if (object instanceof Device device && device.getName() != null) {
			elements.putIfAbsent(device.getName(), device);
		} else if (object instanceof PowerDomain domain && domain.getName() != null) {
			elements.putIfAbsent("pd_" + domain.getName(), domain);
			elements.putIfAbsent(domain.getName(), domain);
		} else if (object instanceof Regulator regulator && regulator.getName() != null) {
			elements.putIfAbsent(regulator.getName(), regulator);
		} else if (object instanceof DeviceLink link && link.getSupplier() != null && link.getConsumer() != null) {
			String name = link.getConsumer().getName() + " -> " + link.getSupplier().getName();
			elements.putIfAbsent("link " + name, link);
			elements.putIfAbsent(name, link);
		}
	}

	/** The enclosing call of every step in its context (the step one level up the stack), -1 for none. */
	private int[] parents() {
		int[] parents = new int[trace.size()];
		Map<String, int[]> stacks = new HashMap<>();
		for (int i = 0; i < trace.size(); i++) {
			TraceStep step = step(i);
			int[] stack = stacks.computeIfAbsent(step.context(), k -> new int[16]);
			int depth = step.depth();
			parents[i] = depth > 0 && depth - 1 < stack.length ? stack[depth - 1] : -1;
			if (step.kind() == TraceStep.Kind.CALL) {
				if (depth >= stack.length) {
					stack = Arrays.copyOf(stack, Math.max(depth + 1, stack.length * 2));
					stacks.put(step.context(), stack);
				}
				stack[depth] = i;
			}
		}
		return parents;
	}

	public SimulationResult result() {
		return result;
	}

	public Trace trace() {
		return trace;
	}

	/** A step of the trace, made once. */
	public TraceStep step(int index) {
		if (steps[index] == null) {
			steps[index] = trace.step(index);
		}
		return steps[index];
	}

	/** The model element a trace object name stands for; null when the model has none. */
	public EObject element(String name) {
		return name == null ? null : elements.get(name);
	}

	/** The enclosing call of a step, -1 for a step at the top of its context. */
	public int parent(int step) {
		return parents[step];
	}

	/** The steps whose calls are on the stack at {@code step}, outermost first, ending with the step itself. */
	public List<Integer> frames(int step) {
		List<Integer> frames = new ArrayList<>();
		for (int i = step; i >= 0; i = parents[i]) {
			frames.add(0, i);
		}
		return frames;
	}

	/** The kernel objects and fields of the state, in slot order ({object, field}). */
	public List<String[]> slots() {
		return slots;
	}

	/** What the run did on its DRM scheduler, read from the whole trace once; null when it simulated none. */
	public SchedRun schedRun() {
		if (!schedRunRead) {
			schedRun = SchedRun.of(this, drmDevices);
			schedRunRead = true;
		}
		return schedRun;
	}

	public TraceDiagramState stateAt(int step) {
		return stateAt(step, trace.stateAt(step).values());
	}

	/** The diagram state at a step whose raw slot values are given (from a cursor walking the trace). */
	public TraceDiagramState stateAt(int step, long[] values) {
		TraceDiagramState state = new TraceDiagramState(label(step));
		slotsOfElement.forEach((element, fields) -> {
			if (element instanceof Device device) {
				Integer slot = fields.get(RUNTIME_STATUS);
				if (slot != null) {
					state.runtimeStatus.put(device, RpmStatus.getByName(StateField.RPM_STATUS.format(values[slot], null).substring(4)));
				}
				slot = fields.get(PROBE_STATE);
				if (slot != null) {
					state.probeState.put(device, ProbeState.getByName(StateField.PROBE_STATE.format(values[slot], null)));
				}
				slot = fields.get(PROBE_ERROR);
				if (slot != null && values[slot] != 0) {
					state.probeError.put(device, (int) values[slot]);
				}
				slot = fields.get(DEFERRED_LIST);
				if (slot != null && values[slot] != 0) {
					state.deferred.add(device);
				}
				slot = fields.get(RUNTIME_ERROR);
				if (slot != null && values[slot] != 0) {
					state.stored.put(device, (int) values[slot]);
				}
			} else if (element instanceof PowerDomain domain && fields.containsKey("status")) {
				state.powered.put(domain, values[fields.get("status")] != 0);
			} else if (element instanceof Regulator regulator && fields.containsKey("enabled")) {
				state.powered.put(regulator, values[fields.get("enabled")] != 0);
			}
		});
		if (schedRun() != null) {
			placeSchedRun(state, step, values);
		}
		for (int frame : frames(step)) {
			TraceStep call = step(frame);
			EObject element = element(call.object());
			if (element == null) {
				continue;
			}
			if (state.activePath.isEmpty() || state.activePath.get(state.activePath.size() - 1) != element) {
				state.activePath.add(element);
			}
			if (call.kind() == TraceStep.Kind.CALL && call.returned() && call.ret() < 0) {
				state.returned.put(element, call.ret());
			}
		}
		return state;
	}

	/**
	 * The timeline lanes of the simulated DRM device, the cursor at the step, the fields of its schedulers
	 * and cores, the IRQ handler the step runs in, and where each job, task and fence is at it.
	 */
	private void placeSchedRun(TraceDiagramState state, int step, long[] values) {
		SchedRun run = schedRun();
		DrmDevice device = run.device();
		for (DrmDevice other : drmDevices) {
			if (other != device) {
				state.outsideRun.add(other);
				other.eAllContents().forEachRemaining(state.outsideRun::add);
			}
		}
		state.timeline.put(device, List.of(new StepCursor(step, step(step).timeNs())));
		String context = step(step).context();
		for (HardwareCore core : device.getCores()) {
			state.timeline.put(core, run.lane(core.getName()));
			Integer resetPending = slotIndex(core.getName(), "reset.pending");
			if (resetPending != null) {
				state.resetPending.put(core, values[resetPending] != 0);
			}
			String irqName = core.getIrqName() != null ? core.getIrqName() : core.getName();
			if (context.equals("irq " + core.getIrq())) {
				state.irqHandlerRunning.add(core);
			} else if (context.equals("irq/" + core.getIrq() + "-" + irqName)) {
				state.irqThreadRunning.add(core);
			}
		}
		for (Entity entity : device.getEntities()) {
			state.timeline.put(entity, run.lane(entity.getName()));
		}
		for (Scheduler scheduler : device.getSchedulers()) {
			Integer creditCount = slotIndex(scheduler.getName(), "credit_count");
			if (creditCount != null) {
				state.creditCount.put(scheduler, (int) values[creditCount]);
			}
			Integer pauseSubmit = slotIndex(scheduler.getName(), "pause_submit");
			if (pauseSubmit != null) {
				state.stopped.put(scheduler, values[pauseSubmit] != 0);
			}
		}
		placeTokens(state.tokens, values);
		state.layoutState = () -> state.withTokens(tokenPlaces(state.tokens));
	}

	/** Where each job, task and fence of the run is with the raw slot {@code values} of a step: an entity's queue, a scheduler's pending list, a core. */
	private void placeTokens(Map<EObject, List<Object>> tokens, long[] values) {
		SchedRun run = schedRun();
		DrmDevice device = run.device();
		Map<String, EObject> byName = new HashMap<>();
		Map<String, Scheduler> schedulerOfCore = new HashMap<>();
		device.getCores().forEach(core -> byName.put(core.getName(), core));
		device.getEntities().forEach(entity -> byName.put(entity.getName(), entity));
		for (Scheduler scheduler : device.getSchedulers()) {
			if (scheduler.getCore() != null) {
				schedulerOfCore.put(scheduler.getCore().getName(), scheduler);
			}
		}
		for (int slot = 0; slot < slots.size(); slot++) {
			String object = slots.get(slot)[0];
			if (!slots.get(slot)[1].equals("state")) {
				continue;
			}
			if (object.startsWith("job ")) {
				String job = object.substring("job ".length());
				String jobState = StateField.JOB_STATE.format(values[slot], null);
				Integer errorSlot = slotIndex(object, "s_fence->finished error");
				String error = errorSlot == null || values[errorSlot] == 0 ? null : Errno.name((int) values[errorSlot]);
				Integer pendingSlot = slotIndex(object, "on pending list");
				boolean pending = pendingSlot != null && values[pendingSlot] != 0;
				EObject where;
				Object token;
				switch (jobState) {
				case "NONE" -> {
					continue;
				}
				case "FREED" -> {
					where = device;
					token = new FenceToken(job, error);
				}
				default -> {
					// drm_sched_job_begin() put it on pending_list: it is on its scheduler even before run_job() returns
					where = pending || jobState.equals("RUNNING") || jobState.equals("DONE")
							? schedulerOfCore.get(run.coreOf(job)) : byName.get(run.entityOf(job));
					token = new JobToken(job, jobState, error);
				}
				}
				if (where != null) {
					tokens.computeIfAbsent(where, k -> new ArrayList<>()).add(token);
				}
			} else if (StateField.TASK_STATE.format(values[slot], null).equals("SUBMITTED") && run.coreOfTask(object) != null) {
				EObject core = byName.get(run.coreOfTask(object));
				String job = object.contains("/") ? object.substring(0, object.lastIndexOf('/')) : object;
				tokens.computeIfAbsent(core, k -> new ArrayList<>()).add(new TaskToken(object, run.entityOf(object) != null ? object : job));
			}
		}
	}

	/**
	 * Every token the run ever puts at each element, in the order they first arrive there, as {@code atStep}
	 * has them where it has them: the tokens a scene is laid out with so that each has its place in every
	 * container it visits.
	 */
	private Map<EObject, List<Object>> tokenPlaces(Map<EObject, List<Object>> atStep) {
		if (tokenSlots == null) {
			tokenSlots = new IdentityHashMap<>();
			Trace.Cursor cursor = trace.cursor();
			while (cursor.forward()) {
				Map<EObject, List<Object>> tokens = new IdentityHashMap<>();
				placeTokens(tokens, cursor.state().values());
				tokens.forEach((element, here) -> {
					Map<String, Object> slotsHere = tokenSlots.computeIfAbsent(element, k -> new LinkedHashMap<>());
					here.forEach(token -> slotsHere.putIfAbsent(tokenKey(token), token));
				});
			}
		}
		Map<EObject, List<Object>> places = new IdentityHashMap<>();
		tokenSlots.forEach((element, slotsHere) -> {
			Map<String, Object> present = new HashMap<>();
			atStep.getOrDefault(element, List.of()).forEach(token -> present.put(tokenKey(token), token));
			List<Object> tokens = new ArrayList<>();
			slotsHere.forEach((key, first) -> tokens.add(present.getOrDefault(key, first)));
			places.put(element, tokens);
		});
		return places;
	}

	private static String tokenKey(Object token) {
		return token.getClass().getSimpleName() + " " + token;
	}

	private Integer slotIndex(String object, String field) {
		if (slotIndex == null) {
			slotIndex = new HashMap<>();
			for (int slot = 0; slot < slots.size(); slot++) {
				slotIndex.put(slots.get(slot)[0] + "|" + slots.get(slot)[1], slot);
			}
		}
		return slotIndex.get(object + "|" + field);
	}

	/** What the title says about a step: scenario, seed, step and its call. */
	public String label(int step) {
		return "scenario " + result.scenario() + ", seed " + result.seed() + ", step " + step + " of " + trace.size() + ": "
				+ describe(step(step));
	}

	/** A step as one line: {@code driver_probe_device(fdab0000.npu) = -EINVAL}. */
	public static String describe(TraceStep step) {
		String call = step.function() + (step.object() == null ? "" : "(" + step.object() + ")");
		if (step.kind() != TraceStep.Kind.CALL) {
			return step.kind().name().toLowerCase(Locale.ROOT) + " " + call;
		}
		return step.returned() ? call + " = " + step.retName() : call;
	}
}
