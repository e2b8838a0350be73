package org.dmstudio.sim.internal;

/** drivers/gpu/drm/scheduler/sched_main.c (filled in by the DRM part of the engine). */
final class SchedMain {

	@SuppressWarnings("unused")
	private final Kernel k;

	SchedMain(Kernel k) {
		this.k = k;
	}
}
