package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.ui.internal.markers.ProblemMarkers;
import org.dmstudio.ui.internal.wizards.Examples;
import org.dmstudio.ui.internal.wizards.NewProjectPage;
import org.dmstudio.ui.internal.wizards.NewProjectWizard;
import org.dmstudio.ui.internal.wizards.ProjectIncludePaths;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The New DM Studio Project wizard, filled in through its page and finished as the Finish button does. */
class NewProjectWizardTest {

	static final Path EXAMPLES = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples").toAbsolutePath().normalize();

	NewProjectWizard wizard;
	WizardDialog dialog;

	@BeforeEach
	void openWizard() {
		System.setProperty(Examples.PROPERTY, EXAMPLES.toString());
		wizard = new NewProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = new WizardDialog(shell, wizard);
		dialog.create();
	}

	@AfterEach
	void closeWizard() throws Exception {
		dialog.close();
		System.clearProperty(Examples.PROPERTY);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getName().startsWith("wizard-")) {
				project.delete(true, null);
			}
		}
	}

	@Test
	void createsAProjectFromTheSeed000Example() throws Exception {
		NewProjectPage page = wizard.getProjectPage();
		page.choose("wizard-seed000", NewProjectPage.Start.EXAMPLE, null, List.of(), "seed000-rk3588-npu");
		assertTrue(wizard.canFinish(), page.getErrorMessage());
		assertTrue(wizard.performFinish());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-seed000");
		assertTrue(project.isOpen());
		for (String name : new String[] { "rk3588-npu.dmstudio", "builtin.scenario", "rk3588-npu-drm.dmstudio" }) {
			IFile file = project.getFile(name);
			assertTrue(file.exists(), name + " is not copied");
			assertEquals(Files.mismatch(EXAMPLES.resolve("seed000-rk3588-npu").resolve(name), file.getLocation().toPath()), -1L);
		}
	}

	@Test
	void refusesATakenNameOrAMissingSource() throws Exception {
		NewProjectPage page = wizard.getProjectPage();
		page.choose("wizard-dts", NewProjectPage.Start.DTS, Path.of("/no/such/board.dts"), List.of(), null);
		assertFalse(wizard.canFinish());
		ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-taken").create(null);
		page.choose("wizard-taken", NewProjectPage.Start.EMPTY, null, List.of(), null);
		assertFalse(wizard.canFinish());
		assertNotNull(page.getErrorMessage());
	}

	@Test
	void importsADevicetreeSourceWithItsIncludePaths() throws Exception {
		Path sources = Files.createTempDirectory("dmstudio-dts");
		Path include = Files.createDirectories(sources.resolve("include"));
		Files.writeString(include.resolve("soc.dtsi"), """
				/ {
					#address-cells = <1>;
					#size-cells = <1>;
					soc {
						compatible = "simple-bus";
						#address-cells = <1>;
						#size-cells = <1>;
						ranges;
						uart0: serial@1000 {
							compatible = "test,uart";
							reg = <0x1000 0x100>;
						};
					};
				};
				""");
		Path board = Files.createDirectories(sources.resolve("boards")).resolve("tiny.dts");
		Files.writeString(board, """
				/dts-v1/;
				/include/ "soc.dtsi"
				/ {
					compatible = "test,tiny";
				};
				&uart0 {
					status = "okay";
				};
				""");
		NewProjectPage page = wizard.getProjectPage();
		page.choose("wizard-dts", NewProjectPage.Start.DTS, board, List.of(include), null);
		assertTrue(wizard.canFinish(), page.getErrorMessage());
		assertTrue(wizard.performFinish());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-dts");
		IFile model = project.getFile("tiny.dmstudio");
		assertEquals(model, wizard.getCreated());
		ModelStore.Loaded loaded = ModelStore.load(model.getLocation().toPath());
		assertTrue(loaded.ok(), loaded.problems()::toString);
		assertTrue(((Board) loaded.root()).getDevices().stream().anyMatch(d -> d.getName().contains("serial")),
				"the imported board has the uart of the included .dtsi");
		assertEquals(List.of(include), ProjectIncludePaths.of(project));
		assertTrue(project.getFile("tiny.dts").isLinked());

		IFile broken = project.getFile("broken.dts");
		broken.create(new java.io.ByteArrayInputStream("""
				/dts-v1/;
				/include/ "soc.dtsi"
				/ {
					compatible = "test,broken";
					chosen {
						stdout-path = &uart9;
					};
				};
				""".getBytes()), IResource.FORCE, null);
		ProblemMarkers.checkDevicetreeNow(broken, null);
		IMarker[] markers = broken.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(markers.length > 0, "an unresolved label is a problem marker");
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("uart9"), markers[0].getAttribute(IMarker.MESSAGE, ""));
		assertEquals(6, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
	}
}
