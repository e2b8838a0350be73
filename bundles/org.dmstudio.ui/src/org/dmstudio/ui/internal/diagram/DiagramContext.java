package org.dmstudio.ui.internal.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.diagram.DiagramFiles;
import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.viewpoint.DiagramFile;
import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.dmstudio.diagram.viewpoint.ViewpointFactory;
import org.dmstudio.model.topology.Board;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * What the diagram pages of one editor share: the editing domain and model, the diagram file with
 * the pinned positions, the elements last selected on any page and the simulation state shown.
 */
public final class DiagramContext {

	private final EditingDomain editingDomain;
	private final Resource resource;
	private final Path modelFile;
	private final IWorkbenchPartSite site;
	private DiagramFile diagramFile;
	private boolean diagramFileBroken;
	private List<EObject> focus = List.of();
	private DiagramState state = DiagramState.NONE;

	public DiagramContext(EditingDomain editingDomain, Resource resource, Path modelFile, IWorkbenchPartSite site) {
		this.editingDomain = editingDomain;
		this.resource = resource;
		this.modelFile = modelFile;
		this.site = site;
	}

	public EditingDomain editingDomain() {
		return editingDomain;
	}

	public Resource resource() {
		return resource;
	}

	public List<EObject> roots() {
		return resource.getContents();
	}

	/** The board being edited, or null when the file holds none (a scenario). */
	public Board board() {
		for (EObject root : resource.getContents()) {
			if (root instanceof Board board) {
				return board;
			}
		}
		return null;
	}

	public Path modelFile() {
		return modelFile;
	}

	public IWorkbenchPartSite site() {
		return site;
	}

	/** The pinned positions of one view, from the diagram file beside the model. */
	public ViewLayout pins(String diagram, String parameter) {
		if (diagramFile == null) {
			try {
				diagramFile = DiagramFiles.load(modelFile);
			} catch (IOException | RuntimeException e) {
				ILog.of(getClass()).log(Status.warning(DiagramFiles.fileFor(modelFile) + " cannot be read; layouts are not kept", e));
				diagramFileBroken = true;
				diagramFile = ViewpointFactory.eINSTANCE.createDiagramFile();
			}
		}
		return DiagramFiles.view(diagramFile, diagram, parameter);
	}

	/** Writes the pins; a diagram file that could not be read is never overwritten. */
	public void savePins() {
		if (diagramFile == null || diagramFileBroken) {
			return;
		}
		try {
			DiagramFiles.save(diagramFile);
			if (!Platform.isRunning()) {
				return;
			}
			for (IFile file : ResourcesPlugin.getWorkspace().getRoot()
					.findFilesForLocationURI(DiagramFiles.fileFor(modelFile).toAbsolutePath().toUri())) {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).log(Status.warning("Saving the layout in " + DiagramFiles.fileFor(modelFile) + " failed", e));
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** The elements last selected on any page of the editor: the resume chain's device, the neighbourhood's centre. */
	public List<EObject> focus() {
		return focus;
	}

	void setFocus(List<EObject> value) {
		focus = List.copyOf(value);
	}

	public DiagramState state() {
		return state;
	}

	void setState(DiagramState value) {
		state = value == null ? DiagramState.NONE : value;
	}
}
