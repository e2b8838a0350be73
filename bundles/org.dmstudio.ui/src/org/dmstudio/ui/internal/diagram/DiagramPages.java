package org.dmstudio.ui.internal.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.TraceState;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram pages of one editor and what they share: the model, the focus (elements selected on
 * any page), and the simulation the workbench is looking at, when it runs this editor's board.
 */
public final class DiagramPages {

	private final DiagramContext context;
	private final List<DiagramPage> pages = new ArrayList<>();
	private final Consumer<SimulationSession> sessionListener = session -> onUiThread(this::simulationMoved);
	private SimulationResult viewedResult;
	private TraceView traceView;
	private Display display;

	public DiagramPages(DiagramContext context) {
		this.context = context;
	}

	/** Whether a model gets diagram pages: boards and scheduler models do, scenarios do not. */
	public static boolean drawable(Resource resource) {
		for (EObject root : resource.getContents()) {
			if (root instanceof Board || "DrmDevice".equals(root.eClass().getName())) {
				return true;
			}
		}
		return false;
	}

	public DiagramPage create(Composite parent, Representation representation) {
		display = parent.getDisplay();
		if (pages.isEmpty()) {
			SimulationSession.get().addListener(sessionListener);
		}
		DiagramPage page = new DiagramPage(parent, representation, context);
		pages.add(page);
		if (context.state() == DiagramState.NONE) {
			simulationMoved();
		}
		return page;
	}

	public List<DiagramPage> pages() {
		return pages;
	}

	public DiagramPage page(Representation representation) {
		return pages.stream().filter(p -> p.getRepresentation() == representation).findFirst().orElse(null);
	}

	public DiagramContext context() {
		return context;
	}

	/** The page shown now (null when the editor shows another page). */
	public void show(DiagramPage shown) {
		for (DiagramPage page : pages) {
			if (page != shown) {
				page.setVisible(false);
			}
		}
		if (shown != null) {
			shown.setVisible(true);
		}
	}

	public void modelChanged(Collection<?> affected) {
		pages.forEach(p -> p.modelChanged(affected));
	}

	/** Elements were selected on a page ({@code source}) or in the tree (null); the other pages follow. */
	public void selectionChanged(ISelection selection, DiagramPage source) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		List<EObject> focus = new ArrayList<>();
		for (Object object : structured) {
			if (object instanceof EObject e) {
				focus.add(e);
			}
		}
		if (focus.isEmpty() || focus.equals(context.focus())) {
			return;
		}
		context.setFocus(focus);
		pages.stream().filter(p -> p != source).forEach(DiagramPage::focusChanged);
	}

	private void onUiThread(Runnable runnable) {
		if (display == null || display.isDisposed()) {
			return;
		}
		if (Display.getCurrent() == display) {
			runnable.run();
		} else {
			display.asyncExec(runnable);
		}
	}

	/** Takes the session's state at its current step when it simulates this editor's board; the model as it is otherwise. */
	private void simulationMoved() {
		SimulationSession session = SimulationSession.get();
		DiagramState state = DiagramState.NONE;
		try {
			if (session.hasTrace() && session.position() >= 0 && simulatesThisBoard(session)) {
				TraceState values = session.state();
				state = values == null ? traceView.stateAt(session.position()) : traceView.stateAt(session.position(), values.values());
			}
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.warning("The simulation step cannot be shown on the diagram", e));
		}
		if (state == DiagramState.NONE && context.state() == DiagramState.NONE) {
			return;
		}
		context.setState(state);
		pages.forEach(DiagramPage::stateChanged);
	}

	/** Whether the session is at a step of a simulation of this editor's board. */
	public boolean simulates(SimulationSession session) {
		try {
			return session.hasTrace() && session.position() >= 0 && simulatesThisBoard(session);
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.warning("The simulated board cannot be compared with this model", e));
			return false;
		}
	}

	private boolean simulatesThisBoard(SimulationSession session) {
		SimulationResult result = session.result();
		if (result != viewedResult) {
			viewedResult = result;
			traceView = boardMatches(session.scenario()) ? new TraceView(result, context.roots()) : null;
		}
		return traceView != null;
	}

	/** The scenario's board is this model: the same file, or (for a copy of it) a board of the same name. */
	private boolean boardMatches(Path scenarioFile) {
		Board board = context.board();
		if (scenarioFile == null || board == null) {
			return false;
		}
		ModelStore.Loaded loaded = ModelStore.load(scenarioFile);
		if (!(loaded.root() instanceof Scenario scenario) || scenario.getBoard() == null) {
			return false;
		}
		Board simulated = scenario.getBoard();
		Resource boardResource = simulated.eResource();
		if (boardResource != null && boardResource.getURI().isFile()
				&& Path.of(boardResource.getURI().toFileString()).toAbsolutePath().normalize()
						.equals(context.modelFile().toAbsolutePath().normalize())) {
			return true;
		}
		return simulated.getName() != null && simulated.getName().equals(board.getName());
	}

	public void dispose() {
		SimulationSession.get().removeListener(sessionListener);
	}
}
