package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.topology.TopologyPackage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.editor.ItemPropertySourceProvider;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the real DM Studio model editor in the workbench (under Xvfb in CI). */
class ModelEditorTest {

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("seed000");
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

	IFile copyExample(String relative) throws Exception {
		Path example = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples").resolve(relative);
		IFile file = project.getFile(example.getFileName().toString());
		file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
		return file;
	}

	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the async refreshes that follow each command
		}
	}

	@Test
	void editsUndoRedoSaveAndReopenEqual() throws Exception {
		IFile file = copyExample("seed000-rk3588-npu/rk3588-npu.dmstudio");
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertTrue(editor.getLoadProblems().isEmpty(), editor.getLoadProblems()::toString);
		Board board = (Board) editor.getResource().getContents().get(0);
		assertEquals(1, editor.getTreeViewer().getTree().getItemCount(), "the tree shows the board");
		assertFalse(editor.isDirty());

		Regulator regulator = TopologyFactory.eINSTANCE.createRegulator();
		regulator.setName("vdd_npu_mem_s0");
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.execute(AddCommand.create(editor.getEditingDomain(), board, TopologyPackage.Literals.BOARD__REGULATORS, regulator));
		settle();
		assertTrue(editor.isDirty());
		assertEquals(regulator, ((IStructuredSelection) editor.getTreeViewer().getSelection()).getFirstElement(),
				"the tree selects what the command added");

		IPropertySource properties = new ItemPropertySourceProvider(
				((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory())
				.getPropertySource(regulator);
		Object maxMicrovolt = java.util.Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Max Microvolt")).findFirst().orElseThrow().getId();
		properties.setPropertyValue(maxMicrovolt, 950000);
		settle();
		assertEquals(950000, regulator.getMaxMicrovolt(), "the Properties view edits the model");
		stack.undo();
		assertEquals(0, regulator.getMaxMicrovolt(), "a Properties view edit is undoable");
		stack.undo();
		assertFalse(board.getRegulators().contains(regulator));
		assertFalse(editor.isDirty());
		stack.redo();
		stack.redo();
		settle();
		assertTrue(board.getRegulators().contains(regulator));
		assertEquals(950000, regulator.getMaxMicrovolt());

		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		assertFalse(editor.isDirty());
		ModelStore.Loaded reopened = ModelStore.load(file.getLocation().toFile().toPath());
		assertTrue(reopened.ok(), reopened.problems()::toString);
		assertTrue(EcoreUtil.equals(board, reopened.root()), "what was saved reads back equal");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-model-editor.png");
	}

	@Test
	void noticesAFileChangedOnDisk() throws Exception {
		IFile file = copyExample("seed002-mtk-smi-larb/mt8195-smi-larb.dmstudio");
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertFalse(editor.isChangedOnDisk());
		Path path = file.getLocation().toFile().toPath();
		Files.setLastModifiedTime(path, FileTime.from(Instant.now().plusSeconds(60)));
		assertTrue(editor.isChangedOnDisk());
	}

	@Test
	void aBrokenFileOpensWithItsProblemsAndIsNeverOverwritten() throws Exception {
		IFile file = project.getFile("broken.dmstudio");
		String text = """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:topology="http://dmstudio.org/model/topology/1.0">
				  <devices name="a" driver="//@drivers[name='gone']"/>
				</topology:Board>
				""";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertNotNull(editor, "the workbench opened the editor instead of failing");
		assertEquals(1, editor.getLoadProblems().size());
		assertTrue(editor.getLoadProblems().get(0).toString().contains(":3:"), editor.getLoadProblems()::toString);
		assertEquals(text, Files.readString(file.getLocation().toFile().toPath()));
	}
}
