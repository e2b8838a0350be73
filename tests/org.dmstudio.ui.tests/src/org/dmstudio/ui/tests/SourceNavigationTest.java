package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.DtFactory;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** A model imported from devicetree sources leads back to the line that defined an element. */
class SourceNavigationTest {

	@Test
	void anImportedDeviceOpensItsDtsLineInATextEditor() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("source-navigation");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try {
			Path folder = project.getLocation().toFile().toPath();
			Path dts = Files.writeString(folder.resolve("board.dts"), "/dts-v1/;\n/ {\n\tuart0: serial@1000 {\n\t\tcompatible = \"ns16550a\";\n\t};\n};\n");
			DeviceTree tree = DtFactory.eINSTANCE.createDeviceTree();
			Node root = DtFactory.eINSTANCE.createNode();
			root.setName("");
			tree.setRoot(root);
			Node serial = DtFactory.eINSTANCE.createNode();
			serial.setName("serial");
			serial.setUnitAddress("1000");
			SourceLocation location = DtFactory.eINSTANCE.createSourceLocation();
			location.setFile(dts.toString());
			location.setLine(3);
			location.setColumn(2);
			serial.getLocations().add(location);
			root.getChildren().add(serial);
			Board board = TopologyFactory.eINSTANCE.createBoard();
			board.setName("board");
			board.setDeviceTree(tree);
			Device device = TopologyFactory.eINSTANCE.createDevice();
			device.setName("1000.serial");
			device.setNode(serial);
			device.setRuntimePm(TopologyFactory.eINSTANCE.createRuntimePmState());
			board.getDevices().add(device);
			ModelStore.saveAs(List.of(board), folder.resolve("board.dmstudio"));
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			IFile model = project.getFile("board.dmstudio");

			DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, model, DmStudioEditor.ID);
			DiagramPage links = editor.showDiagram(Representation.LINKS);
			Device shown = ((Board) editor.getResource().getContents().get(0)).getDevices().get(0);
			assertTrue(links.showSource(shown), "the device has a source location");
			assertTrue(page.getActiveEditor() instanceof ITextEditor, String.valueOf(page.getActiveEditor()));
			ITextSelection selection = (ITextSelection) page.getActiveEditor().getEditorSite().getSelectionProvider().getSelection();
			assertEquals(2, selection.getStartLine(), "line 3 of board.dts, where serial@1000 is defined");
		} finally {
			page.closeAllEditors(false);
			project.delete(true, null);
		}
	}
}
