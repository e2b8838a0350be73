package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.diagram.DiagramFiles;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.model.Errno;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.sim.TraceStep;
import org.dmstudio.ui.internal.diagram.DiagramCanvas;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagram pages of the real DM Studio editor on seed 000 (under Xvfb in CI). */
class DiagramEditorTest {

	static final Path ROOT = Path.of(System.getProperty("dmstudio.root", "../.."));

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("seed000-diagrams");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	DmStudioEditor openSeed000() throws Exception {
		Path example = ROOT.resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio");
		IFile file = project.getFile(example.getFileName().toString());
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
		}
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertTrue(editor.getLoadProblems().isEmpty(), editor.getLoadProblems()::toString);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		return editor;
	}

	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the async refreshes that follow each command and step
		}
	}

	static Board board(DmStudioEditor editor) {
		return (Board) editor.getResource().getContents().get(0);
	}

	static Device device(Board board, String name) {
		return board.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	static Regulator regulator(Board board, String name) {
		return board.getRegulators().stream().filter(r -> name.equals(r.getName())).findFirst().orElseThrow();
	}

	@Test
	void theDeviceLinksPageDrawsEveryDeviceAndFollowsTheSelection() throws Exception {
		DmStudioEditor editor = openSeed000();
		assertEquals(List.of(Representation.LINKS, Representation.POWER, Representation.TREE, Representation.CHAIN),
				editor.getDiagramPages().stream().map(DiagramPage::getRepresentation).toList(), "seed 000 has no scheduler pages");
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		settle();
		assertNotNull(links.scene(), links.canvas().getMessage());
		Board board = board(editor);
		for (Device device : board.getDevices()) {
			assertNotNull(links.nodeOf(device), device.getName() + " is not drawn");
		}
		SceneNode core = links.nodeOf(device(board, "fdab0000.npu"));
		SceneNode iommu = links.nodeOf(device(board, "fdab9000.iommu"));
		assertTrue(links.scene().edges().stream().anyMatch(e -> e.source() == iommu && e.target() == core),
				"the IOMMU's device link to its NPU core is drawn");

		links.setSelection(new StructuredSelection(device(board, "fdab0000.npu")));
		settle();
		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertSame(device(board, "fdab0000.npu"), selection.getFirstElement(), "the editor's selection (and the Properties view) follows the page");
		assertEquals(List.of(core), links.canvas().getSelection());

		DiagramPage chain = editor.showDiagram(Representation.CHAIN);
		settle();
		assertTrue(chain.scene().title().contains("fdab0000.npu"), "the resume chain is the selected device's: " + chain.scene().title());
		assertNotNull(chain.nodeOf(regulator(board, "vdd_npu_s0")), "resuming the core reaches the domain supply");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-diagram-chain.png");
	}

	@Test
	void paletteToolsEditWithUndoRedoAndTheSaveReadsBackEqual() throws Exception {
		DmStudioEditor editor = openSeed000();
		Board board = board(editor);
		DiagramPage power = editor.showDiagram(Representation.POWER);
		settle();
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		Regulator regulator = power.palette().createRegulator(null);
		assertNotNull(regulator);
		assertTrue(power.palette().rename(regulator, "vdd_npu_mem_s0"));
		Regulator system = regulator(board, "vcc5v0_sys");
		Device core = device(board, "fdab0000.npu");
		assertTrue(power.palette().supply(system, regulator, null), "vcc5v0_sys supplies the new regulator");
		assertTrue(power.palette().supply(regulator, core, "mem"), "the new regulator supplies the core as mem-supply");
		assertFalse(power.palette().supply(regulator, regulator, null), "a regulator cannot supply itself");
		settle();
		assertTrue(editor.isDirty());
		assertEquals("vdd_npu_mem_s0", regulator.getName());
		assertSame(system, regulator.getSupply());
		assertEquals("mem", core.getSupplies().get(core.getSupplies().size() - 1).getName());
		assertSame(regulator, core.getSupplies().get(core.getSupplies().size() - 1).getRegulator());
		SceneNode drawn = power.nodeOf(regulator);
		assertNotNull(drawn, "the power page draws the new regulator");
		assertTrue(drawn.label().contains("vdd_npu_mem_s0"), drawn.label()::toString);
		assertTrue(hasEdge(power, regulator, system), "and its supply");

		Rect before = drawn.bounds();
		DiagramCanvas canvas = power.canvas();
		canvas.startDrag(List.of(drawn));
		canvas.drag(37, 61);
		canvas.endDrag();
		settle();
		Rect moved = power.nodeOf(regulator).bounds();
		assertEquals(0, moved.x() % DiagramCanvas.GRID, "moves snap to the grid: " + moved);
		assertTrue(Math.abs(moved.y() - before.y() - 61) <= DiagramCanvas.GRID, before + " -> " + moved);
		Path diagramFile = DiagramFiles.fileFor(project.getFile("rk3588-npu.dmstudio").getLocation().toFile().toPath());
		assertTrue(Files.readString(diagramFile).contains("regulator:vdd_npu_mem_s0"), "the move is pinned in " + diagramFile);

		for (int i = 0; i < 4; i++) {
			stack.undo();
		}
		settle();
		assertFalse(board.getRegulators().contains(regulator));
		assertNull(power.nodeOf(regulator), "undo removes the regulator from the diagram");
		assertFalse(editor.isDirty());
		for (int i = 0; i < 4; i++) {
			stack.redo();
		}
		settle();
		assertTrue(board.getRegulators().contains(regulator));
		assertEquals(moved, power.nodeOf(regulator).bounds(), "redo draws it where it was pinned");
		assertTrue(hasEdge(power, regulator, system));
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-diagram-palette.png");

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		ModelStore.Loaded reopened = ModelStore.load(project.getFile("rk3588-npu.dmstudio").getLocation().toFile().toPath());
		assertTrue(reopened.ok(), reopened.problems()::toString);
		assertTrue(EcoreUtil.equals(board, reopened.root()), "what was saved reads back equal");

		page.closeAllEditors(false);
		DmStudioEditor again = openSeed000();
		DiagramPage powerAgain = again.showDiagram(Representation.POWER);
		settle();
		Regulator reread = regulator(board(again), "vdd_npu_mem_s0");
		assertEquals(moved, powerAgain.nodeOf(reread).bounds(), "the reopened editor keeps the pinned position");
	}

	static boolean hasEdge(DiagramPage page, Object source, Object target) {
		SceneNode from = page.nodeOf((org.eclipse.emf.ecore.EObject) source);
		SceneNode to = page.nodeOf((org.eclipse.emf.ecore.EObject) target);
		for (SceneEdge edge : page.scene().edges()) {
			if (edge.source() == from && edge.target() == to) {
				return true;
			}
		}
		return false;
	}

	@Test
	void theSimulationLightsUpWhereTheErrorIsBornAndStored() throws Exception {
		DmStudioEditor editor = openSeed000();
		Board board = board(editor);
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		settle();
		SceneNode systemSupply = links.nodeOf(device(board, "vcc5v0-sys"));
		Rect laidOut = systemSupply.bounds();
		SimulationSession session = SimulationSession.get();
		session.run(ROOT.resolve("examples/seed000-rk3588-npu/builtin.scenario"), null);

		assertTrue(session.seekToBirth(Errno.parse("-EPROBE_DEFER")));
		settle();
		SceneNode resumed = links.nodeOf(device(board, "fdab9000.iommu"));
		SceneNode probing = links.nodeOf(device(board, "fdab0000.npu"));
		assertTrue(resumed.badges().contains("returned -EPROBE_DEFER"), "the IOMMU's resume returns the error: " + resumed.badges());
		assertTrue(links.scene().edges().stream()
				.anyMatch(e -> e.source() == resumed && e.target() == probing && "#dd6b20".equals(e.style().stroke())),
				"the call path lights up the link the core's probe resumes its supplier through");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-diagram-birth.png");

		session.seek(0);
		assertTrue(session.runTo(step -> "pm_runtime_resume_and_get".equals(step.function()) && "fdab0000.npu".equals(step.object())));
		settle();
		TraceStep step = session.step();
		assertEquals("-EINVAL", step.retName());
		assertTrue(links.scene().subtitle().contains("pm_runtime_resume_and_get"), links.scene().subtitle());
		SceneNode iommu = links.nodeOf(device(board, "fdab9000.iommu"));
		SceneNode core = links.nodeOf(device(board, "fdab0000.npu"));
		assertTrue(iommu.badges().contains("-EPROBE_DEFER stored"), "the IOMMU keeps -EPROBE_DEFER in runtime_error: " + iommu.badges());
		assertEquals("#c53030", iommu.style().stroke());
		assertTrue(core.badges().contains("returned -EINVAL"), "the core's resume returns -EINVAL: " + core.badges());
		assertTrue(core.style().bold(), "the core is on the active call path");
		for (String deferred : List.of("fdac0000.npu", "fdad0000.npu")) {
			SceneNode other = links.nodeOf(device(board, deferred));
			assertTrue(other.badges().contains("deferred"), deferred + " waits on the deferred list: " + other.badges());
		}
		assertEquals(laidOut, links.nodeOf(device(board, "vcc5v0-sys")).bounds(), "stepping restyles without laying out again");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-diagram-simulation.png");

		DiagramPage power = editor.showDiagram(Representation.POWER);
		settle();
		assertTrue(power.nodeOf(device(board, "fdab9000.iommu")).badges().contains("-EPROBE_DEFER stored"),
				"a page shown later catches up with the step");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-diagram-simulation-power.png");
	}
}
