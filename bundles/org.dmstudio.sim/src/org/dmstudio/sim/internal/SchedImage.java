package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The DRM side: rocket's hardware cores, one drm_gpu_scheduler per core, the entities (one per
 * open file) and, per submitted inference, its scheduler jobs and tasks. Immutable once loaded;
 * the int fields are slots.
 */
public final class SchedImage {

	/** struct rocket_core. */
	public static final class Core {
		final String name;
		final int index;
		final Image.Dev dev;
		final String irqName;
		final int irq;
		Sched sched;
		int inFlight, resetPending, hwTask, domainAttached;

		Core(String name, int index, Image.Dev dev, int irq, String irqName) {
			this.name = name;
			this.index = index;
			this.dev = dev;
			this.irq = irq;
			this.irqName = irqName;
		}
	}

	/** struct drm_gpu_scheduler. */
	public static final class Sched {
		final int id;
		final String name;
		final Core core;
		final int creditLimit;
		final long timeoutNs;
		int creditCount, score, pauseSubmit, jobIdCount;

		Sched(int id, String name, Core core, int creditLimit, long timeoutNs) {
			this.id = id;
			this.name = name;
			this.core = core;
			this.creditLimit = creditLimit;
			this.timeoutNs = timeoutNs;
		}
	}

	/** struct drm_sched_entity: one per open file, load-balanced over its sched_list. */
	public static final class Entity {
		final int id;
		final String name;
		final List<Sched> schedulers = new ArrayList<>();
		int rq;

		Entity(int id, String name) {
			this.id = id;
			this.name = name;
		}
	}

	/** An inference: rocket_job before the redesign, the shared refcounted rocket_job after it. */
	public static final class Inference {
		final String name;
		final Entity entity;
		final long submitNs;
		final List<Task> tasks = new ArrayList<>();
		final List<Job> jobs = new ArrayList<>();
		/** The injected failure of the fallible submission step (rocket_acquire_object_fences), 0 if none. */
		int acquireError;
		int refcount, cancelled;

		Inference(String name, Entity entity, long submitNs) {
			this.name = name;
			this.entity = entity;
			this.submitNs = submitNs;
		}

		/** The fence userspace waits on: the finished fence of the (last) job. */
		Job doneJob() {
			return jobs.get(jobs.size() - 1);
		}
	}

	public static final class Task {
		final Inference inference;
		final int index;
		final long durationNs;
		/** TASK_HANG: never raises its IRQ. */
		boolean hangs;
		/** TASK_SLOW: this much longer before its IRQ. */
		long slowNs;
		int state;

		Task(Inference inference, int index, long durationNs) {
			this.inference = inference;
			this.index = index;
			this.durationNs = durationNs;
		}

		String label() {
			return inference.name + "/task" + index;
		}
	}

	/** struct drm_sched_job with its drm_sched_fence (scheduled, finished) and the hardware fence (parent). */
	public static final class Job {
		final int id;
		final String name;
		final Inference inference;
		final List<Task> tasks = new ArrayList<>();
		int state, sched, nextTaskIdx, scheduled, finished, finishedError, parent, hwSignalled, jobId, onPendingList;

		Job(int id, String name, Inference inference) {
			this.id = id;
			this.name = name;
			this.inference = inference;
		}
	}

	boolean jobPerTask;
	Image.Dev drmDev;
	final List<Core> cores = new ArrayList<>();
	final List<Sched> scheds = new ArrayList<>();
	final List<Entity> entities = new ArrayList<>();
	final List<Inference> inferences = new ArrayList<>();
	final List<Job> jobs = new ArrayList<>();
	/** Wake-up latency of the threaded IRQ handler after its hard IRQ; the seed adds up to as much again. */
	long irqThreadLatencyNs = 30_000;
	/** IRQ_THREAD_DELAY: the IRQ threads run this much later. */
	long irqThreadDelayNs;

	Job job(String name) {
		for (Job job : jobs) {
			if (job.name.equals(name)) {
				return job;
			}
		}
		for (Inference inference : inferences) {
			if (inference.name.equals(name)) {
				return inference.doneJob();
			}
		}
		return null;
	}
}
