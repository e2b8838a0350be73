package org.dmstudio.sim.internal;

import java.util.HashMap;
import java.util.Map;

import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.model.topology.Device;
import org.dmstudio.sim.StateField;
import org.dmstudio.sim.internal.SchedImage.Core;
import org.dmstudio.sim.internal.SchedImage.Entity;
import org.dmstudio.sim.internal.SchedImage.Inference;
import org.dmstudio.sim.internal.SchedImage.Job;
import org.dmstudio.sim.internal.SchedImage.Sched;
import org.dmstudio.sim.internal.SchedImage.Task;

/**
 * Builds the {@link SchedImage} from a scenario's sched:DrmDevice and its job submissions: one
 * inference per submission, with one scheduler job for all its tasks (JOB_WITH_CHAINED_TASKS) or
 * one per task (JOB_PER_TASK).
 */
final class SchedLoader {

	private SchedLoader() {
	}

	static SchedImage load(Scenario scenario, Image img, Map<Device, Image.Dev> devs) {
		DrmDevice drm = scenario.getDrmDevice();
		SchedImage si = new SchedImage();
		Slots slots = img.slots;
		si.jobPerTask = drm.getDesign() == SubmissionDesign.JOB_PER_TASK;
		si.drmDev = devs.get(drm.getDevice());
		Map<HardwareCore, Core> cores = new HashMap<>();
		for (HardwareCore c : drm.getCores()) {
			Core core = new Core(c.getName(), c.getIndex(), devs.get(c.getDevice()), c.getIrq(),
					c.getIrqName() != null ? c.getIrqName() : c.getName());
			String n = core.name;
			core.inFlight = slots.alloc(n, si.jobPerTask ? "in_flight_task" : "in_flight_job", StateField.STRING, 0);
			core.resetPending = slots.alloc(n, "reset.pending", StateField.BOOL, 0);
			core.hwTask = slots.alloc(n, "task on hardware", StateField.STRING, 0);
			core.domainAttached = slots.alloc(n, "iommu domain attached", StateField.BOOL, 0);
			cores.put(c, core);
			si.cores.add(core);
		}
		Map<Scheduler, Sched> scheds = new HashMap<>();
		for (Scheduler s : drm.getSchedulers()) {
			Core core = cores.get(s.getCore());
			Sched sched = new Sched(si.scheds.size(), s.getName(), core, Math.max(1, s.getCreditLimit()),
					s.getTimeoutMs() * 1_000_000L);
			if (core != null) {
				core.sched = sched;
			}
			sched.creditCount = slots.alloc(sched.name, "credit_count", StateField.INT, 0);
			sched.score = slots.alloc(sched.name, "score", StateField.INT, 0);
			sched.pauseSubmit = slots.alloc(sched.name, "pause_submit", StateField.BOOL, 0);
			sched.jobIdCount = slots.alloc(sched.name, "job_id_count", StateField.INT, 0);
			scheds.put(s, sched);
			si.scheds.add(sched);
		}
		Map<String, Entity> entities = new HashMap<>();
		for (org.dmstudio.model.sched.Entity e : drm.getEntities()) {
			Entity entity = new Entity(si.entities.size(), e.getName());
			e.getSchedulers().forEach(s -> entity.schedulers.add(scheds.get(s)));
			entity.rq = slots.alloc("entity " + entity.name, "rq", StateField.STRING, 0);
			entities.put(entity.name, entity);
			si.entities.add(entity);
		}
		ScenarioImage sc = img.scenario;
		for (ScenarioImage.Submit submit : sc.submissions) {
			Entity entity = entities.get(submit.entity());
			if (entity == null) {
				entity = si.entities.get(0);
			}
			Inference inference = new Inference(submit.name(), entity, submit.timeNs());
			String n = "inference " + inference.name;
			inference.refcount = slots.alloc(n, "refcount", StateField.INT, 0);
			inference.cancelled = slots.alloc(n, "cancelled", StateField.BOOL, 0);
			for (int i = 0; i < Math.max(0, submit.taskCount()); i++) {
				Task task = new Task(inference, i, submit.taskDurationNs());
				task.state = slots.alloc(task.label(), "state", StateField.TASK_STATE, 0);
				inference.tasks.add(task);
			}
			for (ScenarioImage.Fault f : sc.faults) {
				if (!inference.name.equals(f.job())) {
					continue;
				}
				if (f.kind() == FaultKind.CALLBACK_ERROR) {
					inference.acquireError = f.errno();
				} else if (f.taskIndex() >= 0 && f.taskIndex() < inference.tasks.size()) {
					Task task = inference.tasks.get(f.taskIndex());
					task.hangs |= f.kind() == FaultKind.TASK_HANG;
					task.slowNs += f.kind() == FaultKind.TASK_SLOW ? f.delayNs() : 0;
				}
			}
			if (si.jobPerTask) {
				for (Task task : inference.tasks) {
					job(si, slots, inference, task.label()).tasks.add(task);
				}
			} else {
				job(si, slots, inference, inference.name).tasks.addAll(inference.tasks);
			}
			si.inferences.add(inference);
		}
		for (ScenarioImage.Fault f : sc.faults) {
			if (f.kind() == FaultKind.IRQ_THREAD_DELAY) {
				si.irqThreadDelayNs = f.delayNs();
			}
		}
		return si;
	}

	private static Job job(SchedImage si, Slots slots, Inference inference, String name) {
		Job job = new Job(si.jobs.size(), name, inference);
		String n = "job " + name;
		job.state = slots.alloc(n, "state", StateField.JOB_STATE, 0);
		job.sched = slots.alloc(n, "sched", StateField.STRING, 0);
		job.jobId = slots.alloc(n, "id", StateField.INT, 0);
		job.nextTaskIdx = slots.alloc(n, "next_task_idx", StateField.INT, 0);
		job.scheduled = slots.alloc(n, "s_fence->scheduled signalled", StateField.BOOL, 0);
		job.finished = slots.alloc(n, "s_fence->finished signalled", StateField.BOOL, 0);
		job.finishedError = slots.alloc(n, "s_fence->finished error", StateField.ERRNO, 0);
		job.parent = slots.alloc(n, "s_fence->parent (hardware fence callback)", StateField.BOOL, 0);
		job.hwSignalled = slots.alloc(n, "hardware fence signalled", StateField.BOOL, 0);
		job.onPendingList = slots.alloc(n, "on pending list", StateField.BOOL, 0);
		inference.jobs.add(job);
		si.jobs.add(job);
		return job;
	}
}
