package org.dmstudio.ui.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dmstudio.diagram.DiagramFiles;
import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.ExportFormat;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.trace.HtmlPlayer;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * Writes the diagram page an editor shows, as it is drawn (layout and the simulation step, when
 * the Simulation view runs this model): SVG, PNG, text or DOT; or an HTML player of that view and
 * the whole trace, opening at the current step. The format is the target's extension.
 */
public final class DiagramExport {

	public static final List<String> EXTENSIONS = List.of("svg", "png", "txt", "dot", "html");

	private DiagramExport() {
	}

	/** The diagram page the editor shows; the first one when it shows its tree; null for a model without diagrams. */
	public static DiagramPage shownPage(DmStudioEditor editor) {
		List<DiagramPage> pages = editor.getDiagramPages();
		return pages.stream().filter(p -> !p.getControl().isDisposed() && p.getControl().getVisible()).findFirst()
				.orElse(pages.isEmpty() ? null : pages.get(0));
	}

	/** What the export says about the file written, e.g. "12 steps of seed000-builtin, opening at step 7". */
	public static String write(DmStudioEditor editor, DiagramPage page, Path target) throws IOException {
		String extension = extension(target);
		if (!EXTENSIONS.contains(extension)) {
			throw new IOException("Unknown export format ." + extension + "; use one of " + EXTENSIONS);
		}
		Path parent = target.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		if (extension.equals("html")) {
			return writePlayer(editor, page, target);
		}
		Scene scene = page.scene();
		if (scene == null) {
			throw new IOException("The " + page.getRepresentation().label() + " page draws nothing to export");
		}
		Files.write(target, ExportFormat.of(extension).render(scene, 2.0));
		return target.getFileName() + ": " + scene.allNodes().size() + " nodes, " + scene.edges().size() + " edges";
	}

	private static String writePlayer(DmStudioEditor editor, DiagramPage page, Path target) throws IOException {
		TraceView trace = sessionTrace(editor);
		if (trace == null) {
			throw new IOException("The HTML player plays a simulation of this model: run one of its scenarios in the Simulation view first");
		}
		Path model = modelFile(editor.getResource());
		Representation representation = page.getRepresentation();
		DiagramDescription description = Diagrams.description(representation.description());
		DiagramRequest request = new DiagramRequest().modelName(model.getFileName().toString());
		if (representation == Representation.CHAIN && page.getSelection() instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (element instanceof EObject object) {
					request.select(object);
				}
			}
		}
		try {
			request.pins(DiagramFiles.view(DiagramFiles.load(model), representation.description(), null));
		} catch (IOException | RuntimeException e) {
			// without the pinned positions the player lays the view out afresh
		}
		int step = Math.max(0, SimulationSession.get().position());
		Files.writeString(target, HtmlPlayer.write(description, editor.getResource().getContents(), request, trace, step));
		return target.getFileName() + ": " + trace.trace().size() + " steps of " + trace.result().scenario() + ", opening at step " + step;
	}

	/** The trace of the Simulation view's run when it simulates this editor's board; null otherwise. */
	public static TraceView sessionTrace(DmStudioEditor editor) {
		SimulationSession session = SimulationSession.get();
		if (!session.hasTrace() || session.scenario() == null || !simulatesBoard(session.scenario(), editor.getResource())) {
			return null;
		}
		return new TraceView(session.result(), editor.getResource().getContents());
	}

	/** The scenario's board is the model: the same file, or (for a copy of it) a board of the same name. */
	private static boolean simulatesBoard(Path scenarioFile, Resource resource) {
		Board board = resource.getContents().stream().filter(Board.class::isInstance).map(Board.class::cast).findFirst().orElse(null);
		ModelStore.Loaded loaded = ModelStore.load(scenarioFile);
		if (board == null || !(loaded.root() instanceof Scenario scenario) || scenario.getBoard() == null) {
			return false;
		}
		Resource simulated = scenario.getBoard().eResource();
		if (simulated != null && simulated.getURI().isFile() && modelFile(simulated).equals(modelFile(resource))) {
			return true;
		}
		return scenario.getBoard().getName() != null && scenario.getBoard().getName().equals(board.getName());
	}

	private static Path modelFile(Resource resource) {
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}

	static String extension(Path target) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
