package org.dmstudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dmstudio.model.scenario.Expectation;
import org.dmstudio.model.scenario.JobSubmission;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.sim.Exploration;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;
import org.junit.jupiter.api.Test;

/** Seed 001: the DRM scheduler rules and rocket's two submission designs, on the same stimuli. */
class SchedulerTest {

	private static final String CHAINED = "examples/seed001-rocket-scheduler/chained-tasks.scenario";
	private static final String PER_TASK = "examples/seed001-rocket-scheduler/job-per-task.scenario";

	private final Scenario chainedScenario = SeedZeroBuiltinTest.scenario(CHAINED);
	private final SimulationResult chained = Simulator.of(chainedScenario).run(chainedScenario.getSeed());
	private final SimulationResult perTask = Simulator.of(SeedZeroBuiltinTest.scenario(PER_TASK)).run(1);

	private static int first(SimulationResult r, String function, String object) {
		return Boards.steps(r, function, object).get(0).index();
	}

	@Test
	void creditLimitOneRunsOneJobAtATime() {
		assertTrue(first(perTask, "drm_sched_job_begin", "A/task1") > first(perTask, "drm_sched_job_done", "A/task0"),
				"drm_sched_can_queue: A/task1 begins only once A/task0 gave its credit back");
		Trace t = perTask.trace();
		for (int i = 0; i < t.size(); i++) {
			t.step(i).changes().stream().filter(c -> c.field().equals("credit_count"))
					.forEach(c -> assertTrue(Integer.parseInt(c.after()) <= 1, c.toString()));
		}
	}

	@Test
	void aFailureAfterDrmSchedJobArmIsReported() {
		assertTrue(first(chained, "drm_sched_job_arm", "C") < first(chained, "rocket_acquire_object_fences", "C"));
		assertTrue(chained.bugs().stream().anyMatch(b -> b.startsWith("drm_sched_job_cleanup() of armed job C")));
		assertTrue(perTask.bugs().isEmpty(), () -> perTask.bugs().toString());
		assertTrue(Boards.steps(perTask, "drm_sched_job_arm", "C/task0").isEmpty(), "the redesign fails before arming");
		assertEquals("CLEANED_UP", perTask.trace().stateAt(perTask.trace().size() - 1).get("job C/task0", "state"));
	}

	@Test
	void timeoutStopsRemovesTheHardwareCallbackAndStartFinishesWithEcanceled() {
		TraceStep stop = Boards.steps(chained, "drm_sched_stop", "rocket-core0").get(0);
		TraceStep removed = Boards.steps(chained, "dma_fence_remove_callback", "A").get(0);
		TraceStep start = Boards.steps(chained, "drm_sched_start", "rocket-core0").get(0);
		assertTrue(stop.index() < removed.index() && removed.index() < start.index());
		assertTrue(removed.changes().stream().anyMatch(c -> c.field().equals("credit_count") && c.after().equals("0")));
		TraceStep done = Boards.steps(chained, "drm_sched_job_done", "A").get(0);
		assertTrue(done.stack().contains("drm_sched_start > drm_sched_job_done"), done.stack());
		assertEquals("-ECANCELED", chained.trace().stateAt(done.index() + 1).get("job A", "s_fence->finished error"));
		assertEquals(1, Boards.steps(chained, "rocket_job_run", "A").size(), "a job whose callback was removed is not re-run");
	}

	/** drm_sched_job_begin() puts the popped job on pending_list before ops->run_job; drm_sched_get_finished_job() takes it off to free it. */
	@Test
	void aJobIsOnThePendingListFromDrmSchedJobBeginUntilFreed() {
		Trace t = perTask.trace();
		TraceStep begin = Boards.steps(perTask, "drm_sched_job_begin", "A/task0").get(0);
		assertTrue(begin.changes().stream().anyMatch(c -> c.object().equals("job A/task0") && c.field().equals("on pending list")
				&& c.after().equals("true")), begin.changes()::toString);
		int run = first(perTask, "rocket_job_run", "A/task0");
		assertTrue(begin.index() < run);
		assertEquals("true", t.stateAt(run).get("job A/task0", "on pending list"));
		assertEquals("QUEUED", t.stateAt(run).get("job A/task0", "state"), "the state becomes RUNNING once run_job returns its fence");
		int left = -1;
		for (int i = begin.index() + 1; i < t.size() && left < 0; i++) {
			if (t.step(i).changes().stream().anyMatch(c -> c.object().equals("job A/task0") && c.field().equals("on pending list"))) {
				left = i;
			}
		}
		assertTrue(left > run, "A/task0 stays on pending_list while it runs");
		assertTrue(t.step(left).stack().startsWith("drm_sched_free_job_work"), t.step(left).stack());
		assertEquals("false", t.stateAt(left + 1).get("job A/task0", "on pending list"));
		assertEquals("FREED", t.stateAt(t.size() - 1).get("job A/task0", "state"));
	}

	@Test
	void chainedDesignSubmitsLaterTasksFromTheIrqThread() {
		List<TraceStep> submits = Boards.steps(chained, "rocket_job_hw_submit", "A");
		assertTrue(submits.get(0).stack().contains("rocket_job_run > "));
		assertTrue(submits.get(1).stack().startsWith("rocket_job_handle_irq > "), submits.get(1).stack());
		assertEquals("irq/142-fdab0000.npu", submits.get(1).context());
	}

	@Test
	void jobPerTaskDesignSubmitsOnlyFromRunJobAndCancelsOnlyThatInference() {
		Trace t = perTask.trace();
		for (int i = 0; i < t.size(); i++) {
			TraceStep s = t.step(i);
			if (s.function().equals("rocket_job_hw_submit")) {
				assertTrue(s.stack().contains("drm_sched_run_job_work > rocket_job_run > "), s.stack());
			}
		}
		assertTrue(Boards.steps(perTask, "rocket_job_hw_submit", "A/task6").isEmpty(), "a cancelled inference's tasks never reach hardware");
		assertEquals(1, Boards.steps(perTask, "dma_fence_set_error", "A/task6").size());
		assertEquals("0", t.stateAt(t.size() - 1).get("job B/task3", "s_fence->finished error"));
		assertEquals("true", t.stateAt(t.size() - 1).get("job B/task3", "s_fence->finished signalled"));
	}

	@Test
	void theIrqThreadRacesTheResetOnlyInTheChainedDesignAndOnlyForSomeSeeds() {
		assertTrue(chained.bugs().stream().anyMatch(b -> b.startsWith("race in rocket_reset on core0")));
		List<Exploration.SeedClass> classes = Exploration.seeds(Simulator.of(chainedScenario), 200);
		long racing = classes.stream().filter(c -> c.outcome().contains("race in rocket_reset")).mapToLong(Exploration.SeedClass::count).sum();
		assertTrue(racing > 0 && racing < 200, classes.toString());
		Exploration.Orders orders = Exploration.orders(Simulator.of(chainedScenario), 2);
		assertTrue(orders.failing().keySet().stream().anyMatch(o -> o.contains("race in rocket_reset")), orders.classes().toString());
		assertTrue(Exploration.seeds(Simulator.of(SeedZeroBuiltinTest.scenario(PER_TASK)), 200).stream().noneMatch(c -> c.failed()));
	}

	/** rocket_job_run resumes with pm_runtime_resume_and_get, the IRQ thread drops it with pm_runtime_put_autosuspend. */
	@Test
	void autosuspendWaitsForLastBusyPlusTheDelay() {
		TraceStep put = Boards.steps(perTask, "pm_runtime_put_autosuspend", "fdac0000.npu").getLast();
		TraceStep timer = Boards.steps(perTask, "pm_suspend_timer_fn", "fdac0000.npu").getLast();
		assertEquals(put.timeNs() + 50_000_000L, timer.timeNs(), "pm_runtime_autosuspend_expiration: last_busy + autosuspend_delay");
		TraceStep suspended = Boards.steps(perTask, "rpm_suspend", "fdac0000.npu").getLast();
		assertTrue(suspended.timeNs() >= timer.timeNs());
		assertEquals("RPM_SUSPENDED", perTask.trace().stateAtReturn(suspended.index()).get("fdac0000.npu", "power.runtime_status"));
	}

	/** drm_sched_entity_pop_job: a job waits for its dependencies, here the previous inference's fence on the shared BOs. */
	@Test
	void aJobWaitsForItsDependencyEvenOnAnIdleScheduler() {
		JobSubmission d = ScenarioFactory.eINSTANCE.createJobSubmission();
		d.setName("D");
		d.setTimeNs(4_050_000_000L);
		d.setTaskCount(1);
		d.setEntity(chainedScenario.getDrmDevice().getEntities().get(0));
		chainedScenario.getStimuli().add(d);
		SimulationResult r = Simulator.of(chainedScenario).run(chainedScenario.getSeed());
		assertEquals(1, Boards.steps(r, "drm_sched_job_add_dependency", "D on A").size());
		TraceStep run = Boards.steps(r, "rocket_job_run", "D").get(0);
		assertTrue(run.index() > first(r, "drm_sched_fence_finished", "A"), "D runs once A's finished fence signalled");
		assertTrue(run.stack().startsWith("drm_sched_run_job_work"), run.stack());
		assertEquals("rocket-core1 submit_wq", run.context(),
				"drm_sched_entity_select_rq moved the idle entity off core0, which runs A, to the least loaded scheduler");
	}

	@Test
	void sameSeedSameSchedule() {
		SimulationResult again = Simulator.of(chainedScenario).run(chainedScenario.getSeed());
		assertEquals(chained.trace().size(), again.trace().size());
		assertEquals(chained.bugs(), again.bugs());
	}

	@Test
	void aWrongFenceExpectationFails() {
		Expectation b = chainedScenario.getExpectations().stream().filter(e -> "B:0".equals(e.getValue())).findFirst().orElseThrow();
		b.setValue("B:-ECANCELED");
		SimulationResult wrong = Simulator.of(chainedScenario).run(chainedScenario.getSeed());
		assertFalse(wrong.passed());
	}
}
