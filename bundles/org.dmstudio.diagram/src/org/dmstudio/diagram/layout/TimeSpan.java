package org.dmstudio.diagram.layout;

/** An element drawn on a timeline: where it starts and ends, in simulated ns. */
public interface TimeSpan {

	long startNs();

	long endNs();

	/** A mark at one instant (drawn centred on it, as wide as its label) rather than a bar. */
	default boolean instant() {
		return false;
	}
}
