package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.trace.StepQuery;
import org.dmstudio.diagram.trace.TraceDiagramState;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.TraceStep;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The simulation state of seed 000 (built in) drawn on the device-link view, read back from the SVG. */
class TraceStateTest {

	static final String BUILTIN = "seed000-rk3588-npu/builtin.scenario";

	private static TraceView view;
	private static List<EObject> roots;

	@BeforeAll
	static void simulate() {
		Scenario scenario = (Scenario) ModelStore.load(Fixtures.example(BUILTIN)).root();
		roots = new ArrayList<>(scenario.getBoard().eResource().getContents());
		view = new TraceView(Simulator.of(scenario).run(scenario.getSeed()), roots);
	}

	private static Document svgAt(int step) throws Exception {
		DiagramRequest request = new DiagramRequest().modelName("rk3588-npu.dmstudio").state(view.stateAt(step));
		return Fixtures.parse(SvgPainter.paint(Diagrams.build(Diagrams.description("links"), roots, request)));
	}

	private static Element group(Document svg, String id) {
		for (String kind : List.of("node", "container", "edge")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				if (g.getAttribute("id").equals(id)) {
					return g;
				}
			}
		}
		throw new AssertionError("no element " + id);
	}

	private static List<String> classes(Element g) {
		return List.of(g.getAttribute("class").split(" "));
	}

	private static List<String> badges(Element g) {
		return Fixtures.children(g, "text").stream().filter(t -> t.getAttribute("class").equals("badge"))
				.map(Element::getTextContent).toList();
	}

	@Test
	void stepQueriesFindTheFailingProbeAndWhereTheDeferralIsBorn() {
		int failing = StepQuery.resolve(view.trace(), "-EINVAL@fdab0000.npu");
		TraceStep step = view.step(failing);
		assertEquals("fdab0000.npu", step.object());
		assertEquals(-22, step.ret());
		int born = StepQuery.resolve(view.trace(), "born:-EPROBE_DEFER");
		assertEquals(-517, view.step(born).ret());
		assertTrue(born < failing);
		assertEquals(view.trace().size() - 1, StepQuery.resolve(view.trace(), null));
		assertEquals(7, StepQuery.resolve(view.trace(), "7"));
	}

	@Test
	void failingProbeMarksTheStoredDeferralOnTheIommuAndTheReturnedErrorOnTheCore() throws Exception {
		int failing = StepQuery.resolve(view.trace(), "-EINVAL@fdab0000.npu");
		Document svg = svgAt(failing);
		Element iommu = group(svg, "device:fdab9000.iommu");
		assertTrue(classes(iommu).contains("error-stored"), iommu.getAttribute("class"));
		assertTrue(badges(iommu).contains("-EPROBE_DEFER stored"), badges(iommu).toString());
		Element core = group(svg, "device:fdab0000.npu");
		assertTrue(classes(core).contains("error-returned"), core.getAttribute("class"));
		assertTrue(badges(core).contains("returned -EINVAL"), badges(core).toString());
		assertFalse(classes(group(svg, "device:fdac0000.npu")).contains("error-returned"));
		String subtitle = Fixtures.children((Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(0), "text")
				.get(1).getTextContent();
		assertTrue(subtitle.contains("seed000-builtin") && subtitle.contains("step " + failing), subtitle);
	}

	@Test
	void nothingIsMarkedBeforeTheFirstProbe() throws Exception {
		Document svg = svgAt(0);
		for (Element node : Fixtures.groups(svg, "node")) {
			assertFalse(classes(node).contains("error-stored"), node.getAttribute("id"));
			assertFalse(classes(node).contains("error-returned"), node.getAttribute("id"));
		}
	}

	@Test
	void resumingTheIommuFromTheCoreProbeHighlightsTheLinkBetweenThem() throws Exception {
		int resume = view.trace().find(0, true, s -> "pm_runtime_get_sync".equals(s.function()) && "fdab9000.iommu".equals(s.object()));
		TraceDiagramState state = view.stateAt(resume);
		EObject core = view.element("fdab0000.npu");
		EObject iommu = view.element("fdab9000.iommu");
		assertNotNull(core);
		List<EObject> path = state.activePath();
		assertTrue(path.indexOf(core) >= 0 && path.indexOf(core) < path.indexOf(iommu), path.toString());
		Document svg = svgAt(resume);
		Element link = null;
		for (Element edge : Fixtures.groups(svg, "edge")) {
			if (edge.getAttribute("data-source").equals("device:fdab9000.iommu")
					&& edge.getAttribute("data-target").equals("device:fdab0000.npu")) {
				link = edge;
			}
		}
		assertNotNull(link, "the iommus link is drawn");
		assertTrue(classes(link).contains("call-path-of-the-step"), link.getAttribute("class"));
		for (Element edge : Fixtures.groups(svg, "edge")) {
			if (edge != link && edge.getAttribute("data-target").equals("device:fdac0000.npu")) {
				assertFalse(classes(edge).contains("call-path-of-the-step"), edge.getAttribute("id"));
			}
		}
	}
}
