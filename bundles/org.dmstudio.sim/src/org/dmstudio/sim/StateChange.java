package org.dmstudio.sim;

/** One field of one kernel object changed by a step, e.g. {@code fdab9000.iommu power.runtime_error 0 -> -EPROBE_DEFER}. */
public record StateChange(String object, String field, String before, String after) {

	@Override
	public String toString() {
		return object + " " + field + ": " + before + " -> " + after;
	}
}
