package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.TextMetrics;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Exported SVG, read back with an XML parser: what a reviewer's browser gets. */
class SvgExportTest {

	static Stream<Arguments> views() {
		return Stream.of(Arguments.of(Fixtures.SEED000, "links", null), Arguments.of(Fixtures.SEED000, "power", null),
				Arguments.of(Fixtures.SEED000, "chain", "fdab0000.npu"), Arguments.of(Fixtures.SEED001, "sched", null),
				Arguments.of(Fixtures.SEED001, "links", null), Arguments.of(Fixtures.SEED002, "links", null),
				Arguments.of(Fixtures.SEED002, "power", null), Arguments.of(Fixtures.SEED002, "chain", "1c01f000.iommu"),
				Arguments.of(Fixtures.SEED001, "timeline", null));
	}

	private static Scene scene(String model, String view, String device) {
		List<EObject> roots = Fixtures.load(model);
		DiagramRequest request = new DiagramRequest().modelName(model);
		if (device != null) {
			request.select(Fixtures.device(roots, device));
		}
		return Diagrams.build(Diagrams.description(view), roots, request);
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("views")
	void oneGroupPerVisibleElementWithItsModelElement(String model, String view, String device) throws Exception {
		Scene scene = scene(model, view, device);
		assertFalse(scene.allNodes().isEmpty());
		Document svg = Fixtures.parse(SvgPainter.paint(scene));
		List<Element> boxes = new ArrayList<>(Fixtures.groups(svg, "node"));
		boxes.addAll(Fixtures.groups(svg, "container"));
		assertEquals(scene.allNodes().size(), boxes.size());
		assertEquals(scene.edges().size(), Fixtures.groups(svg, "edge").size());
		Set<String> ids = new HashSet<>();
		for (Element box : boxes) {
			assertTrue(ids.add(box.getAttribute("id")), "duplicate id " + box.getAttribute("id"));
			SceneNode node = scene.node(box.getAttribute("id"));
			assertNotNull(node, box.getAttribute("id"));
			assertEquals(node.elementId(), box.getAttribute("data-element"));
		}
		Set<Object> elements = new HashSet<>();
		for (SceneNode node : scene.allNodes()) {
			assertTrue(elements.add(node.semantic()), "element drawn twice: " + node.id());
		}
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("views")
	void edgesStartAndEndOnTheirNodesBorders(String model, String view, String device) throws Exception {
		Document svg = Fixtures.parse(SvgPainter.paint(scene(model, view, device)));
		Map<String, double[]> boxes = new HashMap<>();
		for (String kind : List.of("node", "container")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				boxes.put(g.getAttribute("id"), Fixtures.box(g));
			}
		}
		for (Element edge : Fixtures.groups(svg, "edge")) {
			String[] d = Fixtures.child(edge, "path").getAttribute("d").replace("M", "").split(" L");
			double[] start = point(d[0]);
			double[] end = point(d[d.length - 1]);
			assertOnBorder(start, boxes.get(edge.getAttribute("data-source")), edge.getAttribute("id") + " start");
			assertOnBorder(end, boxes.get(edge.getAttribute("data-target")), edge.getAttribute("id") + " end");
		}
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("views")
	void noTwoNodeBoxesOverlapUnlessOneHoldsTheOther(String model, String view, String device) {
		Scene scene = scene(model, view, device);
		List<SceneNode> nodes = scene.allNodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				SceneNode a = nodes.get(i);
				SceneNode b = nodes.get(j);
				if (ancestor(a, b) || ancestor(b, a)) {
					assertTrue((ancestor(a, b) ? a : b).bounds().contains((ancestor(a, b) ? b : a).bounds()),
							"child outside its container: " + a + " / " + b);
					continue;
				}
				assertFalse(a.bounds().overlaps(b.bounds()), a + " overlaps " + b);
			}
		}
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("views")
	void labelsFitTheirBoxes(String model, String view, String device) throws Exception {
		Document svg = Fixtures.parse(SvgPainter.paint(scene(model, view, device)));
		for (String kind : List.of("node", "container")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				double[] box = Fixtures.box(g);
				List<Element> texts = Fixtures.children(g, "text");
				assertFalse(texts.isEmpty(), g.getAttribute("id") + " has no label");
				for (Element text : texts) {
					double x = Fixtures.number(text, "x");
					double y = Fixtures.number(text, "y");
					double size = Fixtures.number(text, "font-size");
					double width = TextMetrics.width(text.getTextContent(), size, "bold".equals(text.getAttribute("font-weight")));
					assertEquals(width, Fixtures.number(text, "textLength"), 0.01);
					String where = g.getAttribute("id") + " '" + text.getTextContent() + "'";
					assertTrue(x >= box[0] - 0.01 && x + width <= box[0] + box[2] + 0.01, where + " too wide");
					assertTrue(y - TextMetrics.ascent(size) >= box[1] - 0.01 && y + TextMetrics.descent(size) <= box[1] + box[3] + 0.01,
							where + " too tall");
				}
			}
		}
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("views")
	void everyExportHasATitleAndALegend(String model, String view, String device) throws Exception {
		Scene scene = scene(model, view, device);
		Document svg = Fixtures.parse(SvgPainter.paint(scene));
		assertFalse(scene.title().isBlank());
		assertEquals(scene.title(), Fixtures.child(svg.getDocumentElement(), "title").getTextContent());
		assertEquals(1, Fixtures.groups(svg, "legend").size());
		assertFalse(scene.legend().isEmpty());
		assertEquals(scene.legend().size(), Fixtures.groups(svg, "legend-entry").size());
	}

	private static boolean ancestor(SceneNode a, SceneNode b) {
		for (SceneNode up = b.parent(); up != null; up = up.parent()) {
			if (up == a) {
				return true;
			}
		}
		return false;
	}

	private static double[] point(String text) {
		String[] parts = text.trim().split(" ");
		return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]) };
	}

	private static void assertOnBorder(double[] p, double[] box, String what) {
		assertNotNull(box, what + ": no such node");
		double tolerance = 0.75;
		boolean insideX = p[0] >= box[0] - tolerance && p[0] <= box[0] + box[2] + tolerance;
		boolean insideY = p[1] >= box[1] - tolerance && p[1] <= box[1] + box[3] + tolerance;
		boolean onVertical = Math.abs(p[0] - box[0]) <= tolerance || Math.abs(p[0] - box[0] - box[2]) <= tolerance;
		boolean onHorizontal = Math.abs(p[1] - box[1]) <= tolerance || Math.abs(p[1] - box[1] - box[3]) <= tolerance;
		assertTrue(insideX && insideY && (onVertical || onHorizontal),
				what + " at " + p[0] + "," + p[1] + " not on the border of " + java.util.Arrays.toString(box));
	}
}
