package org.dmstudio.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.dmstudio.diagram.viewpoint.DiagramFile;
import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.dmstudio.diagram.viewpoint.ViewpointFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The diagram file beside a model ({@code board.dmstudio} keeps its layouts in {@code board.dmdiagram}):
 * the pinned positions of each view, so a re-layout keeps what the user placed.
 */
public final class DiagramFiles {

	public static final String EXTENSION = "dmdiagram";

	private DiagramFiles() {
	}

	public static Path fileFor(Path model) {
		String name = model.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + EXTENSION);
	}

	/** The diagram file of a model, or a new empty one when there is none yet. */
	public static DiagramFile load(Path model) throws IOException {
		Path file = fileFor(model);
		Resource resource = Diagrams.createResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		if (Files.isRegularFile(file)) {
			resource.load(null);
			return (DiagramFile) resource.getContents().get(0);
		}
		DiagramFile diagramFile = ViewpointFactory.eINSTANCE.createDiagramFile();
		diagramFile.setModel(model.getFileName().toString());
		resource.getContents().add(diagramFile);
		return diagramFile;
	}

	public static void save(DiagramFile diagramFile) throws IOException {
		diagramFile.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
	}

	/** The layout of one view (diagram name and parameter, e.g. chain and a device), created when missing. */
	public static ViewLayout view(DiagramFile diagramFile, String diagram, String parameter) {
		for (ViewLayout view : diagramFile.getViews()) {
			if (view.getDiagram().equals(diagram) && Objects.equals(view.getParameter(), parameter)) {
				return view;
			}
		}
		ViewLayout view = ViewpointFactory.eINSTANCE.createViewLayout();
		view.setDiagram(diagram);
		view.setParameter(parameter);
		diagramFile.getViews().add(view);
		return view;
	}
}
