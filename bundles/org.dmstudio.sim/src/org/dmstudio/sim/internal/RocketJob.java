package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import java.util.function.IntConsumer;

import org.dmstudio.model.Errno;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.SchedImage.Core;
import org.dmstudio.sim.internal.SchedImage.Entity;
import org.dmstudio.sim.internal.SchedImage.Inference;
import org.dmstudio.sim.internal.SchedImage.Job;
import org.dmstudio.sim.internal.SchedImage.Sched;
import org.dmstudio.sim.internal.SchedImage.Task;

/**
 * drivers/accel/rocket/rocket_job.c in its two designs: JOB_WITH_CHAINED_TASKS (mainline: one
 * scheduler job per inference, the threaded IRQ handler submits the later tasks outside run_job,
 * guarded by job_lock and reset.pending) and JOB_PER_TASK (the 2026 redesign: one scheduler job
 * per task, a shared refcounted inference with a cancel flag). The NPU hardware is modelled as a
 * task that raises its interrupt after its duration, unless it hangs or the core is reset.
 */
final class RocketJob {

	static final int TASK_SUBMITTED = 1, TASK_DONE = 2, TASK_CANCELLED = 3, TASK_HUNG = 4;
	/** The console write of dev_err("NPU job timed out"): the timeout work is busy, other CPUs run. */
	static final long DEV_ERR_CONSOLE_NS = 60_000;
	/** rocket_core_reset(): reset_control_assert/deassert of the core with its delays (duration modelled, not measured). */
	static final long CORE_RESET_NS = 100_000;

	private final Kernel k;
	private final SchedImage si;
	private final long[] taskRef;
	private final int[] hwGen;
	/** The core whose drm_sched_job_timedout() is running, until drm_sched_start() returns. */
	private final boolean[] resetting;
	private final Core[] inferenceCore;
	private final Job[] lastPushed;

	RocketJob(Kernel k) {
		this.k = k;
		this.si = k.img.sched;
		int inferences = si == null ? 0 : si.inferences.size();
		int cores = si == null ? 0 : si.cores.size();
		hwGen = new int[cores];
		resetting = new boolean[cores];
		inferenceCore = new Core[inferences];
		lastPushed = new Job[si == null ? 0 : si.entities.size()];
		int tasks = 0;
		for (int i = 0; i < inferences; i++) {
			tasks += si.inferences.get(i).tasks.size();
		}
		taskRef = new long[tasks];
		int t = 0;
		for (int i = 0; i < inferences; i++) {
			for (Task task : si.inferences.get(i).tasks) {
				taskRef[t++] = k.intern(task.label());
			}
		}
	}

	/** Userspace submits each inference at its time, through its open file's entity. */
	void start() {
		if (si == null) {
			return;
		}
		for (Inference inference : si.inferences) {
			k.queueWork(k.ctx("userspace " + inference.entity.name), inference.submitNs, () -> rocketIoctlSubmit(inference));
		}
	}

	private int index(Inference inference) {
		return si.inferences.indexOf(inference);
	}

	private long ref(Task task) {
		int t = 0;
		for (Inference inference : si.inferences) {
			if (inference == task.inference) {
				return taskRef[t + task.index];
			}
			t += inference.tasks.size();
		}
		return 0;
	}

	private Core coreOf(Job job) {
		Sched sched = k.sched.schedOf(job);
		return sched == null ? null : sched.core;
	}

	/** rocket_ioctl_submit(): per-job errors are ignored, the ioctl returns 0. */
	private void rocketIoctlSubmit(Inference inference) {
		k.enter("rocket_ioctl_submit", inference.name);
		if (si.drmDev == null || k.get(si.drmDev.probeState) != Dd.BOUND) {
			k.note("open(/dev/accel/accel0) failed: the rocket DRM device is not registered", inference.name);
			k.ret(-ENODEV);
			return;
		}
		int r = si.jobPerTask ? submitPerTask(inference) : submitChained(inference);
		if (r != 0) {
			k.note("rocket_ioctl_submit_job(" + inference.name + ") = " + Errno.name(r) + ", ignored", inference.name);
		}
		k.ret(0);
	}

	/** rocket_ioctl_submit_job(), mainline: init, copy tasks, then rocket_job_push() arms before its fallible step. */
	private int submitChained(Inference inference) {
		k.enter("rocket_ioctl_submit_job", inference.name);
		if (inference.tasks.isEmpty()) {
			return k.ret(-EINVAL);
		}
		Job job = inference.jobs.get(0);
		k.set(inference.refcount, 1);
		int r = k.sched.jobInit(job, inference.entity);
		if (r == 0) {
			r = rocketJobPush(job);
			if (r != 0) {
				k.sched.jobCleanup(job);
			}
		}
		rocketJobPut(inference);
		return k.ret(r);
	}

	/**
	 * rocket_job_push(): under sched_lock, drm_sched_job_arm() first, then
	 * rocket_acquire_object_fences() (which can fail: the error returns after the point of no
	 * return), kref_get and drm_sched_entity_push_job().
	 */
	private int rocketJobPush(Job job) {
		Inference inference = job.inference;
		k.enter("rocket_job_push", job.name);
		k.sched.jobArm(job, inference.entity);
		int r = acquireObjectFences(job);
		if (r != 0) {
			return k.ret(r);
		}
		k.add(inference.refcount, 1);
		k.sched.pushJob(job, inference.entity);
		lastPushed[inference.entity.id] = job;
		return k.ret(0);
	}

	/**
	 * rocket_acquire_object_fences(): dma_resv_reserve_fences() and the implicit dependencies; the
	 * file's inferences share their BOs, so each waits for the previous one's finished fence.
	 */
	private int acquireObjectFences(Job job) {
		Inference inference = job.inference;
		k.enter("rocket_acquire_object_fences", inference.name);
		if (inference.acquireError != 0) {
			k.note("fault injected: dma_resv_reserve_fences returns " + Errno.name(inference.acquireError), inference.name);
			return k.ret(inference.acquireError);
		}
		Job previous = lastPushed[inference.entity.id];
		if (previous != null) {
			k.sched.addDependency(job, previous);
		}
		return k.ret(0);
	}

	/**
	 * rocket_ioctl_submit_job() after the redesign: one drm_sched_job per task; the reservations
	 * and dependencies are taken before any task is armed, then every task is armed and pushed
	 * (arming them together pins the inference to one core), each holding an inference reference.
	 */
	private int submitPerTask(Inference inference) {
		k.enter("rocket_ioctl_submit_job", inference.name);
		if (inference.tasks.isEmpty()) {
			return k.ret(-EINVAL);
		}
		k.set(inference.refcount, 1);
		int r = 0;
		for (Job job : inference.jobs) {
			r = k.sched.jobInit(job, inference.entity);
			if (r != 0) {
				break;
			}
		}
		if (r == 0) {
			r = acquireObjectFences(inference.jobs.get(0));
		}
		if (r != 0) {
			for (Job job : inference.jobs) {
				k.sched.jobCleanup(job);
			}
			rocketJobPut(inference);
			return k.ret(r);
		}
		for (Job job : inference.jobs) {
			k.sched.jobArm(job, inference.entity);
			k.add(inference.refcount, 1);
			k.sched.pushJob(job, inference.entity);
		}
		lastPushed[inference.entity.id] = inference.doneJob();
		rocketJobPut(inference);
		return k.ret(0);
	}

	/** rocket_job_put(): the last reference releases the inference (after the redesign: the IOMMU domain is detached here). */
	private void rocketJobPut(Inference inference) {
		k.add(inference.refcount, -1);
		if (k.get(inference.refcount) == 0) {
			k.enter("rocket_job_cleanup", inference.name);
			Core core = inferenceCore[index(inference)];
			if (si.jobPerTask && core != null) {
				iommuDetach(core);
			}
			k.leave();
		}
	}

	/** ops->run_job. */
	int runJob(Job job) {
		return si.jobPerTask ? runTask(job) : runChained(job);
	}

	/** rocket_job_run(), mainline: nothing to do after an error or when every task ran; else resume, attach, submit task 0. */
	private int runChained(Job job) {
		Core core = coreOf(job);
		k.enter("rocket_job_run", job.name);
		if (k.get(job.finishedError) != 0 || k.get(job.nextTaskIdx) == job.tasks.size()) {
			return k.ret(SchedMain.NO_FENCE);
		}
		int r = resume(core);
		if (r < 0) {
			return k.ret(r);
		}
		iommuAttach(core);
		k.enter("scoped_guard(mutex, &core->job_lock)", core.name);
		k.set(core.inFlight, k.sched.ref(job));
		hwSubmit(core, job, false);
		k.leave();
		return k.ret(SchedMain.HW_FENCE);
	}

	/** rocket_job_run() after the redesign: a cancelled inference fails its remaining tasks with -ECANCELED without touching hardware. */
	private int runTask(Job job) {
		Core core = coreOf(job);
		Inference inference = job.inference;
		k.enter("rocket_job_run", job.name);
		if (k.get(job.finishedError) != 0) {
			return k.ret(SchedMain.NO_FENCE);
		}
		if (k.is(inference.cancelled)) {
			k.enter("dma_fence_set_error", job.name);
			k.set(job.finishedError, -ECANCELED);
			k.leave();
			k.set(job.tasks.get(0).state, TASK_CANCELLED);
			return k.ret(SchedMain.NO_FENCE);
		}
		int r = resume(core);
		if (r < 0) {
			return k.ret(r);
		}
		if (inferenceCore[index(inference)] == null) {
			iommuAttach(core);
			inferenceCore[index(inference)] = core;
		}
		k.set(core.inFlight, k.sched.ref(job));
		hwSubmit(core, job, false);
		return k.ret(SchedMain.HW_FENCE);
	}

	/**
	 * The runtime resume in run_job: the driver's RUN_JOB recipe if it has one (v6.18 called
	 * pm_runtime_get_sync() and went on whatever it returned), else pm_runtime_resume_and_get().
	 */
	private int resume(Core core) {
		Recipe recipe = core.dev.behaviour == null ? null : core.dev.behaviour.callback(CallbackKind.RUN_JOB);
		return recipe != null ? k.interp.callNow(recipe, core.dev, null, null) : k.rpm.pmRuntimeResumeAndGet(core.dev);
	}

	private void iommuAttach(Core core) {
		if (core.dev.iommu != null) {
			k.enter("iommu_attach_group", core.dev.name);
			k.set(core.domainAttached, 1);
			k.leave();
		}
	}

	private void iommuDetach(Core core) {
		if (k.is(core.domainAttached)) {
			k.enter("iommu_detach_group", core.dev.name);
			k.set(core.domainAttached, 0);
			k.leave();
		}
	}

	/**
	 * rocket_job_hw_submit(): nothing while reset.pending (mainline); otherwise the next task goes
	 * to the hardware (OPERATION_ENABLE). A core whose device is not runtime-active has its clocks
	 * off: the task never runs and never interrupts.
	 */
	private void hwSubmit(Core core, Job job, boolean fromIrqThread) {
		k.enter("rocket_job_hw_submit", job.name);
		if (!si.jobPerTask && k.is(core.resetPending)) {
			k.note("reset.pending: not queued", core.name);
			k.leave();
			return;
		}
		Task task = si.jobPerTask ? job.tasks.get(0) : job.tasks.get((int) k.get(job.nextTaskIdx));
		if (!si.jobPerTask) {
			k.add(job.nextTaskIdx, 1);
		}
		if (fromIrqThread && resetting[si.cores.indexOf(core)]) {
			k.bug("race in rocket_reset on " + core.name + ": the threaded IRQ handler started " + task.label()
					+ " (rocket_job_hw_submit) after drm_sched_job_timedout() took " + job.name
					+ "; drm_sched_stop() stops the scheduler's work queue but does not synchronize the IRQ thread");
		}
		k.set(task.state, TASK_SUBMITTED);
		k.set(core.hwTask, ref(task));
		int c = si.cores.indexOf(core);
		int gen = ++hwGen[c];
		if (k.get(core.dev.rpmStatus) != Runtime.ACTIVE) {
			k.note(core.dev.name + " is " + org.dmstudio.sim.StateField.RPM_STATUS.format(k.get(core.dev.rpmStatus), null)
					+ ": its clocks are off, " + task.label() + " does not run", core.name);
		} else if (task.hangs) {
			k.note("fault injected: " + task.label() + " hangs", core.name);
		} else {
			long at = k.now + task.durationNs + task.slowNs + k.jitter(k.sc.jitterNs);
			k.timer(k.ctx("irq " + core.irq), at, () -> hardIrq(core, task, gen));
		}
		k.leave();
	}

	/** rocket_job_irq_handler(): DPU interrupt raised, mask everything, wake the thread. A reset in between cleared it. */
	private void hardIrq(Core core, Task task, int gen) {
		int c = si.cores.indexOf(core);
		if (hwGen[c] != gen) {
			return;
		}
		k.enter("rocket_job_irq_handler", core.name);
		k.set(task.state, TASK_DONE);
		k.set(core.hwTask, 0);
		long latency = si.irqThreadLatencyNs + k.jitter(si.irqThreadLatencyNs) + si.irqThreadDelayNs;
		k.queueWork(k.ctx("irq/" + core.irq + "-" + core.irqName), k.now + latency, () -> handleIrq(core));
		k.ret(1);
	}

	/** rocket_job_irq_handler_thread() -> rocket_job_handle_irq(). */
	private void handleIrq(Core core) {
		k.enter("rocket_job_handle_irq", core.name);
		k.rpm.pmRuntimeMarkLastBusy(core.dev);
		long ref = k.get(core.inFlight);
		Job job = null;
		for (Job j : si.jobs) {
			if (ref != 0 && k.sched.ref(j) == ref) {
				job = j;
			}
		}
		if (si.jobPerTask) {
			k.enter("xchg(&core->in_flight_task, NULL)", core.name);
			k.set(core.inFlight, 0);
			k.leave();
			if (job != null) {
				k.sched.hwFenceSignal(job, 0);
				k.rpm.pmRuntimePutAutosuspend(core.dev);
			}
			k.leave();
			return;
		}
		k.enter("scoped_guard(mutex, &core->job_lock)", core.name);
		if (job != null) {
			if (k.get(job.nextTaskIdx) < job.tasks.size()) {
				hwSubmit(core, job, true);
			} else {
				iommuDetach(core);
				k.sched.hwFenceSignal(job, 0);
				k.rpm.pmRuntimePutAutosuspend(core.dev);
				k.set(core.inFlight, 0);
			}
		}
		k.leave();
		k.leave();
	}

	/**
	 * ops->timedout_job, rocket_job_timedout(): dev_err, then (mainline) reset.pending = 1 and
	 * rocket_reset(), or (redesign) the inference is marked cancelled before the reset.
	 * {@code done} gets the drm_gpu_sched_stat.
	 */
	void timedoutJob(Job job, IntConsumer done) {
		Core core = coreOf(job);
		int c = si.cores.indexOf(core);
		resetting[c] = true;
		k.enter("rocket_job_timedout", job.name);
		k.devPrintk(core.dev, "NPU job timed out");
		k.sleep(DEV_ERR_CONSOLE_NS, () -> {
			if (si.jobPerTask) {
				k.enter("atomic_set(&job->cancelled, 1)", job.inference.name);
				k.set(job.inference.cancelled, 1);
				k.leave();
			} else {
				k.enter("atomic_set(&core->reset.pending, 1)", core.name);
				k.set(core.resetPending, 1);
				k.leave();
			}
			rocketReset(core, job, () -> {
				resetting[c] = false;
				k.leave();
				done.accept(SchedMain.STAT_RESET);
			});
		});
	}

	/**
	 * rocket_reset(): drm_sched_stop(), drop the in-flight job's PM reference under job_lock,
	 * reset the core, clear reset.pending, drm_sched_start(sched, 0). Nothing here waits for the
	 * threaded IRQ handler.
	 */
	private void rocketReset(Core core, Job bad, Runnable done) {
		k.enter("rocket_reset", core.name);
		if (!si.jobPerTask && !k.is(core.resetPending)) {
			k.leave();
			done.run();
			return;
		}
		k.sched.stop(core.sched, bad);
		k.enter("scoped_guard(mutex, &core->job_lock)", core.name);
		if (k.get(core.inFlight) != 0) {
			k.rpm.pmRuntimePutNoidle(core.dev);
		}
		if (!si.jobPerTask) {
			iommuDetach(core);
		}
		k.set(core.inFlight, 0);
		k.leave();
		k.enter("rocket_core_reset", core.name);
		int c = si.cores.indexOf(core);
		hwGen[c]++;
		long running = k.get(core.hwTask);
		if (running != 0) {
			k.set(taskByRef(running).state, TASK_HUNG);
			k.set(core.hwTask, 0);
		}
		k.sleep(CORE_RESET_NS, () -> {
			k.leave();
			if (!si.jobPerTask) {
				k.enter("atomic_set(&core->reset.pending, 0)", core.name);
				k.set(core.resetPending, 0);
				k.leave();
			}
			k.sched.start(core.sched, 0);
			k.leave();
			done.run();
		});
	}

	private Task taskByRef(long ref) {
		for (Inference inference : si.inferences) {
			for (Task task : inference.tasks) {
				if (ref(task) == ref) {
					return task;
				}
			}
		}
		throw new IllegalStateException("no task " + ref);
	}

	/** ops->free_job, rocket_job_free(): drm_sched_job_cleanup() and the job's inference reference. */
	void freeJob(Job job) {
		k.enter("rocket_job_free", job.name);
		k.sched.jobCleanup(job);
		rocketJobPut(job.inference);
		k.leave();
	}

	/** The finished-fence error of a job or inference (its last job), or null while it has not signalled. */
	Integer fenceError(String name) {
		Job job = si == null ? null : si.job(name);
		if (job == null || !k.is(job.finished)) {
			return null;
		}
		return (int) k.get(job.finishedError);
	}
}
