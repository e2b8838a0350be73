package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raw trace: steps (one per kernel function entered, plus printk lines and reported bugs) and
 * the global, ordered log of state deltas, with a full snapshot of the state every
 * {@link #snapshotEvery()} deltas so that any step's state is rebuilt by replaying a few deltas.
 */
public final class TraceLog {

	/** Snapshots cost a whole state each: their spacing grows with the state, so memory stays about four times the deltas'. */
	private final int snapshotEvery;

	public static final byte CALL = 0, PRINTK = 1, BUG = 2, NOTE = 3;

	// steps
	int steps;
	long[] time = new long[1024];
	byte[] type = new byte[1024];
	int[] depth = new int[1024];
	int[] ret = new int[1024];
	boolean[] returned = new boolean[1024];
	int[] deltaMark = new int[1024];
	int[] retMark = new int[1024];
	final List<String> ctx = new ArrayList<>();
	final List<String> stack = new ArrayList<>();
	final List<String> function = new ArrayList<>();
	final List<String> object = new ArrayList<>();

	// deltas
	int deltas;
	int[] slot = new int[4096];
	long[] before = new long[4096];
	long[] after = new long[4096];
	int[] owner = new int[4096];
	final List<long[]> snapshots = new ArrayList<>();
	final long[] initial;

	TraceLog(long[] initial) {
		this.initial = initial.clone();
		this.snapshotEvery = Math.max(512, initial.length / 4);
	}

	public int snapshotEvery() {
		return snapshotEvery;
	}

	int addStep(long t, byte kind, String context, String callStack, String fn, String obj, int d) {
		if (steps == time.length) {
			int n = steps * 2;
			time = Arrays.copyOf(time, n);
			type = Arrays.copyOf(type, n);
			depth = Arrays.copyOf(depth, n);
			ret = Arrays.copyOf(ret, n);
			returned = Arrays.copyOf(returned, n);
			deltaMark = Arrays.copyOf(deltaMark, n);
			retMark = Arrays.copyOf(retMark, n);
		}
		time[steps] = t;
		type[steps] = kind;
		depth[steps] = d;
		deltaMark[steps] = deltas;
		ctx.add(context);
		stack.add(callStack);
		function.add(fn);
		object.add(obj);
		return steps++;
	}

	void setReturn(int step, int value) {
		if (step >= 0) {
			ret[step] = value;
			returned[step] = true;
			retMark[step] = deltas;
		}
	}

	void addDelta(int s, long b, long a, int ownerStep, long[] state) {
		if (deltas == slot.length) {
			int n = deltas * 2;
			slot = Arrays.copyOf(slot, n);
			before = Arrays.copyOf(before, n);
			after = Arrays.copyOf(after, n);
			owner = Arrays.copyOf(owner, n);
		}
		if (deltas % snapshotEvery == 0) {
			snapshots.add(state.clone());
		}
		slot[deltas] = s;
		before[deltas] = b;
		after[deltas] = a;
		owner[deltas] = ownerStep;
		deltas++;
	}

	public int steps() {
		return steps;
	}

	public int deltas() {
		return deltas;
	}

	/** The state after the first {@code count} deltas: nearest snapshot, then replay. */
	public long[] stateAfterDeltas(int count) {
		return stateAfterDeltas(count, new long[initial.length]);
	}

	/** The same, written into {@code state}. */
	public long[] stateAfterDeltas(int count, long[] state) {
		int snap = Math.min(count / snapshotEvery, snapshots.size() - 1);
		int from;
		if (snap < 0) {
			System.arraycopy(initial, 0, state, 0, initial.length);
			from = 0;
		} else {
			System.arraycopy(snapshots.get(snap), 0, state, 0, initial.length);
			from = snap * snapshotEvery;
		}
		for (int i = from; i < count; i++) {
			state[slot[i]] = after[i];
		}
		return state;
	}

	/** Undoes deltas from a later state back to an earlier count (walking backwards). */
	public void undo(long[] state, int fromCount, int toCount) {
		for (int i = fromCount - 1; i >= toCount; i--) {
			state[slot[i]] = before[i];
		}
	}

	/** Applies deltas from an earlier count up to a later one (walking forwards). */
	public void redo(long[] state, int fromCount, int toCount) {
		for (int i = fromCount; i < toCount; i++) {
			state[slot[i]] = after[i];
		}
	}

	/** Number of deltas applied when step {@code index} has completed its entry and its own direct effects up to the next step. */
	public int deltaMarkAfter(int index) {
		return index + 1 < steps ? deltaMark[index + 1] : deltas;
	}

	/** Number of deltas applied when step {@code step} returned. */
	public int retMark(int step) {
		return retMark[step];
	}

	public long time(int i) {
		return time[i];
	}

	public byte type(int i) {
		return type[i];
	}

	public int depth(int i) {
		return depth[i];
	}

	public boolean returned(int i) {
		return returned[i];
	}

	public int ret(int i) {
		return ret[i];
	}

	public String context(int i) {
		return ctx.get(i);
	}

	public String stack(int i) {
		return stack.get(i);
	}

	public String function(int i) {
		return function.get(i);
	}

	public String object(int i) {
		return object.get(i);
	}

	public int deltaSlot(int d) {
		return slot[d];
	}

	public long deltaBefore(int d) {
		return before[d];
	}

	public long deltaAfter(int d) {
		return after[d];
	}

	public int deltaOwner(int d) {
		return owner[d];
	}

	public int deltaMark(int step) {
		return deltaMark[step];
	}
}
