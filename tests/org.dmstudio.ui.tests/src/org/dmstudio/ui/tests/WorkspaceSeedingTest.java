package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.ui.internal.welcome.WelcomeEditor;
import org.dmstudio.ui.internal.welcome.WorkspaceSeeding;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first start of a workspace: the three seed example projects and the welcome page. */
class WorkspaceSeedingTest {

	static final List<String> SEEDS = List.of("seed000-rk3588-npu", "seed001-rocket-scheduler", "seed002-mtk-smi-larb");

	@AfterEach
	void deleteSeeds() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		for (String name : SEEDS) {
			ResourcesPlugin.getWorkspace().getRoot().getProject(name).delete(true, null);
		}
	}

	@Test
	void seedsTheThreeExampleProjectsAndShowsTheWelcomePage() throws Exception {
		List<IProject> projects = WorkspaceSeeding.seed(NewProjectWizardTest.EXAMPLES, null);
		assertEquals(SEEDS, projects.stream().map(IProject::getName).toList());
		for (IProject project : projects) {
			assertTrue(project.isOpen());
			Path example = NewProjectWizardTest.EXAMPLES.resolve(project.getName());
			try (var files = Files.list(example)) {
				for (Path file : files.toList()) {
					assertTrue(project.getFile(file.getFileName().toString()).exists(), file + " is not in " + project.getName());
				}
			}
		}
		assertEquals(SEEDS, WorkspaceSeeding.seed(NewProjectWizardTest.EXAMPLES, null).stream().map(IProject::getName).toList(),
				"seeding again keeps the projects");

		WorkspaceSeeding.showWelcome();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNotNull(page.findEditor(WelcomeEditor.INPUT), "the welcome page is shown");
		Path shot = PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-welcome.png");
		assertTrue(Files.size(shot) > 1000);
	}
}
