package org.dmstudio.ui.internal.markers;

import java.nio.file.Path;

import org.dmstudio.ui.internal.diagram.SourceLocations;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ide.IGotoMarker;

/**
 * Opening a problem marker in the DM Studio editor selects its element: the one its URI fragment
 * names, or for a devicetree finding the first element defined at the marker's line.
 */
public final class ElementMarkerNavigation implements IGotoMarker {

	private final DmStudioEditor editor;

	public ElementMarkerNavigation(DmStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public void gotoMarker(IMarker marker) {
		EObject element = element(editor.getResource(), marker);
		if (element == null) {
			return;
		}
		StructuredSelection selection = new StructuredSelection(element);
		if (editor.getTreeViewer() != null && !editor.getTreeViewer().getControl().isDisposed()) {
			editor.getTreeViewer().setSelection(selection, true);
		}
		editor.getSite().getSelectionProvider().setSelection(selection);
	}

	/** The model element a marker is about, or null when it names none that is in the resource. */
	public static EObject element(Resource resource, IMarker marker) {
		if (resource == null || !marker.exists()) {
			return null;
		}
		String fragment = marker.getAttribute(ProblemMarkers.ELEMENT, null);
		if (fragment != null) {
			try {
				return resource.getEObject(fragment);
			} catch (RuntimeException e) {
				return null;
			}
		}
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		if (line < 0 || marker.getResource().getLocation() == null) {
			return null;
		}
		Path file = marker.getResource().getLocation().toPath().toAbsolutePath().normalize();
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject candidate = contents.next();
			String location = SourceLocations.of(candidate);
			if (location != null && location.endsWith(":" + line) && sameFile(location.substring(0, location.lastIndexOf(':')), file)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean sameFile(String location, Path file) {
		try {
			Path path = Path.of(location);
			return path.isAbsolute() ? path.normalize().equals(file) : file.endsWith(path);
		} catch (RuntimeException e) {
			return false;
		}
	}
}
