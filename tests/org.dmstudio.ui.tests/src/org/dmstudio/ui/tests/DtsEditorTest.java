package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;

import org.dmstudio.model.dt.CellArray;
import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.StringValue;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.TopologyPackage;
import org.dmstudio.ui.internal.dts.DtsSourcePage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opens devicetree sources in the DM Studio editor and writes property edits back into them. */
class DtsEditorTest {

	static final String SOC = """
			// A small SoC: one UART on a simple bus.
			/ {
				#address-cells = <1>;
				#size-cells = <1>;

				soc {
					compatible = "simple-bus";
					#address-cells = <1>;
					#size-cells = <1>;
					ranges;

					uart0: serial@1000 {
						compatible = "ns16550a";
						reg = <0x1000 0x100>;
						clock-frequency = <24000000>; /* the 24 MHz crystal */
						status = "disabled";
					};
				};
			};
			""";

	static final String BOARD = """
			/dts-v1/;
			#include "soc.dtsi"

			/ {
				model = "Test board";
				compatible = "test,board";
			};

			&uart0 {
				status = "okay";
			};
			""";

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("dts");
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

	IFile create(String name, String text) throws Exception {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	static String read(IFile file) throws IOException {
		return Files.readString(file.getLocation().toFile().toPath());
	}

	static Node node(DmStudioEditor editor, String path) {
		Node node = ((Board) editor.getResource().getContents().get(0)).getDeviceTree().getRoot();
		for (String name : path.substring(1).split("/")) {
			node = node.getChildren().stream().filter(child -> child.getFullName().equals(name)).findFirst().orElseThrow();
		}
		return node;
	}

	static NumberCell firstCell(Property property) {
		return (NumberCell) ((CellArray) property.getValues().get(0)).getCells().get(0);
	}

	static IOException saveRefused(DmStudioEditor editor) {
		try {
			editor.save();
		} catch (IOException e) {
			return e;
		}
		return fail("the save was not refused");
	}

	@Test
	void aPropertyEditChangesOnlyTheLineThatDefinedIt() throws Exception {
		IFile soc = create("soc.dtsi", SOC);
		IFile board = create("board.dts", BOARD);
		IEditorRegistry editors = PlatformUI.getWorkbench().getEditorRegistry();
		assertEquals(DmStudioEditor.ID, editors.getDefaultEditor("board.dts").getId(), "DM Studio opens .dts files");
		assertTrue(Arrays.stream(editors.getEditors("soc.dtsi")).anyMatch(e -> e.getId().startsWith(DmStudioEditor.ID)),
				".dtsi files can be opened with DM Studio");

		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, board, DmStudioEditor.ID);
		assertTrue(editor.getLoadProblems().isEmpty(), editor.getLoadProblems()::toString);
		EditingDomain domain = editor.getEditingDomain();
		NumberCell clock = firstCell(node(editor, "/soc/serial@1000").getProperty("clock-frequency"));
		assertEquals(24000000L, clock.getValue());
		domain.getCommandStack().execute(SetCommand.create(domain, clock, DtPackage.Literals.NUMBER_CELL__VALUE, 48000000L));
		ModelEditorTest.settle();
		assertTrue(editor.isDirty());
		editor.save();
		assertFalse(editor.isDirty());
		String socAfterClock = SOC.replace("clock-frequency = <24000000>;", "clock-frequency = <0x2dc6c00>;");
		assertEquals(socAfterClock, read(soc), "only the clock-frequency line of the .dtsi changed");
		assertEquals(BOARD, read(board), "the board is byte-identical");
		assertEquals(48000000L, firstCell(node(editor, "/soc/serial@1000").getProperty("clock-frequency")).getValue(),
				"the model is derived again from what was written");

		StringValue status = (StringValue) node(editor, "/soc/serial@1000").getProperty("status").getValues().get(0);
		assertEquals("okay", status.getValue(), "the board overrides the SoC's status");
		domain.getCommandStack().execute(SetCommand.create(domain, status, DtPackage.Literals.STRING_VALUE__VALUE, "reserved"));
		editor.save();
		assertEquals(BOARD.replace("status = \"okay\";", "status = \"reserved\";"), read(board),
				"an overridden property is written where its value comes from: the board");
		assertEquals(socAfterClock, read(soc), "the SoC is byte-identical");

		page.closeAllEditors(false);
		editor = (DmStudioEditor) IDE.openEditor(page, board, DmStudioEditor.ID);
		Property clockFrequency = node(editor, "/soc/serial@1000").getProperty("clock-frequency");
		assertEquals(48000000L, firstCell(clockFrequency).getValue(), "reopening shows the new value");
		assertEquals("reserved", ((StringValue) node(editor, "/soc/serial@1000").getProperty("status").getValues().get(0)).getValue());

		DtsSourcePage source = editor.showSourcePage();
		assertNotNull(source);
		assertEquals(board.getLocation().toFile().toPath(), source.getShownFile(), "the page opens on the main source");
		editor.getTreeViewer().setSelection(new StructuredSelection(clockFrequency), true);
		ModelEditorTest.settle();
		assertEquals(soc.getLocation().toFile().toPath(), source.getShownFile(), "revealing a property switches to the .dtsi that defined it");
		assertEquals(15, source.getRevealedLine());
		assertEquals("soc.dtsi:15:4", source.getRevealedText());
		assertTrue(source.getTextWidget().getText().contains("clock-frequency = <0x2dc6c00>;"));
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-dts-source.png");
	}

	@Test
	void aChangeTheSourcesCannotHoldOrAFileChangedOnDiskIsRefused() throws Exception {
		IFile soc = create("soc.dtsi", SOC);
		IFile board = create("board.dts", BOARD);
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, board, DmStudioEditor.ID);
		EditingDomain domain = editor.getEditingDomain();
		Board model = (Board) editor.getResource().getContents().get(0);
		domain.getCommandStack().execute(SetCommand.create(domain, model, TopologyPackage.Literals.BOARD__NAME, "renamed"));
		IOException refused = saveRefused(editor);
		assertTrue(refused.getMessage().contains("Board renamed: name changed"), refused::getMessage);
		assertTrue(editor.isDirty(), "nothing is lost: the edit is still there");
		domain.getCommandStack().undo();

		NumberCell clock = firstCell(node(editor, "/soc/serial@1000").getProperty("clock-frequency"));
		domain.getCommandStack().execute(SetCommand.create(domain, clock, DtPackage.Literals.NUMBER_CELL__VALUE, 1L));
		Path socPath = soc.getLocation().toFile().toPath();
		Files.setLastModifiedTime(socPath, FileTime.from(Instant.now().plusSeconds(60)));
		assertTrue(editor.isChangedOnDisk(), "an included file changed on disk");
		saveRefused(editor);
		assertEquals(SOC, read(soc));
		assertEquals(BOARD, read(board));
	}

	@Test
	void aSyntaxErrorIsListedWithItsPositionAndNeverSaved() throws Exception {
		String text = """
				/dts-v1/;

				/ {
					model = "broken"
					compatible = "test,broken";
				};
				""";
		IFile broken = create("broken.dts", text);
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, broken, DmStudioEditor.ID);
		assertNotNull(editor, "the workbench opened the editor instead of failing");
		assertFalse(editor.getLoadProblems().isEmpty());
		assertTrue(editor.getLoadProblems().get(0).toString().contains("broken.dts:5:2:"), editor.getLoadProblems()::toString);
		Board model = (Board) editor.getResource().getContents().get(0);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, model.getDeviceTree(), DtPackage.Literals.DEVICE_TREE__NAME, "x"));
		saveRefused(editor);
		assertEquals(text, read(broken));
		assertTrue(editor.isDirty());
	}
}
