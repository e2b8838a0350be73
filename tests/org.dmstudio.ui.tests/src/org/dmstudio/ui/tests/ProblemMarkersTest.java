package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.markers.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kernel-rule markers on a model opened in the DM Studio editor, and their quick fixes. */
class ProblemMarkersTest {

	static final String STATELESS_CONFLICT = "device_link_add() refuses STATELESS together with [AUTOREMOVE_CONSUMER]";

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("markers");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	/** The seed 000 board with its first device link made both STATELESS and AUTOREMOVE_CONSUMER. */
	IFile brokenBoard() throws Exception {
		Path example = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio");
		ModelStore.Loaded loaded = ModelStore.load(example);
		assertTrue(loaded.ok(), loaded.problems()::toString);
		DeviceLink link = ((Board) loaded.root()).getLinks().get(0);
		link.getFlags().clear();
		link.getFlags().addAll(List.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.AUTOREMOVE_CONSUMER));
		IFile file = project.getFile("broken.dmstudio");
		ModelStore.saveAs(List.copyOf(loaded.resource().getContents()), file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	static IMarker conflictMarker(IFile file) throws CoreException {
		return ProblemMarkers.modelMarkers(file).stream()
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(STATELESS_CONFLICT)).findFirst().orElse(null);
	}

	/** Opens the Problems view's groups as a click on their arrows would, for the screenshot. */
	static void expandProblems(Composite parent) throws Exception {
		long until = System.currentTimeMillis() + 3000;
		while (System.currentTimeMillis() < until) {
			ModelEditorTest.settle();
			Tree tree = problemsTree(parent);
			if (tree != null && tree.getItemCount() > 0) {
				for (TreeItem group : tree.getItems()) {
					Event event = new Event();
					event.item = group;
					tree.notifyListeners(SWT.Expand, event);
					group.setExpanded(true);
				}
				ModelEditorTest.settle();
				return;
			}
			Thread.sleep(50);
		}
	}

	private static Tree problemsTree(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && child.isVisible() && tree.getItemCount() > 0
					&& tree.getItem(0).getText().startsWith("Errors")) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = problemsTree(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void aKernelRuleErrorIsAMarkerThatAQuickFixRemovesUndoably() throws Exception {
		IFile file = brokenBoard();
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		IMarker marker = conflictMarker(file);
		assertNotNull(marker, "no marker for the link; markers: " + ProblemMarkers.modelMarkers(file).stream()
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
		DeviceLink link = ((Board) editor.getResource().getContents().get(0)).getLinks().get(0);
		assertEquals(link, editor.getResource().getEObject(marker.getAttribute(ProblemMarkers.ELEMENT, "")));

		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		expandProblems(page.getWorkbenchWindow().getShell());
		page.setPartState(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), IWorkbenchPage.STATE_MAXIMIZED);
		Path shot = PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-problems.png");
		page.setPartState(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), IWorkbenchPage.STATE_RESTORED);
		assertTrue(Files.size(shot) > 1000);

		IDE.gotoMarker(editor, marker);
		ModelEditorTest.settle();
		assertEquals(link, ((IStructuredSelection) editor.getTreeViewer().getSelection()).getFirstElement(),
				"opening the marker selects its element");

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertTrue(resolutions.length >= 2, Arrays.toString(resolutions));
		IMarkerResolution removeConflict = Arrays.stream(resolutions)
				.filter(r -> r.getLabel().equals("Remove [AUTOREMOVE_CONSUMER] from the link flags")).findFirst().orElseThrow();
		removeConflict.run(marker);
		ModelEditorTest.settle();
		assertEquals(List.of(DeviceLinkFlag.STATELESS), link.getFlags());
		assertTrue(editor.isDirty(), "the fix is an edit in the open editor");
		assertEquals(null, conflictMarker(file), "the fix clears the marker");

		editor.getEditingDomain().getCommandStack().undo();
		ModelEditorTest.settle();
		assertTrue(link.getFlags().contains(DeviceLinkFlag.AUTOREMOVE_CONSUMER), "the fix is undoable");
		assertNotNull(conflictMarker(file), "undo brings the marker back");
		assertFalse(editor.isDirty());
	}

	@Test
	void aQuickFixWithoutAnOpenEditorChangesTheFile() throws Exception {
		IFile file = brokenBoard();
		ProblemMarkers.validateFile(file);
		IMarker marker = conflictMarker(file);
		assertNotNull(marker);
		IMarkerResolution removeStateless = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.filter(r -> r.getLabel().equals("Remove STATELESS from the link flags")).findFirst().orElseThrow();
		removeStateless.run(marker);
		ModelStore.Loaded saved = ModelStore.load(file.getLocation().toPath());
		assertEquals(List.of(DeviceLinkFlag.AUTOREMOVE_CONSUMER), ((Board) saved.root()).getLinks().get(0).getFlags());
		assertEquals(null, conflictMarker(file));
	}
}
