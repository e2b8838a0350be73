package org.dmstudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.dmstudio.sim.internal.Slots;
import org.dmstudio.sim.internal.TraceLog;

/**
 * A recorded simulation: its steps in order, and the state at any step, rebuilt from the nearest
 * snapshot and the deltas after it. A {@link Cursor} walks forwards and backwards by applying or
 * undoing deltas.
 */
public final class Trace {

	private final TraceLog log;
	private final Slots slots;
	private final List<String> strings;
	private final List<String> devices;
	private int[][] owned;

	public Trace(TraceLog log, Slots slots, List<String> strings, List<String> devices) {
		this.log = log;
		this.slots = slots;
		this.strings = strings;
		this.devices = devices;
	}

	public int size() {
		return log.steps();
	}

	public TraceStep step(int i) {
		if (owned == null) {
			indexDeltas();
		}
		List<StateChange> changes = new ArrayList<>();
		for (int d : owned[i]) {
			int slot = log.deltaSlot(d);
			changes.add(new StateChange(slots.object(slot), slots.field(slot), format(slot, log.deltaBefore(d)),
					format(slot, log.deltaAfter(d))));
		}
		TraceStep.Kind kind = TraceStep.Kind.values()[log.type(i)];
		return new TraceStep(i, log.time(i), log.context(i), log.depth(i), kind, log.function(i), log.object(i),
				log.stack(i), log.returned(i), log.ret(i), changes);
	}

	private void indexDeltas() {
		int[] counts = new int[log.steps()];
		for (int d = 0; d < log.deltas(); d++) {
			if (log.deltaOwner(d) >= 0) {
				counts[log.deltaOwner(d)]++;
			}
		}
		owned = new int[log.steps()][];
		for (int i = 0; i < counts.length; i++) {
			owned[i] = new int[counts[i]];
			counts[i] = 0;
		}
		for (int d = 0; d < log.deltas(); d++) {
			int o = log.deltaOwner(d);
			if (o >= 0) {
				owned[o][counts[o]++] = d;
			}
		}
	}

	private String format(int slot, long value) {
		return slots.kind(slot).format(value, v -> slots.kind(slot) == StateField.DEVICE_REF
				? devices.get((int) v - 1) : strings.get((int) v - 1));
	}

	/** The whole state once step {@code i} and everything before the next step have happened. */
	public TraceState stateAt(int i) {
		return new TraceState(slots, log.stateAfterDeltas(log.deltaMarkAfter(i)), strings, devices);
	}

	/** The whole state at the moment step {@code i} returned (its own effects and its callees' included). */
	public TraceState stateAtReturn(int i) {
		return new TraceState(slots, log.stateAfterDeltas(log.returned(i) ? log.retMark(i) : log.deltaMarkAfter(i)), strings,
				devices);
	}

	/** The step that returned {@code errno} first in time (the innermost one, where the error was born). */
	public int firstReturning(int errno) {
		int best = -1;
		for (int i = 0; i < size(); i++) {
			if (log.type(i) == 0 && log.returned(i) && log.ret(i) == errno
					&& (best < 0 || log.retMark(i) < log.retMark(best) || (log.retMark(i) == log.retMark(best) && i > best))) {
				best = i;
			}
		}
		return best;
	}

	/** The first step at or after {@code from} (or at or before it, going backwards) that matches. */
	public int find(int from, boolean forward, Predicate<TraceStep> breakpoint) {
		for (int i = from; forward ? i < size() : i >= 0; i += forward ? 1 : -1) {
			if (breakpoint.test(step(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Breakpoint: a step returning this errno (negative, e.g. -517). */
	public static Predicate<TraceStep> onErrno(int errno) {
		return s -> s.kind() == TraceStep.Kind.CALL && s.returned() && s.ret() == errno;
	}

	/** Breakpoint: a step touching this device (its object or one of its changes). */
	public static Predicate<TraceStep> onDevice(String device) {
		return s -> device.equals(s.object()) || s.changes().stream().anyMatch(c -> c.object().equals(device));
	}

	/** Breakpoint: a step changing a field whose name contains {@code field} (e.g. "runtime_error"). */
	public static Predicate<TraceStep> onChange(String field) {
		return s -> s.changes().stream().anyMatch(c -> c.field().contains(field));
	}

	public Cursor cursor() {
		return new Cursor();
	}

	/** Walks the trace step by step, keeping the current state up to date incrementally. */
	public final class Cursor {
		private int position = -1;
		private int applied;
		private final long[] state = log.stateAfterDeltas(0);

		public int position() {
			return position;
		}

		/** Moves to step {@code target}, forwards or backwards, by applying or undoing deltas. */
		public void seek(int target) {
			int mark = target < 0 ? 0 : log.deltaMarkAfter(target);
			if (Math.abs(mark - applied) > log.snapshotEvery()) {
				log.stateAfterDeltas(mark, state);
			} else if (mark >= applied) {
				log.redo(state, applied, mark);
			} else {
				log.undo(state, applied, mark);
			}
			applied = mark;
			position = target;
		}

		public boolean forward() {
			if (position + 1 >= size()) {
				return false;
			}
			seek(position + 1);
			return true;
		}

		public boolean back() {
			if (position < 0) {
				return false;
			}
			seek(position - 1);
			return true;
		}

		public TraceState state() {
			return new TraceState(slots, state.clone(), strings, devices);
		}
	}
}
