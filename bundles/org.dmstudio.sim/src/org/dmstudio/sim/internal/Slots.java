package org.dmstudio.sim.internal;

import java.util.Arrays;

import org.dmstudio.sim.StateField;

/**
 * The layout of the simulation's mutable state: every kernel field the engine tracks is one slot
 * of a {@code long[]}, so that a whole state is one array (cheap to copy for snapshots) and every
 * change is a (slot, before, after) delta that can be undone.
 */
public final class Slots {

	private String[] objects = new String[256];
	private String[] fields = new String[256];
	private StateField[] kinds = new StateField[256];
	private long[] initial = new long[256];
	private int size;

	public int alloc(String object, String field, StateField kind, long init) {
		if (size == initial.length) {
			int n = size * 2;
			objects = Arrays.copyOf(objects, n);
			fields = Arrays.copyOf(fields, n);
			kinds = Arrays.copyOf(kinds, n);
			initial = Arrays.copyOf(initial, n);
		}
		objects[size] = object;
		fields[size] = field;
		kinds[size] = kind;
		initial[size] = init;
		return size++;
	}

	public void setInitial(int slot, long value) {
		initial[slot] = value;
	}

	public long initial(int slot) {
		return initial[slot];
	}

	public int size() {
		return size;
	}

	public String object(int slot) {
		return objects[slot];
	}

	public String field(int slot) {
		return fields[slot];
	}

	public StateField kind(int slot) {
		return kinds[slot];
	}

	public long[] newState() {
		return Arrays.copyOf(initial, size);
	}
}
