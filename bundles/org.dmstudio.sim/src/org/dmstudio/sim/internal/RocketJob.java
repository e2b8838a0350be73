package org.dmstudio.sim.internal;

/** drivers/accel/rocket/rocket_job.c (filled in by the DRM part of the engine). */
final class RocketJob {

	@SuppressWarnings("unused")
	private final Kernel k;

	RocketJob(Kernel k) {
		this.k = k;
	}

	void start() {
	}

	Integer fenceError(String job) {
		return null;
	}
}
