package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.sim.StateChange;
import org.dmstudio.sim.Trace;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Scheduler page of the editor on seed 001 while a simulation of it is played (under Xvfb in CI). */
class SchedulerPageTest {

	static final Path EXAMPLES = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples");

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("seed001-scheduler");
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

	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the async refreshes that follow each step
		}
	}

	/** The first step from {@code from} on that changes {@code field} of {@code object} to {@code value}. */
	static int change(Trace trace, int from, String object, String field, String value) {
		return trace.find(from, true, step -> step.changes().stream()
				.anyMatch(c -> c.object().equals(object) && c.field().equals(field) && c.after().equals(value)));
	}

	@Test
	void aTaskTokenMovesOntoItsCoreWithoutARelayout() throws Exception {
		Path example = EXAMPLES.resolve("seed001-rocket-scheduler/rocket-scheduler.dmstudio");
		IFile file = project.getFile(example.getFileName().toString());
		file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertTrue(editor.getLoadProblems().isEmpty(), editor.getLoadProblems()::toString);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		DiagramPage scheduler = editor.showDiagram(Representation.SCHEDULER);
		settle();

		SimulationSession session = SimulationSession.get();
		session.run(EXAMPLES.resolve("seed001-rocket-scheduler/chained-tasks.scenario"), null);
		Trace trace = session.result().trace();
		int onCore = trace.find(0, true, step -> step.changes().stream()
				.anyMatch(c -> c.field().equals("task on hardware") && c.after().startsWith("A/")));
		assertTrue(onCore > 0, "a task of job A goes on the hardware");
		StateChange submitted = trace.step(onCore).changes().stream().filter(c -> c.field().equals("task on hardware")).findFirst().get();
		String core = submitted.object();
		String task = submitted.after();
		int queued = change(trace, 0, "job A", "state", "QUEUED");
		assertTrue(queued >= 0 && queued < onCore, "job A is queued before it runs");

		session.seek(queued);
		settle();
		Map<String, SceneNode> nodes = scheduler.scene().nodesById();
		SceneNode inEntity = nodes.get("queued-job:A");
		assertNotNull(inEntity, "job A waits in its entity at step " + queued + ": " + nodes.keySet());
		assertEquals("entity", inEntity.parent().mapping());
		assertTrue(inEntity.parent().bounds().contains(inEntity.bounds()));
		assertNull(nodes.get("hw-task:" + task.replace('/', '_')), "no task of A on the hardware yet");
		Rect coreBox = nodes.get("core:" + core).bounds();

		session.seek(onCore);
		settle();
		nodes = scheduler.scene().nodesById();
		SceneNode onHardware = nodes.get("hw-task:" + task.replace('/', '_'));
		assertNotNull(onHardware, task + " is on " + core + " at step " + onCore + ": " + nodes.keySet());
		assertEquals("core:" + core, onHardware.parent().id());
		assertTrue(onHardware.parent().bounds().contains(onHardware.bounds()));
		assertEquals(coreBox, nodes.get("core:" + core).bounds(), "stepping moves tokens, not the containers");
		assertNull(nodes.get("queued-job:A"), "job A left its entity");

		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-scheduler-tokens.png");
	}
}
