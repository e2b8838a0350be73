package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyPackage;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Palette;
import org.dmstudio.ui.internal.diagram.PaletteCommands;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.recovery.EditorRecovery;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recovery copy that survives a crash between edits and save, and the clock, reset and IOMMU
 * reference tools of the device links page, on the real editor (under Xvfb in CI).
 */
class RecoveryAndReferencesTest {

	static final Path ROOT = Path.of(System.getProperty("dmstudio.root", "../.."));

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("recovery");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() throws Exception {
		EditorRecovery.setRestorePolicy(EditorRecovery.ASK);
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	IFile copySeed000() throws Exception {
		Path example = ROOT.resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio");
		IFile file = project.getFile(example.getFileName().toString());
		file.create(new ByteArrayInputStream(Files.readAllBytes(example)), true, null);
		return file;
	}

	DmStudioEditor open(IFile file) throws Exception {
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		assertTrue(editor.getLoadProblems().isEmpty(), editor.getLoadProblems()::toString);
		ModelEditorTest.settle();
		return editor;
	}

	static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < deadline, "timed out waiting until " + what);
			ModelEditorTest.settle();
			Thread.sleep(20);
		}
	}

	static boolean contains(Path file, String text) {
		try {
			return Files.isRegularFile(file) && Files.readString(file).contains(text);
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Simulates a crash: takes the recovery copy written while the editor is dirty, closes the editor
	 * without saving (which deletes the copy, as a user's "don't save" does) and puts the copy back, as a
	 * workbench that died would have left it.
	 */
	Path crash(DmStudioEditor editor, String expectedText) throws Exception {
		Path copy = editor.getRecovery().copyFile();
		await(() -> contains(copy, expectedText), "the recovery copy holds the edit");
		Path kept = Files.createTempFile("recovery", ".xmi");
		Files.copy(copy, kept, StandardCopyOption.REPLACE_EXISTING);
		page.closeEditor(editor, false);
		assertFalse(Files.exists(copy), "closing without saving deletes the recovery copy");
		Files.copy(kept, copy);
		Files.delete(kept);
		return copy;
	}

	@Test
	void unsavedEditsSurviveACrashAndAreRestoredAsUnsavedChanges() throws Exception {
		IFile file = copySeed000();
		DmStudioEditor editor = open(file);
		Path copy = editor.getRecovery().copyFile();
		assertFalse(Files.exists(copy), "a clean editor has no recovery copy");
		Palette palette = editor.showDiagram(Representation.POWER).palette();
		Regulator regulator = palette.createRegulator(null);
		assertTrue(palette.rename(regulator, "vdd_recovered_s0"));
		ModelEditorTest.settle();
		Board edited = EcoreUtil.copy((Board) editor.getResource().getContents().get(0));

		crash(editor, "vdd_recovered_s0");
		EditorRecovery.setRestorePolicy((shell, path) -> true);
		editor = open(file);
		Board restored = (Board) editor.getResource().getContents().get(0);
		assertTrue(editor.isDirty(), "restored changes are unsaved changes");
		assertTrue(EcoreUtil.equals(edited, restored), "the restored model is the one edited before the crash");
		assertFalse(editor.getDiagramPages().isEmpty());

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		await(() -> !Files.exists(copy), "saving deletes the recovery copy");
		ModelStore.Loaded reopened = ModelStore.load(file.getLocation().toFile().toPath());
		assertTrue(reopened.ok(), reopened.problems()::toString);
		assertTrue(EcoreUtil.equals(edited, reopened.root()), "what was restored and saved reads back equal");
	}

	@Test
	void aRecoveryCopyTheUserDeclinesIsDeletedAndAnUndoneEditLeavesNone() throws Exception {
		IFile file = copySeed000();
		DmStudioEditor editor = open(file);
		Board board = (Board) editor.getResource().getContents().get(0);
		Board original = EcoreUtil.copy(board);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, board, TopologyPackage.Literals.BOARD__NAME, "declined"));
		Path copy = crash(editor, "declined");

		EditorRecovery.setRestorePolicy((shell, path) -> false);
		editor = open(file);
		assertFalse(editor.isDirty());
		assertFalse(Files.exists(copy), "a declined recovery copy is deleted");
		assertTrue(EcoreUtil.equals(original, editor.getResource().getContents().get(0)), "the file's content is shown");
		assertFalse(editor.getRecovery().restore(), "there is nothing left to restore");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		board = (Board) editor.getResource().getContents().get(0);
		stack.execute(SetCommand.create(editor.getEditingDomain(), board, TopologyPackage.Literals.BOARD__NAME, "undone"));
		await(() -> contains(copy, "undone"), "the edit reaches the recovery copy");
		stack.undo();
		await(() -> !Files.exists(copy), "back at the saved state, the recovery copy goes");
	}

	@Test
	void pendingDeviceTreeEditsAreRestoredIntoTheImportedSources() throws Exception {
		IFile soc = project.getFile("soc.dtsi");
		soc.create(new ByteArrayInputStream(DtsEditorTest.SOC.getBytes(StandardCharsets.UTF_8)), true, null);
		IFile board = project.getFile("board.dts");
		board.create(new ByteArrayInputStream(DtsEditorTest.BOARD.getBytes(StandardCharsets.UTF_8)), true, null);
		DmStudioEditor editor = open(board);
		EditingDomain domain = editor.getEditingDomain();
		NumberCell clock = DtsEditorTest.firstCell(DtsEditorTest.node(editor, "/soc/serial@1000").getProperty("clock-frequency"));
		domain.getCommandStack().execute(SetCommand.create(domain, clock, DtPackage.Literals.NUMBER_CELL__VALUE, 48000000L));
		ModelEditorTest.settle();
		crash(editor, "48000000");

		EditorRecovery.setRestorePolicy((shell, path) -> false);
		editor = open(board);
		assertFalse(editor.isDirty());
		assertEquals(24000000L, DtsEditorTest.firstCell(DtsEditorTest.node(editor, "/soc/serial@1000").getProperty("clock-frequency")).getValue());
		assertFalse(editor.getRecovery().restore(), "the declined copy is gone");
		domain = editor.getEditingDomain();
		clock = DtsEditorTest.firstCell(DtsEditorTest.node(editor, "/soc/serial@1000").getProperty("clock-frequency"));
		domain.getCommandStack().execute(SetCommand.create(domain, clock, DtPackage.Literals.NUMBER_CELL__VALUE, 48000000L));
		crash(editor, "48000000");

		EditorRecovery.setRestorePolicy((shell, path) -> true);
		editor = open(board);
		assertTrue(editor.isDirty(), "restored edits are unsaved changes");
		assertEquals(48000000L, DtsEditorTest.firstCell(DtsEditorTest.node(editor, "/soc/serial@1000").getProperty("clock-frequency")).getValue());
		editor.save();
		assertEquals(DtsEditorTest.SOC.replace("clock-frequency = <24000000>;", "clock-frequency = <0x2dc6c00>;"), DtsEditorTest.read(soc),
				"the restored edit is written into the line that defined it");
		assertEquals(DtsEditorTest.BOARD, DtsEditorTest.read(board));
	}

	@Test
	void clockResetAndIommuReferencesAddTheLinksFwDevlinkAndTheIommuDriverMake() throws Exception {
		DmStudioEditor editor = open(copySeed000());
		Board board = (Board) editor.getResource().getContents().get(0);
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		assertNotNull(links);
		Palette palette = links.palette();
		Device consumer = palette.createDevice(null);
		Device provider = device(board, "fd8d8000.power-management");
		Device iommu = device(board, "fdab9000.iommu");
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		int before = board.getLinks().size();

		assertTrue(palette.clockReference(provider, consumer));
		DeviceLink clocks = last(board);
		assertEquals(PaletteCommands.CLOCKS, clocks.getOriginProperty());
		assertEquals(provider, clocks.getSupplier());
		assertEquals(consumer, clocks.getConsumer());
		assertEquals(EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.PM_RUNTIME, DeviceLinkFlag.MANAGED),
				EnumSet.copyOf(clocks.getFlags()), "fw_devlink=rpm flags, managed");
		assertEquals(DeviceLinkState.DORMANT, clocks.getState());
		assertFalse(palette.clockReference(provider, consumer), "a consumer references a clock provider once");
		assertFalse(palette.clockReference(consumer, consumer), "a device is not its own clock provider");

		assertTrue(palette.resetReference(provider, consumer));
		assertEquals(PaletteCommands.RESETS, last(board).getOriginProperty());
		assertEquals(before + 2, board.getLinks().size());

		assertTrue(palette.iommuReference(iommu, consumer));
		assertEquals(before + 4, board.getLinks().size(), "the iommus link and rockchip-iommu's own link");
		DeviceLink inferred = board.getLinks().get(before + 2);
		assertEquals(PaletteCommands.IOMMUS, inferred.getOriginProperty());
		assertTrue(inferred.getFlags().contains(DeviceLinkFlag.MANAGED));
		DeviceLink stateless = last(board);
		assertEquals(iommu, stateless.getSupplier());
		assertEquals(consumer, stateless.getConsumer());
		assertEquals(EnumSet.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME), EnumSet.copyOf(stateless.getFlags()));
		assertEquals(DeviceLinkState.NONE, stateless.getState());
		assertEquals(PaletteCommands.RK_IOMMU_CALL, stateless.getOriginCall());

		Device npu = device(board, "fdab0000.npu");
		assertTrue(palette.iommuReference(iommu, npu));
		assertEquals(before + 5, board.getLinks().size(), "the NPU already has rockchip-iommu's link: only the iommus link is new");
		assertTrue(palette.iommuReference(provider, consumer));
		assertEquals(before + 6, board.getLinks().size(), "no driver link to a device that is not a Rockchip IOMMU");

		stack.undo();
		stack.undo();
		assertEquals(before + 4, board.getLinks().size());
		stack.undo();
		assertEquals(before + 2, board.getLinks().size(), "one undo takes both links of an IOMMU reference");
		stack.undo();
		stack.undo();
		assertEquals(before, board.getLinks().size());
		stack.redo();
		assertEquals(clocks, last(board), "redo puts the clocks link back");
		ModelEditorTest.settle();
		assertFalse(links.elementsOf(clocks).isEmpty(), "the device links page draws the new link");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-reference-tools.png");
	}

	static Device device(Board board, String name) {
		return board.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	static DeviceLink last(Board board) {
		return board.getLinks().get(board.getLinks().size() - 1);
	}
}
