package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.ui.internal.diagram.DiagramCanvas;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.diagram.ScenePainter;
import org.dmstudio.ui.internal.dts.DtsSourcePage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.markers.ProblemMarkers;
import org.dmstudio.ui.internal.outline.DiagramOutlinePage;
import org.dmstudio.ui.internal.properties.BehaviourSection;
import org.dmstudio.ui.internal.properties.LinksSection;
import org.dmstudio.ui.internal.properties.ModelPropertiesSection;
import org.dmstudio.ui.internal.properties.RuntimePmSection;
import org.dmstudio.ui.internal.properties.SourceSection;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tabbed Properties view, the Outline overview, double-click to source and problem badges, in the real editor. */
class PropertiesAndOutlineTest {

	static final Path ROOT = DiagramEditorTest.ROOT;

	IProject project;
	IWorkbenchPage page;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("properties-outline");
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

	IFile copy(Path source) throws Exception {
		IFile file = project.getFile(source.getFileName().toString());
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(Files.readAllBytes(source)), true, null);
		}
		return file;
	}

	IFile create(String name, String text) throws Exception {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	DmStudioEditor openSeed000() throws Exception {
		IFile file = copy(ROOT.resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio"));
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, file, DmStudioEditor.ID);
		DiagramEditorTest.settle();
		return editor;
	}

	/** Shows the Properties view for the editor's selection and returns its tabbed page. */
	TabbedPropertySheetPage properties(DmStudioEditor editor) throws Exception {
		PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		DiagramEditorTest.settle();
		return assertInstanceOf(TabbedPropertySheetPage.class, view.getCurrentPage(), "the DM Studio editor has tabbed properties");
	}

	static ISection tab(TabbedPropertySheetPage properties, String label) {
		ITabDescriptor tab = Arrays.stream(properties.getActiveTabs()).filter(t -> t.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + label + " tab"));
		properties.setSelectedTab(tab.getId());
		DiagramEditorTest.settle();
		return properties.getCurrentTab().getSectionAtIndex(0);
	}

	static List<String> tabLabels(TabbedPropertySheetPage properties) {
		return Arrays.stream(properties.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
	}

	static Device device(Board board, String name) {
		return DiagramEditorTest.device(board, name);
	}

	@Test
	void aDeviceHasPropertiesRuntimePmLinksAndBehaviourTabs() throws Exception {
		DmStudioEditor editor = openSeed000();
		Board board = DiagramEditorTest.board(editor);
		Device core = device(board, "fdab0000.npu");
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		links.setSelection(new StructuredSelection(core));
		TabbedPropertySheetPage properties = properties(editor);
		assertTrue(tabLabels(properties).containsAll(List.of("Properties", "Runtime PM", "Links", "Behaviour")), tabLabels(properties)::toString);

		assertInstanceOf(ModelPropertiesSection.class, tab(properties, "Properties"));
		BehaviourSection behaviour = assertInstanceOf(BehaviourSection.class, tab(properties, "Behaviour"));
		assertTrue(behaviour.getDriverText().contains(core.getDriver().getKind().getLiteral()), behaviour.getDriverText());

		RuntimePmSection runtimePm = assertInstanceOf(RuntimePmSection.class, tab(properties, "Runtime PM"));
		SimulationSession.get().run(ROOT.resolve("examples/seed000-rk3588-npu/builtin.scenario"), null);
		DiagramEditorTest.settle();
		List<String[]> simulated = runtimePm.simulatedRows();
		assertTrue(simulated.stream().anyMatch(row -> row[0].equals("runtime_status")), "the simulated runtime-PM fields of the core");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-properties-runtime-pm.png");

		LinksSection linksSection = assertInstanceOf(LinksSection.class, tab(properties, "Links"));
		assertTrue(linksSection.rows().stream().anyMatch(row -> row[0].equals("consumer of") && row[1].equals("fdab9000.iommu")),
				"the core consumes its IOMMU");
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-properties-links.png");
	}

	@Test
	void theSourceTabAndADoubleClickShowTheDtsLinesThatDefinedAnElement() throws Exception {
		create("soc.dtsi", DtsEditorTest.SOC);
		IFile boardFile = create("board.dts", DtsEditorTest.BOARD);
		DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, boardFile, DmStudioEditor.ID);
		DiagramEditorTest.settle();
		Board board = DiagramEditorTest.board(editor);
		Device uart = board.getDevices().stream()
				.filter(d -> d.getNode() != null && "serial@1000".equals(d.getNode().getFullName())).findFirst().orElseThrow();
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		DiagramEditorTest.settle();
		links.setSelection(new StructuredSelection(uart));
		TabbedPropertySheetPage properties = properties(editor);

		SourceSection source = assertInstanceOf(SourceSection.class, tab(properties, "Source"));
		List<SourceSection.Definition> definitions = source.getDefinitions();
		assertTrue(definitions.stream().anyMatch(d -> d.defines().equals("node serial@1000") && at(d, "soc.dtsi", 12)), definitions::toString);
		int status = definitions.stream().filter(d -> d.defines().equals("status") && at(d, "board.dts", 10)).findFirst()
				.map(definitions::indexOf).orElseThrow(() -> new AssertionError("the status override in board.dts: " + definitions));
		assertTrue(source.open(status));
		DtsSourcePage sourcePage = editor.showSourcePage();
		assertEquals(10, sourcePage.getRevealedLine());
		assertTrue(sourcePage.getShownFile().endsWith("board.dts"), sourcePage.getShownFile()::toString);
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-properties-source.png");

		editor.showDiagram(Representation.LINKS);
		DiagramEditorTest.settle();
		SceneNode node = links.nodeOf(uart);
		links.canvas().reveal(node.bounds());
		ScenePainter.Viewport view = links.canvas().viewport();
		Point center = node.bounds().center();
		Event doubleClick = new Event();
		doubleClick.button = 1;
		doubleClick.x = (int) view.x(center.x());
		doubleClick.y = (int) view.y(center.y());
		links.canvas().notifyListeners(SWT.MouseDoubleClick, doubleClick);
		DiagramEditorTest.settle();
		assertTrue(sourcePage.getControl().isVisible(), "the double-click shows the DTS source page");
		assertEquals(12, sourcePage.getRevealedLine(), "at the line that opened the node");
		assertTrue(sourcePage.getShownFile().endsWith("soc.dtsi"), sourcePage.getShownFile()::toString);
	}

	static boolean at(SourceSection.Definition definition, String file, int line) {
		return definition.location().getFile().endsWith(file) && definition.location().getLine() == line;
	}

	@Test
	void theOutlineShowsTheVisibleAreaAndAClickScrollsTheCanvas() throws Exception {
		DmStudioEditor editor = openSeed000();
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		DiagramEditorTest.settle();
		ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		DiagramEditorTest.settle();
		DiagramOutlinePage outline = assertInstanceOf(DiagramOutlinePage.class, view.getCurrentPage());
		assertEquals(links, outline.getDiagram(), "the outline shows the diagram page shown");

		links.canvas().setZoom(4);
		DiagramEditorTest.settle();
		Rectangle before = outline.visibleArea();
		assertNotNull(before);
		Rectangle overview = outline.getControl().getBounds();
		assertTrue(before.width < overview.width, "at 400 % the canvas shows a part of the scene: " + before);

		SceneNode far = links.scene().allNodes().stream()
				.filter(n -> !before.contains((int) outline.overviewViewport().x(n.bounds().center().x()),
						(int) outline.overviewViewport().y(n.bounds().center().y())))
				.findFirst().orElseThrow();
		ScenePainter.Viewport outlineView = outline.overviewViewport();
		Event click = new Event();
		click.button = 1;
		click.x = (int) outlineView.x(far.bounds().center().x());
		click.y = (int) outlineView.y(far.bounds().center().y());
		outline.getControl().notifyListeners(SWT.MouseDown, click);
		DiagramEditorTest.settle();
		Rectangle after = outline.visibleArea();
		assertNotEquals(before, after);
		assertTrue(after.contains(click.x, click.y), "the canvas scrolled to the clicked point: " + after + " " + click.x + "," + click.y);
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-outline.png");
	}

	@Test
	void problemMarkersAreBadgesOnTheCanvas() throws Exception {
		DmStudioEditor editor = openSeed000();
		Board board = DiagramEditorTest.board(editor);
		Device core = device(board, "fdab0000.npu");
		DiagramPage links = editor.showDiagram(Representation.LINKS);
		DiagramEditorTest.settle();
		DiagramCanvas canvas = links.canvas();
		DiagramCanvas.Badge unmarked = canvas.badgeOf(links.nodeOf(core));

		IFile file = ProblemMarkers.fileOf(editor.getEditorInput());
		IMarker marker = file.createMarker(ProblemMarkers.TYPE,
				Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, "a test problem", ProblemMarkers.ELEMENT,
						editor.getResource().getURIFragment(core), ProblemMarkers.ORIGIN, "test"));
		DiagramEditorTest.settle();
		assertEquals(DiagramCanvas.Badge.ERROR, canvas.badgeOf(links.nodeOf(core)));
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-problem-badges.png");

		marker.delete();
		DiagramEditorTest.settle();
		assertEquals(unmarked, canvas.badgeOf(links.nodeOf(core)), "the badge goes with the marker");
	}
}
