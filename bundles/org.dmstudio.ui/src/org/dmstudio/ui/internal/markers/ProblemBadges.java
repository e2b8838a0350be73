package org.dmstudio.ui.internal.markers;

import java.util.HashMap;
import java.util.Map;

import org.dmstudio.model.dt.Node;
import org.dmstudio.ui.internal.diagram.DiagramCanvas;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

/**
 * Puts the DM Studio problem markers of an editor's file on its diagram pages: every element a
 * marker is about gets an error or warning badge, kept up to date as the markers change.
 */
public final class ProblemBadges implements IResourceChangeListener {

	private final DmStudioEditor editor;
	private final IFile file;
	private final Display display;
	private volatile boolean pending;

	private ProblemBadges(DmStudioEditor editor, IFile file, Display display) {
		this.editor = editor;
		this.file = file;
		this.display = display;
	}

	/** Badges the editor's diagram pages until {@link #dispose()}; null when the file is outside the workspace. */
	public static ProblemBadges track(DmStudioEditor editor, Display display) {
		IFile file = ProblemMarkers.fileOf(editor.getEditorInput());
		if (file == null) {
			return null;
		}
		ProblemBadges badges = new ProblemBadges(editor, file, display);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(badges, IResourceChangeEvent.POST_CHANGE);
		badges.update();
		return badges;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IMarkerDelta[] deltas = event.findMarkerDeltas(ProblemMarkers.TYPE, true);
		if (deltas.length == 0 || pending || display.isDisposed()) {
			return;
		}
		pending = true;
		display.asyncExec(() -> {
			pending = false;
			update();
		});
	}

	/** Reads the markers again and hands the badges to the pages. */
	public void update() {
		Map<EObject, DiagramCanvas.Badge> problems = problems();
		for (DiagramPage page : editor.getDiagramPages()) {
			page.setProblems(problems);
		}
	}

	/** The markers of the file and the devicetree findings its check put on other files, by element. */
	private Map<EObject, DiagramCanvas.Badge> problems() {
		Map<EObject, DiagramCanvas.Badge> problems = new HashMap<>();
		if (editor.getResource() == null || !file.exists()) {
			return problems;
		}
		String origin = file.getFullPath().toString();
		try {
			for (IMarker marker : file.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
				if (!file.equals(marker.getResource()) && !origin.equals(marker.getAttribute(ProblemMarkers.ORIGIN, null))) {
					continue;
				}
				DiagramCanvas.Badge badge = switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
				case IMarker.SEVERITY_ERROR -> DiagramCanvas.Badge.ERROR;
				case IMarker.SEVERITY_WARNING -> DiagramCanvas.Badge.WARNING;
				default -> null;
				};
				EObject element = badge == null ? null : drawnElement(ElementMarkerNavigation.element(editor.getResource(), marker));
				if (element != null && problems.get(element) != DiagramCanvas.Badge.ERROR) {
					problems.put(element, badge);
				}
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return problems;
	}

	/** A devicetree finding is about a property or value: its node is what the diagrams draw (through its device). */
	private static EObject drawnElement(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Node) {
				return current;
			}
		}
		return element;
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
