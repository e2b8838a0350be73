package org.dmstudio.diagram.layout;

/** The time axis of a timeline, its semantic element: the run's span and how its ns map to x. */
public record TimeAxis(long originNs, long endNs, double originX, double pixelsPerNs) {

	/** Where the cursor of a step at {@code ns} stands: a step outside the run (boot, timers long after it) at the plot's edge. */
	public double cursorX(long ns) {
		return originX + (Math.clamp(ns, originNs, endNs) - originNs) * pixelsPerNs;
	}
}
