package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.dmstudio.diagram.DiagramFiles;
import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.render.DotPainter;
import org.dmstudio.diagram.render.PngPainter;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.render.TextPainter;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneFrame;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.viewpoint.DiagramFile;
import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.TopologyFactory;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutAndPaintersTest {

	@Test
	void theSameModelLaysOutIdenticallyRunToRun() {
		for (String view : List.of("links", "power", "sched")) {
			String model = view.equals("sched") ? Fixtures.SEED001 : Fixtures.SEED000;
			String first = SvgPainter.paint(Diagrams.build(Diagrams.description(view), Fixtures.load(model), new DiagramRequest()));
			String second = SvgPainter.paint(Diagrams.build(Diagrams.description(view), Fixtures.load(model), new DiagramRequest()));
			assertEquals(first, second, view);
		}
	}

	@Test
	void pinnedPositionsSurviveARelayoutThroughTheDiagramFile(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("board.dmstudio");
		Files.copy(Fixtures.example(Fixtures.SEED000), model);
		List<EObject> roots = ModelStore.load(model).resource().getContents();
		Scene before = Diagrams.build(Diagrams.description("links"), roots, new DiagramRequest());
		SceneNode npu = before.node("device:fdab0000.npu");
		Rect far = new Rect(-500, 900, npu.bounds().width(), npu.bounds().height());
		npu.setBounds(far);
		DiagramFile file = DiagramFiles.load(model);
		DiagramLayout.pin(DiagramFiles.view(file, "links", null), npu);
		DiagramFiles.save(file);
		assertTrue(Files.isRegularFile(dir.resolve("board.dmdiagram")));

		ViewLayout pins = DiagramFiles.view(DiagramFiles.load(model), "links", null);
		Scene after = Diagrams.build(Diagrams.description("links"), roots, new DiagramRequest().pins(pins));
		SceneNode moved = after.node("device:fdab0000.npu");
		assertEquals(far, moved.bounds());
		assertTrue(moved.isPinned());
		after.edges().stream().filter(e -> e.target() == moved).forEach(e -> {
			var end = e.points().get(e.points().size() - 1);
			assertTrue(Math.abs(end.x() - moved.bounds().x()) < 0.01 || Math.abs(end.x() - moved.bounds().right()) < 0.01
					|| Math.abs(end.y() - moved.bounds().y()) < 0.01 || Math.abs(end.y() - moved.bounds().bottom()) < 0.01);
		});
		for (SceneNode node : after.nodes()) {
			if (node != moved) {
				assertFalse(node.bounds().overlaps(moved.bounds()), node.id());
			}
		}
		DiagramLayout.arrangeAll(pins);
		Scene arranged = Diagrams.build(Diagrams.description("links"), roots, new DiagramRequest().pins(pins));
		assertEquals(before.node("device:fdab0000.npu").id(), arranged.node("device:fdab0000.npu").id());
		assertNotEquals(far, arranged.node("device:fdab0000.npu").bounds());
	}

	@Test
	void arrangeSelectionPinsEverythingElse() {
		List<EObject> roots = Fixtures.load(Fixtures.SEED000);
		Scene scene = Diagrams.build(Diagrams.description("links"), roots, new DiagramRequest());
		ViewLayout pins = DiagramFiles.view(org.dmstudio.diagram.viewpoint.ViewpointFactory.eINSTANCE.createDiagramFile(), "links", null);
		DiagramLayout.arrangeSelection(scene, pins, List.of("device:fdab0000.npu"));
		assertEquals(scene.nodes().size() - 1, pins.getPins().size());
		assertTrue(pins.getPins().stream().noneMatch(p -> p.getNode().equals("device:fdab0000.npu")));
	}

	@Test
	void pngDecodesToTheStatedSize() throws Exception {
		Scene scene = Diagrams.build(Diagrams.description("power"), Fixtures.load(Fixtures.SEED000), new DiagramRequest());
		SceneFrame frame = SceneFrame.of(scene);
		for (double scale : new double[] { 1, 2 }) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngPainter.png(scene, scale)));
			assertEquals((int) Math.ceil(frame.width() * scale), image.getWidth());
			assertEquals((int) Math.ceil(frame.height() * scale), image.getHeight());
			assertEquals(PngPainter.size(scene, scale).width, image.getWidth());
		}
		String svg = SvgPainter.paint(scene);
		assertTrue(svg.contains("width=\"" + (long) frame.width() + "\""));
	}

	@Test
	void resumeChainFollowsTheKernelsOrder() {
		List<EObject> roots = Fixtures.load(Fixtures.SEED000);
		List<String> names = ResumeChain.of(Fixtures.device(roots, "fdab0000.npu")).stream().map(ResumeChain.Step::name).toList();
		assertEquals(List.of("fdab0000.npu", "fd8d8000.power-management:power-controller", "fd8d8000.power-management",
				"fdab9000.iommu", "nputop", "npu", "vdd_npu_s0", "vcc5v0_sys", "vcc5v0-sys", "1-0042", "fea90000.i2c"), names);
	}

	@Test
	void textExportIndentsTheResumeChainForAMailingListReply() {
		List<EObject> roots = Fixtures.load(Fixtures.SEED000);
		Scene scene = Diagrams.interpret(Diagrams.description("chain"), roots,
				new DiagramRequest().select(Fixtures.device(roots, "fdab0000.npu")).modelName("rk3588-npu.dmstudio"));
		String text = TextPainter.paint(scene);
		assertTrue(text.startsWith("Resume chain of fdab0000.npu\n"));
		assertTrue(text.contains("\n1. fdab0000.npu  rpm_resume()\n"));
		assertTrue(text.contains("\n  4. fdab9000.iommu  supplier (STATELESS|PM_RUNTIME): rpm_get_suppliers()\n"));
		assertTrue(text.contains("\n        7. vdd_npu_s0  domain-supply"));
		assertTrue(text.contains("legend: "));
	}

	@Test
	void dotExportHasEveryNodeAndEdgeAndEscapesNames() {
		List<EObject> roots = Fixtures.load(Fixtures.SEED000);
		Device evil = TopologyFactory.eINSTANCE.createDevice();
		evil.setName("evil\"<&>\\ name\u0007");
		((Board) roots.get(0)).getDevices().add(evil);
		Scene scene = Diagrams.build(Diagrams.description("links"), roots, new DiagramRequest());
		String dot = DotPainter.paint(scene);
		assertTrue(dot.startsWith("digraph "));
		assertTrue(dot.contains("evil\\\"<&>\\\\ name"));
		assertEquals(scene.edges().size(), dot.lines().filter(l -> l.trim().startsWith("\"") && l.contains(" -> ")).count());
		assertEquals(dot.chars().filter(c -> c == '{').count(), dot.chars().filter(c -> c == '}').count());
		String svg = SvgPainter.paint(scene);
		assertTrue(svg.contains("evil&quot;&lt;&amp;&gt;\\"));
		assertDoesNotThrow(() -> Fixtures.parse(svg));
	}

	private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable executable) {
		org.junit.jupiter.api.Assertions.assertDoesNotThrow(executable);
	}
}
