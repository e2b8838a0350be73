package org.dmstudio.diagram.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dmstudio.diagram.layout.TimeMark;
import org.dmstudio.diagram.layout.TimeSpan;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.sim.StateChange;
import org.dmstudio.sim.TraceStep;

/**
 * What a simulated run did on a DRM scheduler, read once from its trace: per job when it waited
 * in its entity, when it was on a core and how its fences signalled; per task when it was on the
 * hardware; the timeouts, the resets (drm_sched_stop to drm_sched_start) and the bugs the engine
 * caught. Lanes are named by core or entity.
 */
public final class SchedRun {

	/** A job from drm_sched_job_begin() to its finished fence, on its core's lane. */
	public record JobBar(String name, String lane, long startNs, long endNs, String error) implements TimeSpan {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A job waiting in its entity's queue, from drm_sched_entity_push_job() to drm_sched_job_begin(). */
	public record QueuedSpan(String name, String lane, long startNs, long endNs) implements TimeSpan {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A task on the hardware, from rocket_job_hw_submit() to its interrupt, hang or cancellation ({@code end}: DONE, HUNG...). */
	public record TaskBar(String name, String job, String lane, long startNs, long endNs, String end) implements TimeSpan {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A fence of a job signalled: {@code kind} scheduled, hw or finished; {@code error} set for a finished fence with an error. */
	public record FenceMark(String job, String kind, String lane, long startNs, String error) implements TimeMark {
		@Override
		public String toString() {
			return job + " " + kind;
		}
	}

	/** drm_sched_job_timedout() of a job. */
	public record TimeoutMark(String job, String lane, long startNs) implements TimeMark {
		@Override
		public String toString() {
			return "timeout " + job;
		}
	}

	/** A reset of a core's scheduler: drm_sched_stop() to drm_sched_start(); a mark, as it lasts well under a pixel. */
	public record ResetSpan(String name, String lane, long startNs, long endNs) implements TimeSpan {
		@Override
		public boolean instant() {
			return true;
		}

		@Override
		public String toString() {
			return lane + " " + name + " " + startNs;
		}
	}

	/** A bug the engine detected; {@code kind} is "race" for the IRQ thread starting a task during a reset. */
	public record BugMark(String kind, String lane, long startNs, String message) implements TimeMark {
		@Override
		public String toString() {
			return kind + " " + startNs;
		}
	}

	/** Where the current step is on the timeline. */
	public record StepCursor(int step, long startNs) implements TimeMark {
		@Override
		public String toString() {
			return "cursor";
		}
	}

	/** A job at a step, where it sits: {@code state} as drm_sched names it (QUEUED, RUNNING, DONE...). */
	public record JobToken(String name, String state, String error) {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A task on the hardware at a step. */
	public record TaskToken(String name, String job) {
		@Override
		public String toString() {
			return name;
		}
	}

	/** The finished fence of a job already freed: what userspace waits on, signalled, with its error if any. */
	public record FenceToken(String job, String error) {
		@Override
		public String toString() {
			return job;
		}
	}

	private static final Pattern RACE = Pattern.compile("race in rocket_reset on (\\S+):");
	private static final Pattern ARMED_CLEANUP = Pattern.compile("drm_sched_job_cleanup\\(\\) of armed job (\\S+):");

	private final DrmDevice device;
	private final List<TimeSpan> items = new ArrayList<>();
	private final Map<String, String> entityOfJob = new HashMap<>();
	private final Map<String, String> coreOfScheduler = new HashMap<>();
	private final Map<String, String> coreOfJob = new HashMap<>();
	private final Map<String, String> coreOfTask = new HashMap<>();

	private SchedRun(DrmDevice device) {
		this.device = device;
		for (Scheduler scheduler : device.getSchedulers()) {
			if (scheduler.getCore() != null) {
				coreOfScheduler.put(scheduler.getName(), scheduler.getCore().getName());
			}
		}
	}

	/** The run of the DRM device among {@code devices} that the trace simulated; null when the trace has no scheduler. */
	static SchedRun of(TraceView view, List<DrmDevice> devices) {
		boolean perTask = view.slots().stream().anyMatch(s -> s[1].equals("in_flight_task"));
		boolean chained = view.slots().stream().anyMatch(s -> s[1].equals("in_flight_job"));
		if (!perTask && !chained) {
			return null;
		}
		SubmissionDesign design = perTask ? SubmissionDesign.JOB_PER_TASK : SubmissionDesign.JOB_WITH_CHAINED_TASKS;
		DrmDevice device = devices.stream().filter(d -> d.getDesign() == design).findFirst()
				.orElse(devices.isEmpty() ? null : devices.get(0));
		if (device == null) {
			return null;
		}
		SchedRun run = new SchedRun(device);
		run.read(view);
		return run;
	}

	public DrmDevice device() {
		return device;
	}

	/** Every bar and mark, in the order they happened. */
	public List<TimeSpan> items() {
		return items;
	}

	/** The bars and marks on one lane (a core's or an entity's name). */
	public List<Object> lane(String name) {
		List<Object> lane = new ArrayList<>();
		for (TimeSpan item : items) {
			if (name.equals(laneOf(item))) {
				lane.add(item);
			}
		}
		return lane;
	}

	private static String laneOf(TimeSpan item) {
		return switch (item) {
		case JobBar b -> b.lane();
		case QueuedSpan q -> q.lane();
		case TaskBar t -> t.lane();
		case FenceMark f -> f.lane();
		case TimeoutMark m -> m.lane();
		case ResetSpan r -> r.lane();
		case BugMark b -> b.lane();
		default -> null;
		};
	}

	/** The entity (open file) a job was submitted through. */
	public String entityOf(String job) {
		return entityOfJob.get(job);
	}

	/** The core a job ran on, null before it began. */
	public String coreOf(String job) {
		return coreOfJob.get(job);
	}

	/** The core a task was submitted to, null before it was. */
	public String coreOfTask(String task) {
		return coreOfTask.get(task);
	}

	private void read(TraceView view) {
		Map<String, Long> queued = new HashMap<>();
		Map<String, Long> begun = new LinkedHashMap<>();
		Map<String, String> jobCore = coreOfJob;
		Map<String, String> schedOfJob = new HashMap<>();
		Map<String, String> errorOfJob = new HashMap<>();
		Map<String, long[]> taskStart = new LinkedHashMap<>();
		Map<String, String> taskCore = coreOfTask;
		Map<String, Long> resetStart = new HashMap<>();
		long end = 0;
		for (int i = 0; i < view.trace().size(); i++) {
			TraceStep step = view.step(i);
			long t = step.timeNs();
			end = Math.max(end, t);
			String object = step.object();
			if (object != null && step.context().startsWith("userspace ") && step.function().startsWith("drm_sched_job_init")) {
				entityOfJob.putIfAbsent(object, step.context().substring("userspace ".length()));
			}
			if (step.kind() == TraceStep.Kind.CALL) {
				switch (step.function()) {
				case "drm_sched_job_begin" -> {
					String core = coreOfScheduler.get(schedOfJob.get(object));
					begun.put(object, t);
					jobCore.put(object, core);
					Long since = queued.remove(object);
					if (since != null && entityOfJob.containsKey(object)) {
						items.add(new QueuedSpan(object, entityOfJob.get(object), since, t));
					}
				}
				case "drm_sched_job_timedout" -> items.add(new TimeoutMark(object, jobCore.get(object), t));
				case "drm_sched_stop" -> resetStart.put(object, t);
				case "drm_sched_start" -> {
					Long since = resetStart.remove(object);
					if (since != null) {
						items.add(new ResetSpan("reset", coreOfScheduler.get(object), since, t));
					}
				}
				default -> {
				}
				}
			} else if (step.kind() == TraceStep.Kind.BUG) {
				Matcher race = RACE.matcher(step.function());
				Matcher cleanup = ARMED_CLEANUP.matcher(step.function());
				if (race.find()) {
					items.add(new BugMark("race", race.group(1), t, step.function()));
				} else if (cleanup.find()) {
					items.add(new BugMark("armed job cleaned up", entityOfJob.get(cleanup.group(1)), t, step.function()));
				}
			}
			for (StateChange change : step.changes()) {
				String name = change.object();
				String field = change.field();
				if (name.startsWith("job ")) {
					String job = name.substring("job ".length());
					switch (field) {
					case "sched" -> schedOfJob.put(job, change.after());
					case "state" -> {
						if (change.after().equals("QUEUED")) {
							queued.put(job, t);
						}
					}
					case "s_fence->finished error" -> errorOfJob.put(job, change.after());
					case "s_fence->scheduled signalled" -> fence(job, "scheduled", jobCore.get(job), t, null, change);
					case "hardware fence signalled" -> fence(job, "hw", jobCore.get(job), t, null, change);
					case "s_fence->finished signalled" -> {
						if (change.after().equals("true")) {
							String error = errorOfJob.getOrDefault(job, "0");
							error = error.equals("0") ? null : error;
							String core = jobCore.get(job);
							Long start = begun.remove(job);
							if (start != null && core != null) {
								items.add(new JobBar(job, core, start, t, error));
							}
							fence(job, "finished", core != null ? core : entityOfJob.get(job), t, error, change);
						}
					}
					default -> {
					}
					}
				} else if (field.equals("task on hardware") && !change.after().equals("NULL")) {
					taskStart.put(change.after(), new long[] { t });
					taskCore.put(change.after(), name);
				} else if (field.equals("state") && taskStart.containsKey(name) && !change.after().equals("SUBMITTED")) {
					items.add(new TaskBar(name, jobOfTask(name), taskCore.get(name), taskStart.remove(name)[0], t, change.after()));
				}
			}
		}
		for (Map.Entry<String, Long> running : begun.entrySet()) {
			if (jobCore.get(running.getKey()) != null) {
				items.add(new JobBar(running.getKey(), jobCore.get(running.getKey()), running.getValue(), end, null));
			}
		}
		for (Map.Entry<String, long[]> task : taskStart.entrySet()) {
			items.add(new TaskBar(task.getKey(), jobOfTask(task.getKey()), taskCore.get(task.getKey()), task.getValue()[0], end,
					"SUBMITTED"));
		}
		items.removeIf(item -> laneOf(item) == null);
	}

	private void fence(String job, String kind, String lane, long t, String error, StateChange change) {
		if (change.after().equals("true") && lane != null) {
			items.add(new FenceMark(job, kind, lane, t, error));
		}
	}

	/** Before the redesign the tasks of inference A belong to job A; after it each task is its own job. */
	private String jobOfTask(String task) {
		return entityOfJob.containsKey(task) ? task : task.substring(0, task.lastIndexOf('/'));
	}
}
