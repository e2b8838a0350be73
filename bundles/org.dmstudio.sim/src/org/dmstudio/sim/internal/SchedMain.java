package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.model.Errno;
import org.dmstudio.sim.internal.SchedImage.Entity;
import org.dmstudio.sim.internal.SchedImage.Job;
import org.dmstudio.sim.internal.SchedImage.Sched;

/**
 * drivers/gpu/drm/scheduler/sched_main.c and sched_entity.c: job init/arm/push, the run-job and
 * free-job work on the ordered submit_wq, credits, the hardware fence callback, the timeout work
 * and the drm_sched_stop/start reset helpers. The driver side (run_job, timedout_job, free_job)
 * is {@link RocketJob}.
 */
final class SchedMain {

	static final int INITIALIZED = 1, ARMED = 2, QUEUED = 3, RUNNING = 4, DONE = 5, FREED = 6, CLEANED_UP = 7;
	/** run_job results besides an errno: a hardware fence, or NULL. */
	static final int HW_FENCE = 1, NO_FENCE = 0;
	/** enum drm_gpu_sched_stat. */
	static final int STAT_RESET = 1, STAT_ENODEV = 2, STAT_NO_HANG = 3;
	static final long WQ_LATENCY_NS = 5_000;

	private final Kernel k;
	private final SchedImage si;
	private final ArrayDeque<Job>[] queue;
	private final ArrayDeque<Job>[] pending;
	private final long[] submitTs;
	private final List<List<Job>> deps = new ArrayList<>();
	private final boolean[] runQueued, freeQueued, freeGuilty;
	private final int[] tdrGen;
	/** Interned names: the STRING slots hold these. */
	private final long[] schedRef, jobRef;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SchedMain(Kernel k) {
		this.k = k;
		this.si = k.img.sched;
		int entities = si == null ? 0 : si.entities.size();
		int scheds = si == null ? 0 : si.scheds.size();
		int jobs = si == null ? 0 : si.jobs.size();
		queue = new ArrayDeque[entities];
		for (int i = 0; i < entities; i++) {
			queue[i] = new ArrayDeque<>();
		}
		pending = new ArrayDeque[scheds];
		schedRef = new long[scheds];
		for (int i = 0; i < scheds; i++) {
			pending[i] = new ArrayDeque<>();
			schedRef[i] = k.intern(si.scheds.get(i).name);
		}
		runQueued = new boolean[scheds];
		freeQueued = new boolean[scheds];
		tdrGen = new int[scheds];
		submitTs = new long[jobs];
		freeGuilty = new boolean[jobs];
		jobRef = new long[jobs];
		for (int i = 0; i < jobs; i++) {
			deps.add(new ArrayList<>());
			jobRef[i] = k.intern(si.jobs.get(i).name);
		}
	}

	long ref(Job job) {
		return jobRef[job.id];
	}

	Sched schedOf(Job job) {
		long v = k.get(job.sched);
		for (int i = 0; i < schedRef.length; i++) {
			if (schedRef[i] == v) {
				return si.scheds.get(i);
			}
		}
		return null;
	}

	private Ctx submitWq(Sched sched) {
		return k.ctx(sched.name + " submit_wq");
	}

	Ctx timeoutWq(Sched sched) {
		return k.ctx("rocket-reset-" + sched.core.index);
	}

	private boolean usable(Sched sched) {
		return sched.core != null && k.get(sched.core.dev.probeState) == Dd.BOUND;
	}

	/** drm_sched_job_init(): -ENOENT without a run queue, -EINVAL for zero credits. */
	int jobInit(Job job, Entity entity) {
		k.enter("drm_sched_job_init", job.name);
		if (rq(entity) == null) {
			return k.ret(-ENOENT);
		}
		k.set(job.state, INITIALIZED);
		return k.ret(0);
	}

	/** The entity's current run queue (drm_sched_entity_init starts on sched_list[0]); null if none is usable. */
	Sched rq(Entity entity) {
		long v = k.get(entity.rq);
		if (v == 0) {
			for (Sched sched : entity.schedulers) {
				if (usable(sched)) {
					k.set(entity.rq, schedRef[sched.id]);
					return sched;
				}
			}
			return null;
		}
		for (Sched sched : entity.schedulers) {
			if (schedRef[sched.id] == v) {
				return sched;
			}
		}
		return null;
	}

	/**
	 * drm_sched_job_arm(): the point of no return. drm_sched_entity_select_rq() may move an idle
	 * entity to the least-loaded scheduler (drm_sched_pick_best by score); then the job id and
	 * the fences' seqno: from here on the finished fence may be published.
	 */
	void jobArm(Job job, Entity entity) {
		k.enter("drm_sched_job_arm", job.name);
		if (queue[entity.id].isEmpty()) {
			k.enter("drm_sched_entity_select_rq", entity.name);
			Sched best = null;
			for (Sched sched : entity.schedulers) {
				if (usable(sched) && (best == null || k.get(sched.score) < k.get(best.score))) {
					best = sched;
				}
			}
			if (best != null) {
				k.set(entity.rq, schedRef[best.id]);
			}
			k.leave();
		}
		Sched sched = rq(entity);
		k.set(job.sched, schedRef[sched.id]);
		k.add(sched.jobIdCount, 1);
		k.set(job.jobId, k.get(sched.jobIdCount));
		k.set(job.state, ARMED);
		k.leave();
	}

	/**
	 * drm_sched_job_add_dependency(): one fence per context is kept, the later one; the finished
	 * fences of one entity share a context and later jobs have later seqnos.
	 */
	void addDependency(Job job, Job fence) {
		k.enter("drm_sched_job_add_dependency", job.name + " on " + fence.name);
		List<Job> list = deps.get(job.id);
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).inference.entity == fence.inference.entity) {
				if (list.get(i).id < fence.id) {
					list.set(i, fence);
				}
				k.leave();
				return;
			}
		}
		list.add(fence);
		k.leave();
	}

	/** drm_sched_job_cleanup(): fine before arm; after arm the published finished fence never signals. */
	void jobCleanup(Job job) {
		k.enter("drm_sched_job_cleanup", job.name);
		long state = k.get(job.state);
		if (state == ARMED) {
			k.bug("drm_sched_job_cleanup() of armed job " + job.name + ": drm_sched_job_arm() published its finished fence,"
					+ " which now never signals (the job must be pushed once armed)");
		}
		if (state <= ARMED) {
			k.set(job.state, CLEANED_UP);
		}
		k.leave();
	}

	/** drm_sched_entity_push_job(): onto the entity's queue; the first job adds the entity to its run queue and wakes the scheduler. */
	void pushJob(Job job, Entity entity) {
		k.enter("drm_sched_entity_push_job", job.name);
		submitTs[job.id] = k.now;
		Sched sched = schedOf(job);
		k.add(sched.score, 1);
		boolean first = queue[entity.id].isEmpty();
		queue[entity.id].add(job);
		k.set(job.state, QUEUED);
		if (first) {
			wakeup(sched);
		}
		k.leave();
	}

	/** drm_sched_wakeup(): queue the run-job work unless submission is paused. */
	void wakeup(Sched sched) {
		if (!k.is(sched.pauseSubmit) && !runQueued[sched.id]) {
			runQueued[sched.id] = true;
			k.queueWork(submitWq(sched), k.now + WQ_LATENCY_NS + k.jitter(WQ_LATENCY_NS), () -> runJobWork(sched));
		}
	}

	private void queueFree(Sched sched) {
		if (!k.is(sched.pauseSubmit) && !freeQueued[sched.id]) {
			freeQueued[sched.id] = true;
			k.queueWork(submitWq(sched), k.now + WQ_LATENCY_NS, () -> freeJobWork(sched));
		}
	}

	/** An entity is ready when its head job's dependencies have signalled (drm_sched_entity_pop_job waits on them). */
	private boolean ready(Job head) {
		for (Job dep : deps.get(head.id)) {
			if (!k.is(dep.finished)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * drm_sched_select_entity() in FIFO mode: the ready entity whose oldest job waited longest;
	 * if it cannot queue (drm_sched_can_queue: credits), nothing runs until credits come back.
	 */
	private Entity selectEntity(Sched sched) {
		Entity best = null;
		for (Entity entity : si.entities) {
			Job head = queue[entity.id].peek();
			if (head != null && schedOf(head) == sched && ready(head)
					&& (best == null || submitTs[head.id] < submitTs[queue[best.id].peek().id])) {
				best = entity;
			}
		}
		if (best == null) {
			return null;
		}
		k.enter("drm_sched_can_queue", sched.name);
		boolean can = sched.creditLimit - k.get(sched.creditCount) >= 1;
		k.ret(can ? 1 : 0);
		return can ? best : null;
	}

	/** drm_sched_run_job_work(): pop, credits, drm_sched_job_begin, ops->run_job, the scheduled fence and the hardware fence callback. */
	void runJobWork(Sched sched) {
		runQueued[sched.id] = false;
		if (k.is(sched.pauseSubmit)) {
			return;
		}
		Entity entity = selectEntity(sched);
		if (entity == null) {
			return;
		}
		k.enter("drm_sched_run_job_work", sched.name);
		Job job = queue[entity.id].poll();
		k.add(sched.creditCount, 1);
		k.enter("drm_sched_job_begin", job.name);
		pending[sched.id].add(job);
		k.set(job.onPendingList, 1);
		startTimeout(sched);
		k.leave();
		int fence = k.rocket.runJob(job);
		k.enter("drm_sched_fence_scheduled", job.name);
		k.set(job.scheduled, 1);
		k.leave();
		if (fence == HW_FENCE) {
			k.set(job.state, RUNNING);
			k.set(job.parent, 1);
			if (k.is(job.hwSignalled)) {
				jobDone(job, 0);
			}
		} else {
			jobDone(job, fence == NO_FENCE ? 0 : fence);
		}
		wakeup(sched);
		k.leave();
	}

	/** dma_fence_signal() of a hardware fence: drm_sched_job_done_cb() runs if the callback is still installed. */
	void hwFenceSignal(Job job, int error) {
		k.enter("dma_fence_signal", "hardware fence of " + job.name);
		k.set(job.hwSignalled, 1);
		if (k.is(job.parent)) {
			k.enter("drm_sched_job_done_cb", job.name);
			jobDone(job, error);
			k.leave();
		}
		k.leave();
	}

	/** drm_sched_job_done(): credits back, the finished fence signalled (with the error, if any), free work queued. */
	void jobDone(Job job, int result) {
		Sched sched = schedOf(job);
		k.enter("drm_sched_job_done", job.name);
		k.add(sched.creditCount, -1);
		k.add(sched.score, -1);
		k.enter("drm_sched_fence_finished", job.name);
		if (result != 0 && k.get(job.finishedError) == 0) {
			k.set(job.finishedError, result);
		}
		k.set(job.finished, 1);
		k.set(job.state, DONE);
		k.leave();
		queueFree(sched);
		for (Sched s : si.scheds) {
			wakeup(s);
		}
		k.leave();
	}

	/** drm_sched_free_job_work() -> drm_sched_get_finished_job(): only the head of pending_list, in order; the timeout restarts for the next. */
	void freeJobWork(Sched sched) {
		freeQueued[sched.id] = false;
		Job head = pending[sched.id].peek();
		if (head == null || !k.is(head.finished) || k.is(sched.pauseSubmit)) {
			return;
		}
		k.enter("drm_sched_free_job_work", sched.name);
		pending[sched.id].poll();
		k.set(head.onPendingList, 0);
		cancelTimeout(sched);
		startTimeout(sched);
		k.rocket.freeJob(head);
		k.set(head.state, FREED);
		if (!pending[sched.id].isEmpty() && k.is(pending[sched.id].peek().finished)) {
			queueFree(sched);
		}
		k.leave();
	}

	/** drm_sched_start_timeout(): mod_delayed_work(timeout_wq, work_tdr) while pending_list is not empty. */
	void startTimeout(Sched sched) {
		if (pending[sched.id].isEmpty()) {
			return;
		}
		int gen = ++tdrGen[sched.id];
		k.queueWork(timeoutWq(sched), k.now + sched.timeoutNs, () -> {
			if (tdrGen[sched.id] == gen) {
				jobTimedout(sched);
			}
		});
	}

	/** cancel_delayed_work(&sched->work_tdr). */
	void cancelTimeout(Sched sched) {
		tdrGen[sched.id]++;
	}

	/**
	 * drm_sched_job_timedout(): the head of pending_list is taken off the list and handed to
	 * ops->timedout_job; the timeout is restarted unless the device is gone.
	 */
	private void jobTimedout(Sched sched) {
		Job job = pending[sched.id].poll();
		if (job == null) {
			return;
		}
		k.enter("drm_sched_job_timedout", job.name);
		k.set(job.onPendingList, 0);
		k.rocket.timedoutJob(job, status -> {
			if (freeGuilty[job.id]) {
				freeGuilty[job.id] = false;
				k.rocket.freeJob(job);
				k.set(job.state, FREED);
			}
			if (status == STAT_NO_HANG) {
				pending[sched.id].addFirst(job);
				k.set(job.onPendingList, 1);
			}
			if (status != STAT_ENODEV) {
				startTimeout(sched);
			}
			k.leave();
		});
	}

	/**
	 * drm_sched_stop(): pause submission (drm_sched_wqueue_stop only stops the scheduler's own
	 * work items), put the bad job back at the head, and remove the hardware fence callbacks:
	 * each such job gives its credits back and loses its parent fence.
	 */
	void stop(Sched sched, Job bad) {
		k.enter("drm_sched_stop", sched.name);
		k.enter("drm_sched_wqueue_stop", sched.name);
		k.set(sched.pauseSubmit, 1);
		k.leave();
		if (bad != null && !pending[sched.id].contains(bad)) {
			pending[sched.id].addFirst(bad);
			k.set(bad.onPendingList, 1);
		}
		List<Job> list = new ArrayList<>(pending[sched.id]);
		for (int i = list.size() - 1; i >= 0; i--) {
			Job job = list.get(i);
			if (k.is(job.parent) && !k.is(job.hwSignalled)) {
				k.enter("dma_fence_remove_callback", job.name);
				k.set(job.parent, 0);
				k.add(sched.creditCount, -1);
				k.leave();
			} else if (k.is(job.parent)) {
				pending[sched.id].remove(job);
				k.set(job.onPendingList, 0);
				if (job == bad) {
					freeGuilty[job.id] = true;
				} else {
					k.rocket.freeJob(job);
					k.set(job.state, FREED);
				}
			}
		}
		cancelTimeout(sched);
		k.leave();
	}

	/**
	 * drm_sched_start(sched, errno): credits back for every pending job; a job whose hardware
	 * callback was removed is finished at once with errno, or -ECANCELED, and is not run again.
	 */
	void start(Sched sched, int errno) {
		k.enter("drm_sched_start", sched.name);
		for (Job job : new ArrayList<>(pending[sched.id])) {
			k.add(sched.creditCount, 1);
			if (!k.is(job.parent)) {
				k.note(job.name + ": no hardware fence, finished with " + Errno.name(errno != 0 ? errno : -ECANCELED), job.name);
				jobDone(job, errno != 0 ? errno : -ECANCELED);
			} else if (k.is(job.hwSignalled)) {
				jobDone(job, errno);
			}
		}
		startTimeout(sched);
		k.enter("drm_sched_wqueue_start", sched.name);
		k.set(sched.pauseSubmit, 0);
		k.leave();
		wakeup(sched);
		queueFree(sched);
		k.leave();
	}
}
