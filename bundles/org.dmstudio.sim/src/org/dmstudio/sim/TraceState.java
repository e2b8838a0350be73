package org.dmstudio.sim;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.sim.internal.Slots;

/** The full state of the simulated kernel at one step: every tracked field of every object. */
public final class TraceState {

	private final Slots slots;
	private final long[] values;
	private final List<String> strings;
	private final List<String> devices;

	TraceState(Slots slots, long[] values, List<String> strings, List<String> devices) {
		this.slots = slots;
		this.values = values;
		this.strings = strings;
		this.devices = devices;
	}

	/** The value of {@code field} of {@code object} as the kernel names it, or null if there is no such field. */
	public String get(String object, String field) {
		for (int i = 0; i < slots.size(); i++) {
			if (slots.object(i).equals(object) && slots.field(i).equals(field)) {
				return format(i);
			}
		}
		return null;
	}

	String format(int slot) {
		return slots.kind(slot).format(values[slot], v -> slots.kind(slot) == StateField.DEVICE_REF
				? devices.get((int) v - 1) : strings.get((int) v - 1));
	}

	/** All fields, as {object, field, value}, in a stable order. */
	public List<String[]> entries() {
		List<String[]> entries = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			entries.add(new String[] { slots.object(i), slots.field(i), format(i) });
		}
		return entries;
	}

	/** The raw slot values (for comparing two states). */
	public long[] values() {
		return values.clone();
	}
}
