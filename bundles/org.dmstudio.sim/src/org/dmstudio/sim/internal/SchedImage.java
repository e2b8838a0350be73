package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The DRM side: rocket's hardware cores, one drm_gpu_scheduler per core, the entities (one per
 * open file) and, per submitted inference, its scheduler jobs and tasks.
 */
public final class SchedImage {

	public static final class Core {
		final String name;
		final int index;
		final Image.Dev dev;
		final String irqName;
		final int irq;
		int inFlight, resetPending, hwTask, resetting, domainAttached;

		Core(String name, int index, Image.Dev dev, int irq, String irqName) {
			this.name = name;
			this.index = index;
			this.dev = dev;
			this.irq = irq;
			this.irqName = irqName;
		}
	}

	public static final class Sched {
		final String name;
		final Core core;
		final int creditLimit;
		final long timeoutNs;
		int creditCount, stopped, jobIdCount, tdrArmedAt, pendingCounter;

		Sched(String name, Core core, int creditLimit, long timeoutNs) {
			this.name = name;
			this.core = core;
			this.creditLimit = creditLimit;
			this.timeoutNs = timeoutNs;
		}
	}

	public static final class Entity {
		final String name;
		final List<Sched> schedulers = new ArrayList<>();
		int current, queueCounter;

		Entity(String name) {
			this.name = name;
		}
	}

	/** An inference (rocket_job before the redesign, the shared refcounted rocket_job after it). */
	public static final class Inference {
		final String name;
		final Entity entity;
		final long submitNs;
		final List<Task> tasks = new ArrayList<>();
		final List<Job> jobs = new ArrayList<>();
		int refcount, cancelled, core, done;

		Inference(String name, Entity entity, long submitNs) {
			this.name = name;
			this.entity = entity;
			this.submitNs = submitNs;
		}
	}

	public static final class Task {
		final int id;
		final Inference inference;
		final int index;
		final long durationNs;
		/** TASK_HANG: never raises its IRQ. */
		boolean hangs;
		int state;

		Task(int id, Inference inference, int index, long durationNs) {
			this.id = id;
			this.inference = inference;
			this.index = index;
			this.durationNs = durationNs;
		}

		String label() {
			return inference.name + "/task" + index;
		}
	}

	/** struct drm_sched_job with its drm_sched_fence (scheduled, finished) and the hardware fence. */
	public static final class Job {
		final int id;
		final String name;
		final Inference inference;
		final List<Task> tasks = new ArrayList<>();
		int state, sched, nextTaskIdx, scheduledSignalled, finishedSignalled, finishedError, hwFence, hwFenceSignalled,
				hwFenceError, pendingSeq, queueSeq, jobId;

		Job(int id, String name, Inference inference) {
			this.id = id;
			this.name = name;
			this.inference = inference;
		}
	}

	boolean jobPerTask;
	String name;
	Image.Dev drmDev;
	final List<Core> cores = new ArrayList<>();
	final List<Sched> scheds = new ArrayList<>();
	final List<Entity> entities = new ArrayList<>();
	final List<Inference> inferences = new ArrayList<>();
	final List<Job> jobs = new ArrayList<>();
	final List<Task> tasks = new ArrayList<>();
	long irqThreadLatencyNs = 30_000;

	Core coreOf(Image.Dev dev) {
		for (Core c : cores) {
			if (c.dev == dev) {
				return c;
			}
		}
		return null;
	}
}
