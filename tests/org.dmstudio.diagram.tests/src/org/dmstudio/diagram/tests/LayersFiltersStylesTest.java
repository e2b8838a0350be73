package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.model.Errno;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.RpmStatus;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Layers, filters and conditional styles change exactly what they should. */
class LayersFiltersStylesTest {

	private final List<EObject> roots = Fixtures.load(Fixtures.SEED000);

	private Scene links(DiagramRequest request) {
		return Diagrams.build(Diagrams.description("links"), roots, request.modelName("seed000"));
	}

	private static Set<String> nodeIds(Scene scene) {
		return scene.allNodes().stream().map(SceneNode::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> edgeIds(Scene scene) {
		return scene.edges().stream().map(SceneEdge::id).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void hidingThePowerDomainsLayerRemovesExactlyThePowerDomainsLinks() {
		Scene all = links(new DiagramRequest());
		Scene without = links(new DiagramRequest().layer("power-domains", false));
		assertEquals(nodeIds(all), nodeIds(without));
		Set<String> removed = new TreeSet<>(edgeIds(all));
		removed.removeAll(edgeIds(without));
		assertEquals(6, removed.size());
		for (SceneEdge edge : all.edges()) {
			boolean powerDomains = "power-domains".equals(edge.label());
			assertEquals(powerDomains, removed.contains(edge.id()), edge.id());
		}
		assertTrue(edgeIds(all).containsAll(edgeIds(without)));
	}

	@Test
	void hideUnlinkedRemovesOnlyDevicesWithoutVisibleLinks() {
		Scene without = links(new DiagramRequest().layer("power-domains", false).layer("driver-links", false)
				.filter("hide-unlinked", true));
		Set<String> names = without.allNodes().stream().map(n -> n.label().get(0)).collect(Collectors.toSet());
		assertEquals(Set.of("fd8d8000.power-management", "fd8d8000.power-management:power-controller", "fea90000.i2c", "i2c-1 (I2C)",
				"1-0042", "vcc5v0-sys"), names);
	}

	@Test
	void neighbourhoodKeepsTheSelectionItsNeighboursAndTheirContainers() {
		Device iommu = Fixtures.device(roots, "fdab9000.iommu");
		Scene scene = links(new DiagramRequest().select(iommu).filter("neighbourhood", true));
		Set<String> names = scene.allNodes().stream().map(n -> n.label().get(0)).collect(Collectors.toSet());
		assertEquals(Set.of("fdab9000.iommu", "fdab0000.npu", "fd8d8000.power-management:power-controller",
				"fd8d8000.power-management"), names);
		assertEquals(3, scene.edges().size());
	}

	@Test
	void resumeChainFilterKeepsTheChainOnly() {
		Device npu = Fixtures.device(roots, "fdac0000.npu");
		Scene scene = links(new DiagramRequest().select(npu).filter("resume-chain", true));
		Set<String> names = scene.leafNodes().stream().map(n -> n.label().get(0)).collect(Collectors.toSet());
		assertEquals(Set.of("fdac0000.npu", "fdaca000.iommu", "fd8d8000.power-management:power-controller", "1-0042", "vcc5v0-sys"),
				names);
	}

	@Test
	void collapsingABusFoldsItsDevicesAndKeepsTheirLinksOnTheBus() {
		Scene open = links(new DiagramRequest());
		Scene folded = links(new DiagramRequest().filter("collapse-buses", true));
		SceneNode bus = folded.node("bus:i2c-1");
		assertTrue(bus.isCollapsed());
		assertTrue(bus.children().isEmpty());
		assertEquals(open.allNodes().size() - 1, folded.allNodes().size());
		assertEquals(open.edges().size(), folded.edges().size());
		long onBus = folded.edges().stream().filter(e -> e.source() == bus || e.target() == bus).count();
		assertEquals(2, onBus);
	}

	@Test
	void linkFlagsAreVisiblyDifferent() {
		Scene scene = links(new DiagramRequest());
		Style stateless = edge(scene, "fdab9000.iommu", "fdab0000.npu").style();
		Style syncOnly = edge(scene, "1-0042", "fd8d8000.power-management:power-controller").style();
		Style inferred = edge(scene, "vcc5v0-sys", "1-0042").style();
		assertEquals(Style.Dash.DOTTED, stateless.dash());
		assertEquals(Style.Dash.DASHED, syncOnly.dash());
		assertEquals(Style.Dash.SOLID, inferred.dash());
		assertTrue(inferred.italic());
		assertFalse(stateless.italic());
		assertEquals(2.0, stateless.strokeWidth());
		assertEquals(1.0, syncOnly.strokeWidth());
	}

	@Test
	void conditionalStylesReadTheStateAtAStep() throws Exception {
		Device iommu = Fixtures.device(roots, "fdab9000.iommu");
		Device npu = Fixtures.device(roots, "fdab0000.npu");
		Device otherNpu = Fixtures.device(roots, "fdac0000.npu");
		DiagramState state = new DiagramState() {
			@Override
			public String label() {
				return "scenario builtin-probe, step 7";
			}

			@Override
			public int storedError(EObject element) {
				return element == iommu ? Errno.EPROBE_DEFER.negative() : 0;
			}

			@Override
			public int returnedError(EObject element) {
				return element == npu ? Errno.EINVAL.negative() : 0;
			}

			@Override
			public RpmStatus runtimeStatus(Device device) {
				return device == otherNpu ? RpmStatus.RESUMING : null;
			}

			@Override
			public List<EObject> activePath() {
				return List.of(npu, iommu);
			}
		};
		Scene scene = links(new DiagramRequest().state(state));
		assertTrue(scene.subtitle().contains("step 7"));
		Document svg = Fixtures.parse(SvgPainter.paint(scene));
		Element iommuBox = group(svg, "device:fdab9000.iommu");
		assertTrue(iommuBox.getAttribute("class").contains("error-stored"));
		assertTrue(iommuBox.getTextContent().contains("-EPROBE_DEFER stored"));
		Element npuBox = group(svg, "device:fdab0000.npu");
		assertTrue(npuBox.getAttribute("class").contains("error-returned"));
		assertTrue(npuBox.getTextContent().contains("returned -EINVAL"));
		assertTrue(group(svg, "device:fdac0000.npu").getTextContent().contains("RESUMING"));
		assertFalse(group(svg, "device:fdad0000.npu").getTextContent().contains("RESUMING"));
		SceneEdge onPath = edge(scene, "fdab9000.iommu", "fdab0000.npu");
		assertTrue(onPath.styleClasses().contains("call-path-of-the-step"));
		assertEquals(1, scene.edges().stream().filter(e -> e.styleClasses().contains("call-path-of-the-step")).count());
		assertTrue(scene.legend().stream().anyMatch(l -> l.label().equals("error stored")));
		Scene plain = links(new DiagramRequest());
		assertFalse(plain.legend().stream().anyMatch(l -> l.label().equals("error stored")));
	}

	private static Element group(Document svg, String id) {
		for (String kind : List.of("node", "container")) {
			for (Element g : Fixtures.groups(svg, kind)) {
				if (g.getAttribute("id").equals(id)) {
					return g;
				}
			}
		}
		throw new AssertionError("no " + id);
	}

	private static SceneEdge edge(Scene scene, String source, String target) {
		return scene.edges().stream().filter(e -> e.source().label().get(0).equals(source) && e.target().label().get(0).equals(target))
				.findFirst().orElseThrow();
	}
}
