package org.dmstudio.sim;

/** One checked expectation: what was expected, what the simulation produced, and whether they agree. */
public record ExpectationResult(String description, String kind, String device, String expected, String actual,
		boolean passed) {

	@Override
	public String toString() {
		return (passed ? "PASS " : "FAIL ") + kind + (device == null ? "" : " " + device) + " expected " + expected
				+ ", got " + actual + (description == null || description.isEmpty() ? "" : " (" + description + ")");
	}
}
