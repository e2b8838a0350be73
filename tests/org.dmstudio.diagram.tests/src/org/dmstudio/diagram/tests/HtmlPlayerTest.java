package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.bench.DiagramBench;
import org.dmstudio.diagram.trace.HtmlPlayer;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.sim.Simulator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML player page: offline, escaped, and small enough for long traces. */
class HtmlPlayerTest {

	private static final String HOSTILE = "npu</script><script>alert(1)</script><!--&\"'\u2028";

	static String player(Scenario scenario, String view, int step) {
		List<EObject> roots = new ArrayList<>(scenario.getBoard().eResource().getContents());
		TraceView trace = new TraceView(Simulator.of(scenario).run(scenario.getSeed()), roots);
		return HtmlPlayer.write(Diagrams.description(view), roots, new DiagramRequest().modelName("rk3588-npu.dmstudio"), trace,
				step < 0 ? trace.trace().size() - 1 : step);
	}

	static Scenario builtin() {
		return (Scenario) ModelStore.load(Fixtures.example(TraceStateTest.BUILTIN)).root();
	}

	@Test
	void pageNeedsNothingButItself() {
		String html = player(builtin(), "links", -1);
		String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
		for (String outside : List.of("http://", "https://", "src=", "href=", "<link", "@import", "url(", "fetch(", "XMLHttpRequest",
				"<iframe", "<img")) {
			assertFalse(withoutSvgNamespace.contains(outside), "the page refers to something outside: " + outside);
		}
		assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
		assertEquals(1, count(html, "<svg "), "the diagram is inline");
		assertTrue(html.contains("id=\"device:fdab9000.iommu\""));
		assertTrue(html.contains("window.dmPlayer"));
	}

	@Test
	void hostileNamesFromModelAndTraceStayText() {
		Scenario scenario = builtin();
		Board board = scenario.getBoard();
		for (Device device : board.getDevices()) {
			if (device.getName().equals("fdab0000.npu")) {
				device.setName(HOSTILE);
			}
		}
		String html = player(scenario, "links", -1);
		assertEquals(2, count(html, "</script>"), "only the page's own two scripts close");
		assertEquals(2, count(html, "<script"), "no script element comes from a name");
		assertFalse(html.contains("<!--&"), "no comment opens from a name");
		String json = between(html, "<script type=\"application/json\" id=\"dm-data\">", "</script>");
		assertFalse(json.contains("\u2028"), "no raw line separator inside the JSON");
		assertTrue(json.contains("npu\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--\\u0026\\\"'\\u2028"),
				"the name travels escaped in the JSON");
		String svg = between(html, "<svg ", "</svg>");
		assertTrue(svg.contains("npu&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&amp;&quot;&apos;"),
				"the name is escaped in the SVG");
	}

	@ParameterizedTest
	@ValueSource(strings = { "links", "timeline" })
	void tenThousandStepPlayerStaysUnderFiveMegabytes(String diagram) {
		Scenario scenario = DiagramBench.longScenario(Fixtures.root().resolve("examples/seed001-rocket-scheduler/job-per-task.scenario"),
				DiagramBench.PLAYER_STEPS);
		List<EObject> roots = new ArrayList<>(scenario.getBoard().eResource().getContents());
		TraceView trace = new TraceView(Simulator.of(scenario).run(scenario.getSeed()), roots);
		assertTrue(trace.trace().size() >= 10_000, trace.trace().size() + " steps");
		String html = HtmlPlayer.write(Diagrams.description(diagram), roots, new DiagramRequest().modelName("rocket-scheduler.dmstudio"),
				trace, 0);
		long bytes = html.getBytes(StandardCharsets.UTF_8).length;
		assertTrue(bytes < DiagramBench.PLAYER_GOAL_BYTES, bytes + " bytes for " + trace.trace().size() + " steps");
		Matcher time = Pattern.compile("\"time\":\\[([^\\]]*)\\]").matcher(html);
		assertTrue(time.find());
		assertEquals(trace.trace().size(), time.group(1).split(",").length, "every step is in the page");
	}

	@Test
	void timelinePlayerMovesTheCursorToEachStepsTime() throws Exception {
		Scenario scenario = (Scenario) ModelStore.load(Fixtures.example(SchedViewsTest.PER_TASK)).root();
		List<EObject> roots = new ArrayList<>(scenario.getBoard().eResource().getContents());
		TraceView trace = new TraceView(Simulator.of(scenario).run(scenario.getSeed()), roots);
		String html = HtmlPlayer.write(Diagrams.description("timeline"), roots, new DiagramRequest().modelName("rocket-scheduler.dmstudio"),
				trace, 0);
		Matcher data = Pattern.compile("\"timeAxis\":\\[([^\\]]*)\\]").matcher(html);
		assertTrue(data.find(), "the page carries the time axis");
		String[] axis = data.group(1).split(",");
		long originNs = Long.parseLong(axis[0]), endNs = Long.parseLong(axis[1]);
		double originX = Double.parseDouble(axis[2]), pixelsPerNs = Double.parseDouble(axis[3]);
		int timeout = trace.trace().find(0, true, s -> s.function().equals("drm_sched_job_timedout"));
		long at = trace.step(timeout).timeNs();
		assertTrue(originNs < at && at < endNs);
		Document svg = Fixtures.parse("<svg " + between(html, "<svg ", "</svg>") + "</svg>");
		double[] mark = null;
		for (Element g : Fixtures.groups(svg, "node")) {
			if (g.getAttribute("id").equals("timeout-mark:timeout_A_task5")) {
				mark = Fixtures.box(g);
			}
		}
		assertTrue(mark != null, "the timeout is drawn");
		assertEquals(mark[0] + mark[2] / 2, originX + (at - originNs) * pixelsPerNs, 0.01, "the cursor of the timeout's step stands on it");
		assertTrue(trace.step(0).timeNs() < originNs, "step 0 is at boot, before the run: the page pins the cursor to the plot's start");
		assertTrue(html.contains("renderCursor()"));
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			count++;
		}
		return count;
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertTrue(from >= 0, start);
		return text.substring(from + start.length(), text.indexOf(end, from + start.length()));
	}
}
