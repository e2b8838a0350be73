package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.TraceState;
import org.dmstudio.sim.TraceStep;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The scheduler view and the timeline of seed 001 driven by simulated runs, read back from the SVG. */
class SchedViewsTest {

	static final String CHAINED = "seed001-rocket-scheduler/chained-tasks.scenario";
	static final String PER_TASK = "seed001-rocket-scheduler/job-per-task.scenario";

	private static final Map<String, TraceView> RUNS = new HashMap<>();

	static synchronized TraceView run(String scenarioFile) {
		return RUNS.computeIfAbsent(scenarioFile, file -> {
			Scenario scenario = (Scenario) ModelStore.load(Fixtures.example(file)).root();
			List<EObject> roots = new ArrayList<>(scenario.getBoard().eResource().getContents());
			return new TraceView(Simulator.of(scenario).run(scenario.getSeed()), roots);
		});
	}

	private static List<EObject> roots(TraceView view) {
		return List.of(view.schedRun().device().eResource().getContents().toArray(new EObject[0]));
	}

	static Document svg(String scenarioFile, String diagram, int step) throws Exception {
		TraceView view = run(scenarioFile);
		DiagramRequest request = new DiagramRequest().modelName("rocket-scheduler.dmstudio").state(view.stateAt(step));
		return Fixtures.parse(SvgPainter.paint(Diagrams.build(Diagrams.description(diagram), roots(view), request)));
	}

	private static List<Element> mapped(Document svg, String mapping) {
		List<Element> found = new ArrayList<>();
		for (String kind : List.of("node", "container")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				if (g.getAttribute("data-mapping").equals(mapping)) {
					found.add(g);
				}
			}
		}
		return found;
	}

	private static Element byId(Document svg, String id) {
		for (String kind : List.of("node", "container")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				if (g.getAttribute("id").equals(id)) {
					return g;
				}
			}
		}
		return null;
	}

	private static String tooltip(Element g) {
		Element title = Fixtures.child(g, "title");
		return title == null ? "" : title.getTextContent();
	}

	private static boolean inside(double[] inner, double[] outer) {
		return inner[0] >= outer[0] - 0.01 && inner[1] >= outer[1] - 0.01 && inner[0] + inner[2] <= outer[0] + outer[2] + 0.01
				&& inner[1] + inner[3] <= outer[1] + outer[3] + 0.01;
	}

	private static boolean overlap(double[] a, double[] b) {
		double rounding = 0.02;
		return a[0] + rounding < b[0] + b[2] && b[0] + rounding < a[0] + a[2] && a[1] + rounding < b[1] + b[3] && b[1] + rounding < a[1] + a[3];
	}

	/** The lane (core or entity) whose box holds an item. */
	private static String laneOf(Document svg, Element item) {
		for (String lane : List.of("core-lane", "entity-lane")) {
			for (Element g : mapped(svg, lane)) {
				if (inside(Fixtures.box(item), Fixtures.box(g))) {
					return g.getAttribute("id");
				}
			}
		}
		return null;
	}

	private static int last(String scenarioFile) {
		return run(scenarioFile).trace().size() - 1;
	}

	@ParameterizedTest
	@ValueSource(strings = { CHAINED, PER_TASK })
	void oneLanePerCoreAndPerEntityUnderATimeAxis(String scenarioFile) throws Exception {
		Document svg = svg(scenarioFile, "timeline", last(scenarioFile));
		assertEquals(List.of("core-lane:core0", "core-lane:core1", "core-lane:core2"),
				mapped(svg, "core-lane").stream().map(g -> g.getAttribute("id")).sorted().toList());
		assertEquals(List.of("entity-lane:file0", "entity-lane:file1"),
				mapped(svg, "entity-lane").stream().map(g -> g.getAttribute("id")).sorted().toList());
		List<Element> ticks = mapped(svg, "tick");
		assertTrue(ticks.size() >= 4, ticks.size() + " ticks");
		double previousX = -1, previousSeconds = -1;
		for (Element tick : ticks) {
			double seconds = Double.parseDouble(Fixtures.child(tick, "text").getTextContent().replace(" s", ""));
			assertTrue(Fixtures.box(tick)[0] > previousX && seconds > previousSeconds, "ticks in time order");
			previousX = Fixtures.box(tick)[0];
			previousSeconds = seconds;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { CHAINED, PER_TASK })
	void taskBarsLieWithinTheirJobBarsInTimeOrder(String scenarioFile) throws Exception {
		Document svg = svg(scenarioFile, "timeline", last(scenarioFile));
		Pattern ofJob = Pattern.compile("^task (\\S+) of job (\\S+) on");
		Map<String, List<double[]>> tasksOfJob = new HashMap<>();
		List<Element> tasks = mapped(svg, "task-bar");
		assertTrue(tasks.size() >= 9, tasks.size() + " task bars");
		List<Double> races = mapped(svg, "bug-mark").stream().filter(g -> g.getAttribute("class").contains("race"))
				.map(g -> Fixtures.box(g)[0] + Fixtures.box(g)[2] / 2).toList();
		for (Element task : tasks) {
			Matcher m = ofJob.matcher(tooltip(task));
			if (races.stream().anyMatch(x -> Math.abs(x - Fixtures.box(task)[0]) < 1)) {
				continue;
			}
			assertTrue(m.find(), tooltip(task));
			Element job = byId(svg, "job-bar:" + m.group(2).replace('/', '_'));
			assertNotNull(job, "job bar of " + m.group(1));
			double[] t = Fixtures.box(task), j = Fixtures.box(job);
			assertTrue(t[0] >= j[0] - 0.02 && t[0] + t[2] <= j[0] + j[2] + 0.02, m.group(1) + " outside job " + m.group(2));
			assertEquals(laneOf(svg, job), laneOf(svg, task), m.group(1) + " on another core than its job");
			tasksOfJob.computeIfAbsent(m.group(2).replaceAll("/task\\d+$", ""), k -> new ArrayList<>())
					.add(new double[] { Integer.parseInt(m.group(1).replaceAll(".*task", "")), t[0], t[0] + t[2] });
		}
		for (List<double[]> inference : tasksOfJob.values()) {
			inference.sort(Comparator.comparingDouble(t -> t[0]));
			for (int i = 1; i < inference.size(); i++) {
				assertTrue(inference.get(i)[1] >= inference.get(i - 1)[2] - 0.02, "task " + inference.get(i)[0] + " starts at "
						+ inference.get(i)[1] + ", before the previous ends at " + inference.get(i - 1)[2]);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { CHAINED, PER_TASK })
	void nothingOverlapsWithinALane(String scenarioFile) throws Exception {
		Document svg = svg(scenarioFile, "timeline", last(scenarioFile));
		for (String laneMapping : List.of("core-lane", "entity-lane")) {
			for (Element lane : mapped(svg, laneMapping)) {
				List<Element> items = new ArrayList<>();
				for (Element g : Fixtures.groups(svg, "node")) {
					if (!g.getAttribute("data-mapping").equals("cursor") && inside(Fixtures.box(g), Fixtures.box(lane))) {
						items.add(g);
					}
				}
				for (int i = 0; i < items.size(); i++) {
					for (int k = i + 1; k < items.size(); k++) {
						assertFalse(overlap(Fixtures.box(items.get(i)), Fixtures.box(items.get(k))),
								items.get(i).getAttribute("id") + " overlaps " + items.get(k).getAttribute("id"));
					}
				}
			}
		}
	}

	@Test
	void jobPerTaskShowsTheHungTasksTimeoutAndItsEcanceledFence() throws Exception {
		Document svg = svg(PER_TASK, "timeline", last(PER_TASK));
		Element timeout = byId(svg, "timeout-mark:timeout_A_task5");
		assertNotNull(timeout);
		assertEquals("core-lane:core0", laneOf(svg, timeout));
		Element hung = byId(svg, "task-bar:A_task5");
		assertTrue(hung.getAttribute("class").contains("task-hung"), hung.getAttribute("class"));
		Element fence = byId(svg, "fence-mark:A_task5_finished");
		assertNotNull(fence);
		assertEquals("finished -ECANCELED", Fixtures.child(fence, "text").getTextContent());
		assertTrue(fence.getAttribute("class").contains("fence-signalled-with-an-error"));
		assertTrue(Fixtures.box(fence)[0] + Fixtures.box(fence)[2] / 2 > Fixtures.box(timeout)[0] + Fixtures.box(timeout)[2] / 2,
				"the fence signals after the timeout");
		Element jobBar = byId(svg, "job-bar:A_task5");
		assertTrue(jobBar.getAttribute("class").contains("job-finished-with-an-error"));
		assertTrue(mapped(svg, "bug-mark").isEmpty(), "the redesign has no race");
	}

	@Test
	void chainedTasksMarksTheRaceOfTheIrqThreadDuringTheReset() throws Exception {
		TraceView view = run(CHAINED);
		assertTrue(view.result().bugs().stream().anyMatch(b -> b.startsWith("race in rocket_reset on core0")), "seed shows the race");
		Document svg = svg(CHAINED, "timeline", last(CHAINED));
		List<Element> races = mapped(svg, "bug-mark").stream().filter(g -> g.getAttribute("class").contains("race")).toList();
		assertEquals(1, races.size());
		assertEquals("core-lane:core0", laneOf(svg, races.get(0)));
		assertEquals("BUG: race", Fixtures.child(races.get(0), "text").getTextContent());
		double[] race = Fixtures.box(races.get(0)), task5 = Fixtures.box(byId(svg, "task-bar:A_task5")), jobA = Fixtures.box(byId(svg, "job-bar:A"));
		assertEquals(race[0] + race[2] / 2, task5[0], 1, "the IRQ thread starts task 5 at the race");
		assertTrue(task5[0] + task5[2] > jobA[0] + jobA[2] - 1, "task 5 runs on after job A was finished");
		assertNotNull(byId(svg, "timeout-mark:timeout_A"));
		assertEquals(1, mapped(svg, "reset-span").size());
		assertTrue(Fixtures.child(byId(svg, "fence-mark:A_finished"), "text").getTextContent().contains("-ECANCELED"));
	}

	@Test
	void theCursorStandsAtTheStepsTime() throws Exception {
		TraceView view = run(PER_TASK);
		int step = view.trace().find(0, true, s -> s.function().equals("drm_sched_job_timedout"));
		Document svg = svg(PER_TASK, "timeline", step);
		Element cursor = mapped(svg, "cursor").get(0);
		Element time = byId(svg, "cursor-time");
		assertEquals(String.format(java.util.Locale.ROOT, "%.6f s", view.step(step).timeNs() / 1e9),
				Fixtures.child(time, "text").getTextContent());
		double[] c = Fixtures.box(cursor), timeout = Fixtures.box(byId(svg, "timeout-mark:timeout_A_task5"));
		assertEquals(timeout[0] + timeout[2] / 2, c[0] + c[2] / 2, 0.01);
	}

	@Test
	void schedulerViewPlacesTokensWhereTheTraceSaysTheyAre() throws Exception {
		TraceView view = run(PER_TASK);
		int step = view.trace().find(0, true, s -> s.kind() == TraceStep.Kind.CALL && s.function().equals("drm_sched_job_timedout"));
		TraceState state = view.trace().stateAt(step);
		assertEquals("A/task5", state.get("core0", "task on hardware"));
		assertEquals("QUEUED", state.get("job A/task6", "state"));
		assertEquals("RUNNING", state.get("job A/task5", "state"));
		assertEquals("FREED", state.get("job B/task3", "state"));
		Document svg = svg(PER_TASK, "sched", step);
		assertTrue(inside(Fixtures.box(byId(svg, "hw-task:A_task5")), Fixtures.box(byId(svg, "core:core0"))));
		assertTrue(inside(Fixtures.box(byId(svg, "queued-job:A_task6")), Fixtures.box(byId(svg, "entity:file0"))));
		assertTrue(inside(Fixtures.box(byId(svg, "pending-job:A_task5")), Fixtures.box(byId(svg, "scheduler:rocket-core0"))));
		Element fence = byId(svg, "signalled-fence:B_task3");
		assertTrue(inside(Fixtures.box(fence), Fixtures.box(mapped(svg, "drm").get(0))));
		assertEquals(1, mapped(svg, "drm").size(), "only the simulated DRM device");
		for (String kind : List.of("hw-task", "queued-job", "pending-job", "signalled-fence")) {
			for (Element token : mapped(svg, kind)) {
				String name = token.getAttribute("id").substring(kind.length() + 1).replace('_', '/');
				String where = kind.equals("hw-task") ? state.get(name, "state") : state.get("job " + name, "state");
				String expected = switch (kind) {
				case "hw-task" -> "SUBMITTED";
				case "queued-job" -> "QUEUED|INITIALIZED|ARMED|CLEANED_UP";
				case "pending-job" -> "RUNNING|DONE";
				default -> "FREED";
				};
				assertTrue(where.matches(expected), name + " is " + where + ", drawn as " + kind);
			}
		}
	}

	/** drm_sched_job_begin() put job A on pending_list: while run_job() submits its first task it is on its scheduler, still QUEUED. */
	@Test
	void aJobOnThePendingListSitsOnItsSchedulerBeforeRunJobReturns() throws Exception {
		TraceView view = run(CHAINED);
		int onCore = view.trace().find(0, true, s -> s.changes().stream()
				.anyMatch(c -> c.field().equals("task on hardware") && c.after().startsWith("A/")));
		assertTrue(onCore > 0, "a task of job A goes on the hardware");
		TraceState state = view.trace().stateAt(onCore);
		assertEquals("QUEUED", state.get("job A", "state"));
		assertEquals("true", state.get("job A", "on pending list"));
		Document svg = svg(CHAINED, "sched", onCore);
		assertNull(byId(svg, "queued-job:A"), "job A left its entity");
		Element pending = byId(svg, "pending-job:A");
		assertNotNull(pending, "job A is on the pending list");
		assertEquals("scheduler:" + state.get("job A", "sched"), holder(svg, pending));
	}

	/** The label lines of a node, without its badges. */
	private static String text(Element g) {
		return String.join("\n", Fixtures.children(g, "text").stream().filter(t -> !t.getAttribute("class").contains("badge"))
				.map(Element::getTextContent).toList());
	}

	private static List<Element> edges(Document svg, String mapping) {
		return Fixtures.groups(svg, "edge").stream().filter(g -> g.getAttribute("data-mapping").equals(mapping)).toList();
	}

	/** The innermost container whose box holds a node. */
	private static String holder(Document svg, Element node) {
		String holder = null;
		double area = Double.MAX_VALUE;
		for (Element g : Fixtures.groups(svg, "container")) {
			double[] box = Fixtures.box(g);
			if (g != node && inside(Fixtures.box(node), box) && box[2] * box[3] < area) {
				holder = g.getAttribute("id");
				area = box[2] * box[3];
			}
		}
		return holder;
	}

	@Test
	void everyCoreRaisesItsInterruptLineWhoseThreadLightsUpWhenItRuns() throws Exception {
		TraceView view = run(CHAINED);
		int step = view.trace().find(0, true, s -> s.context().equals("irq/142-fdab0000.npu"));
		assertTrue(step > 0, "the IRQ thread of core0 runs");
		Document svg = svg(CHAINED, "sched", step);
		assertEquals(List.of("irq:IRQ_142_fdab0000.npu", "irq:IRQ_143_fdac0000.npu", "irq:IRQ_144_fdad0000.npu"),
				mapped(svg, "irq").stream().map(g -> g.getAttribute("id")).sorted().toList());
		assertEquals("IRQ 142\nfdab0000.npu", text(byId(svg, "irq:IRQ_142_fdab0000.npu")));
		List<String> raises = edges(svg, "core-irq").stream().map(e -> e.getAttribute("data-source") + " -> " + e.getAttribute("data-target"))
				.sorted().toList();
		assertEquals(List.of("core:core0 -> irq:IRQ_142_fdab0000.npu", "core:core1 -> irq:IRQ_143_fdac0000.npu",
				"core:core2 -> irq:IRQ_144_fdad0000.npu"), raises);
		assertTrue(byId(svg, "irq:IRQ_142_fdab0000.npu").getAttribute("class").contains("irq-thread-running"));
		assertFalse(byId(svg, "irq:IRQ_143_fdac0000.npu").getAttribute("class").contains("irq-thread-running"));
		assertFalse(text(byId(svg, "core:core0")).contains("IRQ"), "the IRQ is a node, not a line of the core's label");
		int handler = view.trace().find(0, true, s -> s.context().equals("irq 142"));
		Element hardIrq = byId(svg(CHAINED, "sched", handler), "irq:IRQ_142_fdab0000.npu");
		assertTrue(hardIrq.getAttribute("class").contains("hard-irq-handler-running"), hardIrq.getAttribute("class"));
		assertFalse(hardIrq.getAttribute("class").contains("irq-thread-running"));
	}

	@Test
	void creditsStoppedAndResetPendingComeFromTheTrace() throws Exception {
		TraceView view = run(CHAINED);
		int busy = view.trace().find(0, true, s -> s.changes().stream()
				.anyMatch(c -> c.object().equals("rocket-core0") && c.field().equals("credit_count") && c.after().equals("1")));
		assertTrue(busy > 0, "core0's scheduler takes a credit");
		assertTrue(text(byId(svg(CHAINED, "sched", busy), "scheduler:rocket-core0")).contains("credits 1/"));
		assertTrue(text(byId(svg(CHAINED, "sched", 0), "scheduler:rocket-core0")).contains("credits 0/"));
		int stop = view.trace().find(0, true, s -> s.kind() == TraceStep.Kind.CALL && s.function().equals("drm_sched_stop"));
		int paused = view.trace().find(stop, true, s -> s.changes().stream().anyMatch(c -> c.field().equals("pause_submit")));
		assertTrue(stop > 0 && paused >= stop, stop + " " + paused);
		String scheduler = "scheduler:" + view.step(paused).changes().stream().filter(c -> c.field().equals("pause_submit")).findFirst().get()
				.object();
		Element stopped = byId(svg(CHAINED, "sched", paused), scheduler);
		assertTrue(stopped.getAttribute("class").contains("scheduler-stopped"), stopped.getAttribute("class"));
		assertFalse(byId(svg(CHAINED, "sched", stop - 1), scheduler).getAttribute("class").contains("scheduler-stopped"));
		int pending = view.trace().find(0, true, s -> s.changes().stream()
				.anyMatch(c -> c.field().equals("reset.pending") && c.after().equals("true")));
		assertTrue(pending > 0, "a reset is pending");
		String core = "core:" + view.step(pending).changes().stream().filter(c -> c.field().equals("reset.pending")).findFirst().get().object();
		assertTrue(byId(svg(CHAINED, "sched", pending), core).getAttribute("class").contains("reset-pending"));
		assertFalse(byId(svg(CHAINED, "sched", pending - 1), core).getAttribute("class").contains("reset-pending"));
	}

	@ParameterizedTest
	@ValueSource(strings = { CHAINED, PER_TASK })
	void theLayoutStateHasAPlaceForEveryTokenOfEveryStep(String scenarioFile) throws Exception {
		TraceView view = run(scenarioFile);
		DiagramRequest layoutRequest = new DiagramRequest().modelName("rocket-scheduler.dmstudio").state(view.stateAt(0).forLayout());
		Document layout = Fixtures.parse(SvgPainter.paint(Diagrams.build(Diagrams.description("sched"), roots(view), layoutRequest)));
		int last = last(scenarioFile);
		for (int step : List.of(last / 4, last / 2, 3 * last / 4, last)) {
			Document svg = svg(scenarioFile, "sched", step);
			for (String kind : List.of("hw-task", "queued-job", "pending-job", "signalled-fence")) {
				for (Element token : mapped(svg, kind)) {
					Element place = byId(layout, token.getAttribute("id"));
					assertNotNull(place, token.getAttribute("id") + " at step " + step + " has no place in the layout");
					String holder = holder(svg, token);
					assertTrue(inside(Fixtures.box(place), Fixtures.box(byId(layout, holder))), token.getAttribute("id") + " outside " + holder);
				}
			}
		}
	}
}
