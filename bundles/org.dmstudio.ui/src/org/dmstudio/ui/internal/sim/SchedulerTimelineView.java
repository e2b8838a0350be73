package org.dmstudio.ui.internal.sim;

import java.nio.file.Path;
import java.util.List;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.trace.TraceDiagramState;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.ui.internal.diagram.DiagramCanvas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The DRM scheduler timeline of the running simulation, like GPU trace viewers draw it: lanes per
 * core and per entity, job and task bars, fence marks, timeouts and resets, a cursor at the step.
 */
public class SchedulerTimelineView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.timeline";

	private DiagramCanvas canvas;
	private SimulationResult shown;
	private List<EObject> roots = List.of();

	@Override
	void create(Composite parent) {
		canvas = new DiagramCanvas(parent, SWT.NONE);
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void update(SimulationSession session) {
		if (!session.hasTrace()) {
			show(null, "Run a scenario in the Simulation view: its DRM scheduler timeline appears here.");
			return;
		}
		if (shown != session.result()) {
			shown = session.result();
			roots = boardOf(session.scenario());
		}
		if (roots.stream().noneMatch(DrmDevice.class::isInstance)) {
			show(null, session.result().scenario() + " has no DRM device, so no scheduler timeline.");
			return;
		}
		DiagramRequest request = new DiagramRequest().modelName(roots.get(0).eResource().getURI().lastSegment())
				.state(TraceDiagramState.of(session.result(), session.position(), roots));
		show(Diagrams.build(Diagrams.description("timeline"), roots, request), null);
	}

	private void show(Scene scene, String message) {
		canvas.setScene(scene);
		canvas.setMessage(message);
	}

	/** The roots of the model file the scenario's board lives in (the board and its DRM devices). */
	private static List<EObject> boardOf(Path scenarioFile) {
		ModelStore.Loaded loaded = ModelStore.load(scenarioFile);
		if (!(loaded.root() instanceof Scenario scenario) || scenario.getBoard() == null || scenario.getBoard().eResource() == null) {
			return List.of();
		}
		return List.copyOf(scenario.getBoard().eResource().getContents());
	}

	/** The timeline as drawn (for tests). */
	public Scene scene() {
		return canvas.getScene();
	}
}
