package org.dmstudio.diagram.layout;

/** A {@link TimeSpan} at one instant: a fence signal, a timeout, a bug, the step cursor. */
public interface TimeMark extends TimeSpan {

	@Override
	default long endNs() {
		return startNs();
	}

	@Override
	default boolean instant() {
		return true;
	}
}
