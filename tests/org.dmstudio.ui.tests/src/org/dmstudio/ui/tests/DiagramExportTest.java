package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.export.DiagramExport;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.dmstudio.ui.internal.wizards.ProjectCreation;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Export Diagram... from the editor: the page as drawn, and the HTML player of the simulation. */
class DiagramExportTest {

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ProjectCreation.createFromExample("export-seed000", NewProjectWizardTest.EXAMPLES.resolve("seed000-rk3588-npu"), null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void exportsTheShownPageAndAnHtmlPlayerOfTheSimulation() throws Exception {
		Path out = Files.createTempDirectory("dmstudio-export");
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, project.getFile("rk3588-npu.dmstudio"), DmStudioEditor.ID);
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		assertNotNull(links);
		ModelEditorTest.settle();
		assertEquals(links, DiagramExport.shownPage(editor));

		Path svg = out.resolve("links.svg");
		DiagramExport.write(editor, links, svg);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getNodeName()
				: document.getDocumentElement().getLocalName());
		assertTrue(Files.readString(svg).contains("fdab0000.npu"), "the SVG draws the NPU");
		Path png = out.resolve("links.png");
		DiagramExport.write(editor, links, png);
		assertEquals(0x89, Files.readAllBytes(png)[0] & 0xff);
		Path text = out.resolve("links.txt");
		DiagramExport.write(editor, links, text);
		assertTrue(Files.readString(text).contains("fdab0000.npu"));
		try {
			DiagramExport.write(editor, links, out.resolve("links.bmp"));
			fail("a .bmp export is refused");
		} catch (IOException expected) {
			assertTrue(expected.getMessage().contains("svg"), expected.getMessage());
		}

		Path scenario = project.getFile("builtin.scenario").getLocation().toPath();
		SimulationSession.get().run(scenario, null);
		assertTrue(SimulationSession.get().runTo(s -> "pm_runtime_resume_and_get".equals(s.function()) && "fdab0000.npu".equals(s.object())));
		ModelEditorTest.settle();
		assertNotNull(DiagramExport.sessionTrace(editor), "the session simulates this board");
		Path html = out.resolve("player.html");
		String summary = DiagramExport.write(editor, links, html);
		String player = Files.readString(html);
		assertTrue(player.startsWith("<!DOCTYPE html>"), player.substring(0, Math.min(200, player.length())));
		assertTrue(player.contains("<svg") && player.contains("fdab0000.npu"), "the player embeds the view");
		assertTrue(summary.contains("opening at step " + SimulationSession.get().position()), summary);
	}
}
