package org.dmstudio.sim;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The outcome of one simulated boot: the trace (when recorded), the dmesg lines, the bugs the
 * engine detected, each device's final probe state, and the checked expectations.
 */
public record SimulationResult(String scenario, long seed, Trace trace, List<String> dmesg, List<String> bugs,
		Map<String, String> devices, List<ExpectationResult> expectations, long endNs) {

	/** True when every expectation holds. */
	public boolean passed() {
		return expectations.stream().allMatch(ExpectationResult::passed);
	}

	/**
	 * The outcome class exploration groups boots by: every device not bound (with its state and
	 * error) and every kind of bug, independent of timing.
	 */
	public String outcomeClass() {
		StringBuilder b = new StringBuilder();
		devices.forEach((device, state) -> {
			if (!state.equals("BOUND")) {
				b.append(b.isEmpty() ? "" : "; ").append(device).append(' ').append(state);
			}
		});
		TreeSet<String> kinds = new TreeSet<>();
		for (String bug : bugs) {
			int on = bug.indexOf(" on "), colon = bug.indexOf(": ");
			int cut = on < 0 ? colon : colon < 0 ? on : Math.min(on, colon);
			String kind = bug.replaceAll("\\d+\\.\\d+", "").replaceAll(" at \\d+ ns", "");
			kinds.add(cut > 0 ? bug.substring(0, cut) : kind);
		}
		for (String kind : kinds) {
			b.append(b.isEmpty() ? "" : "; ").append("bug: ").append(kind);
		}
		return b.isEmpty() ? "all bound, no bug" : b.toString();
	}
}
