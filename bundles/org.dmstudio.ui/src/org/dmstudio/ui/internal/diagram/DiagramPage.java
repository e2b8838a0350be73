package org.dmstudio.ui.internal.diagram;

import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.ui.internal.dts.DtsSourcePage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;

/**
 * One diagram page of the editor: a toolbar (palette, delete, rename, arrange, zoom, layers and
 * filters) over a {@link DiagramCanvas}. The scene is rebuilt from the model after every command
 * (keeping the pinned positions) and restyled, not laid out again, at each simulation step.
 */
public final class DiagramPage implements ISelectionProvider {

	private final Representation representation;
	private final DiagramDescription description;
	private final DiagramContext context;
	private final Composite control;
	private final DiagramCanvas canvas;
	private final Label hint;
	private final Palette palette;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final Map<String, Boolean> layers = new HashMap<>();
	private final Map<String, Boolean> filters = new HashMap<>();
	private final Map<EObject, Point> placements = new IdentityHashMap<>();
	private Scene layoutScene;
	private boolean layoutHasTokenPlaces;
	private boolean stale = true;
	private boolean styleStale;
	private boolean visible;
	private boolean fitted;
	private List<EObject> builtSelection = List.of();
	private Map<EObject, DiagramCanvas.Badge> problems = Map.of();

	public DiagramPage(Composite parent, Representation representation, DiagramContext context) {
		this.representation = representation;
		this.context = context;
		this.description = Diagrams.description(representation.description());
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		control.setLayout(layout);
		ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		palette = new Palette(this, context);
		palette.contribute(toolBar, representation);
		contributeViewActions(toolBar);
		toolBar.createControl(control).setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		hint = new Label(control, SWT.NONE);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new DiagramCanvas(control, SWT.BORDER);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas.setTooltips(SourceLocations::tooltip);
		canvas.setBadges(this::badgeOf);
		canvas.addCanvasListener(new DiagramCanvas.Listener() {
			@Override
			public void selectionChanged(List<SceneElement> selection) {
				fireSelection();
			}

			@Override
			public void nodesMoved(List<SceneNode> nodes) {
				pin(nodes);
			}

			@Override
			public void doubleClicked(SceneElement element) {
				if (!showSource(semantic(element))) {
					showProperties();
				}
			}
		});
		canvas.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				palette.deleteSelection();
			} else if (event.keyCode == SWT.F2) {
				palette.renameSelection();
			} else if (event.character == SWT.ESC) {
				palette.disarmed();
				setHint("");
			}
		});
	}

	private void contributeViewActions(ToolBarManager toolBar) {
		toolBar.add(new Separator());
		toolBar.add(new Action("Arrange all") {
			@Override
			public void run() {
				arrangeAll();
			}
		});
		toolBar.add(new Action("Arrange selection") {
			@Override
			public void run() {
				arrangeSelection();
			}
		});
		toolBar.add(new Separator());
		toolBar.add(new Action("Zoom in") {
			@Override
			public void run() {
				canvas.setZoom(canvas.getZoom() * 1.2);
			}
		});
		toolBar.add(new Action("Zoom out") {
			@Override
			public void run() {
				canvas.setZoom(canvas.getZoom() / 1.2);
			}
		});
		toolBar.add(new Action("Fit") {
			@Override
			public void run() {
				canvas.zoomToFit();
			}
		});
		if (description != null && !description.getLayers().isEmpty()) {
			toolBar.add(new ToggleMenu("Layers", () -> description.getLayers().stream()
					.map(l -> new Toggle(l.getName(), l.getLabel(), layers.getOrDefault(l.getName(), l.isVisibleByDefault()))).toList(),
					this::setLayer));
		}
		if (description != null && !description.getFilters().isEmpty()) {
			toolBar.add(new ToggleMenu("Filters", () -> description.getFilters().stream()
					.map(f -> new Toggle(f.getName(), f.getLabel(), filters.getOrDefault(f.getName(), f.isActiveByDefault()))).toList(),
					this::setFilter));
		}
	}

	public Control getControl() {
		return control;
	}

	public Representation getRepresentation() {
		return representation;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	public Palette palette() {
		return palette;
	}

	/** The scene shown: laid out from the model, styled with the simulation state. */
	public Scene scene() {
		return canvas.getScene();
	}

	/** The scene elements that draw a model element (a device, a link, a resume step's element). */
	public List<SceneElement> elementsOf(EObject element) {
		List<SceneElement> found = new ArrayList<>();
		if (scene() != null) {
			for (SceneElement candidate : scene().paintOrder()) {
				if (semantic(candidate) == element) {
					found.add(candidate);
				}
			}
		}
		return found;
	}

	/** The node that draws a model element, or null. */
	public SceneNode nodeOf(EObject element) {
		return elementsOf(element).stream().filter(SceneNode.class::isInstance).map(SceneNode.class::cast).findFirst().orElse(null);
	}

	static EObject semantic(SceneElement element) {
		Object semantic = element.semantic();
		if (semantic instanceof ResumeChain.Step step) {
			return step.element();
		}
		return semantic instanceof EObject object ? object : null;
	}

	void setHint(String text) {
		if (!hint.isDisposed()) {
			hint.setText(text == null ? "" : text);
			control.layout(new Control[] { hint });
		}
	}

	/** The page is shown or hidden; a shown page catches up with model and state changes. */
	public void setVisible(boolean value) {
		visible = value;
		if (visible) {
			refresh();
		}
	}

	/** A command changed the model: rebuild now if shown, else when shown; then select what the command touched. */
	public void modelChanged(Collection<?> affected) {
		stale = true;
		if (visible) {
			refresh();
			List<EObject> touched = new ArrayList<>();
			for (Object object : affected) {
				if (object instanceof EObject e && !elementsOf(e).isEmpty()) {
					touched.add(e);
				}
			}
			if (!touched.isEmpty()) {
				setSelection(new StructuredSelection(touched));
			}
		}
	}

	/** Another page or the tree selected elements: pages that draw around the selection follow. */
	void focusChanged() {
		if (!Objects.equals(requestSelection(), builtSelection)) {
			stale = true;
			if (visible) {
				refresh();
			}
		}
	}

	/** The simulation moved: restyle now if shown, else when shown. */
	void stateChanged() {
		styleStale = true;
		if (visible) {
			refresh();
		}
	}

	private void refresh() {
		if (stale) {
			rebuild();
		} else if (styleStale) {
			restyle();
		}
	}

	/** Maps the model to a scene and lays it out, keeping the pins. */
	public void rebuild() {
		stale = false;
		styleStale = false;
		builtSelection = requestSelection();
		if (description == null) {
			canvas.setMessage("The " + representation.description() + " viewpoint is not installed.");
			return;
		}
		if (representation == Representation.CHAIN && builtSelection.isEmpty()) {
			canvas.setScene(null);
			canvas.setMessage("Select a device on another page or in the Model tree to see what resuming it walks.");
			return;
		}
		try {
			DiagramState state = context.state();
			DiagramState layoutState = state.forLayout();
			Scene scene = Diagrams.build(description, context.roots(), request().state(layoutState).pins(pins()));
			placeNewElements(scene);
			layoutScene = scene;
			layoutHasTokenPlaces = layoutState != state;
			if (!layoutHasTokenPlaces || !showStyled()) {
				canvas.setScene(scene);
			}
			if (!fitted && canvas.getClientArea().width > 0) {
				fitted = true;
				canvas.zoomToFit();
			}
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.error("Drawing " + representation.label() + " failed", e));
			layoutScene = null;
			canvas.setScene(null);
			canvas.setMessage("This diagram cannot be drawn: " + e);
		}
	}

	/**
	 * Restyles the laid-out scene with the current simulation state: the scene is mapped again with the
	 * state (styles, badges, legend, subtitle) and takes the positions of the layout, so nothing moves.
	 * The layout has a place for every token of the run (see {@link DiagramState#forLayout()}): a step
	 * shows the tokens it has where they are.
	 */
	void restyle() {
		styleStale = false;
		if (layoutScene == null || description == null) {
			return;
		}
		try {
			if (!showStyled()) {
				rebuild();
			}
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.error("Restyling " + representation.label() + " failed", e));
		}
	}

	/** Shows the layout styled for the current state; false when the state has elements the layout has no place for. */
	private boolean showStyled() {
		Scene styled = Diagrams.interpret(description, context.roots(), request());
		if (!Restyle.takeGeometry(styled, layoutScene, layoutHasTokenPlaces)) {
			return false;
		}
		canvas.setScene(styled);
		return true;
	}

	private DiagramRequest request() {
		DiagramRequest request = new DiagramRequest().modelName(context.modelFile().getFileName().toString()).state(context.state());
		layers.forEach(request::layer);
		filters.forEach(request::filter);
		builtSelection.forEach(request::select);
		return request;
	}

	private List<EObject> requestSelection() {
		if (representation == Representation.CHAIN) {
			Device device = context.focus().stream().filter(Device.class::isInstance).map(Device.class::cast).findFirst()
					.orElse(defaultChainDevice());
			return device == null ? List.of() : List.of(device);
		}
		boolean aroundSelection = description != null && description.getFilters().stream().anyMatch(f -> switch (f.getKind()) {
		case NEIGHBOURHOOD, RESUME_CHAIN -> filters.getOrDefault(f.getName(), f.isActiveByDefault());
		default -> false;
		});
		return aroundSelection ? context.focus() : List.of();
	}

	private Device defaultChainDevice() {
		Board board = context.board();
		if (board == null) {
			return null;
		}
		return board.getDevices().stream().filter(d -> !d.getPowerDomains().isEmpty()).findFirst()
				.orElse(board.getDevices().isEmpty() ? null : board.getDevices().get(0));
	}

	private ViewLayout pins() {
		String parameter = representation == Representation.CHAIN && !builtSelection.isEmpty() ? ResumeChain.name(builtSelection.get(0))
				: null;
		return context.pins(representation.description(), parameter);
	}

	public void setLayer(String name, boolean visibleLayer) {
		layers.put(name, visibleLayer);
		stale = true;
		refresh();
	}

	public void setFilter(String name, boolean active) {
		filters.put(name, active);
		stale = true;
		refresh();
	}

	/** Forgets every pin of this view and lays it out again. */
	public void arrangeAll() {
		DiagramLayout.arrangeAll(pins());
		context.savePins();
		rebuild();
	}

	/** Lays out the selected nodes again, keeping everything else where it is. */
	public void arrangeSelection() {
		if (layoutScene == null) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (SceneElement element : canvas.getSelection()) {
			if (element instanceof SceneNode node) {
				SceneNode top = node;
				while (top.parent() != null) {
					top = top.parent();
				}
				ids.add(top.id());
			}
		}
		if (ids.isEmpty()) {
			setHint("Select the nodes to arrange");
			return;
		}
		DiagramLayout.arrangeSelection(canvas.getScene(), pins(), ids);
		context.savePins();
		rebuild();
	}

	/** Keeps the nodes where they were dropped: pins them (and the containers around them) and lays out again. */
	void pin(List<SceneNode> nodes) {
		ViewLayout pins = pins();
		for (SceneNode node : nodes) {
			for (SceneNode up = node; up != null; up = up.parent()) {
				DiagramLayout.pin(pins, up);
			}
		}
		context.savePins();
		rebuild();
	}

	/** Puts the node of a new element where the creation tool clicked, once the rebuild draws it. */
	void placeWhenDrawn(EObject element, Point at) {
		placements.put(element, at);
	}

	private void placeNewElements(Scene scene) {
		if (placements.isEmpty()) {
			return;
		}
		boolean placed = false;
		for (SceneNode node : scene.nodes()) {
			Point at = placements.remove(semantic(node));
			if (at != null && node.children().isEmpty()) {
				double x = Math.round(at.x() / DiagramCanvas.GRID) * DiagramCanvas.GRID;
				double y = Math.round(at.y() / DiagramCanvas.GRID) * DiagramCanvas.GRID;
				node.setBounds(new Rect(x, y, node.bounds().width(), node.bounds().height()));
				for (SceneEdge edge : scene.edges()) {
					if (edge.source() == node || edge.target() == node) {
						EdgeRoutes.reroute(edge);
					}
				}
				DiagramLayout.pin(pins(), node);
				placed = true;
			}
		}
		placements.clear();
		if (placed) {
			context.savePins();
		}
	}

	List<EObject> selectedElements() {
		List<EObject> elements = new ArrayList<>();
		for (SceneElement element : canvas.getSelection()) {
			EObject semantic = semantic(element);
			if (semantic != null && !elements.contains(semantic)) {
				elements.add(semantic);
			}
		}
		return elements;
	}

	/** The elements that carry a problem marker, and how bad their worst one is; they are drawn with a badge. */
	public void setProblems(Map<EObject, DiagramCanvas.Badge> value) {
		problems = value;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** The badge of an element's node: its own problem or its devicetree node's. */
	private DiagramCanvas.Badge badgeOf(SceneElement element) {
		EObject semantic = problems.isEmpty() ? null : semantic(element);
		if (semantic == null) {
			return null;
		}
		DiagramCanvas.Badge badge = problems.get(semantic);
		EStructuralFeature node = semantic.eClass().getEStructuralFeature("node");
		if (badge == null && node != null && !node.isMany() && semantic.eGet(node) instanceof EObject dtNode) {
			badge = problems.get(dtNode);
		}
		return badge;
	}

	/**
	 * Shows the source lines that defined the element: in the DTS source page of a DTS-backed editor,
	 * else in a text editor on that file; false when the element has no location.
	 */
	public boolean showSource(EObject element) {
		SourceLocation location = element == null ? null : SourceLocations.locationOf(element);
		if (location == null || location.getFile() == null || location.getFile().isEmpty()
				|| !(context.site().getPart() instanceof DmStudioEditor editor)) {
			return false;
		}
		try {
			DtsSourcePage source = editor.showSourcePage();
			if (source != null) {
				source.reveal(location);
				return true;
			}
			return SourceFileEditor.open(context.site().getPage(), editor, location);
		} catch (InvalidPathException e) {
			ILog.of(getClass()).log(Status.warning("The source of " + element + " is not a valid path", e));
			return false;
		}
	}

	private void showProperties() {
		try {
			context.site().getPage().showView(IPageLayout.ID_PROP_SHEET);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(selectedElements());
	}

	@Override
	public void setSelection(ISelection selection) {
		List<SceneElement> elements = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object object : structured) {
				if (object instanceof EObject e) {
					elements.addAll(elementsOf(e));
				}
			}
		}
		canvas.setSelection(elements);
		elements.stream().filter(SceneNode.class::isInstance).findFirst().ifPresent(node -> canvas.reveal(((SceneNode) node).bounds()));
		fireSelection();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	private void fireSelection() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : selectionListeners) {
			listener.selectionChanged(event);
		}
	}

	/** A layer or filter as its menu item shows it. */
	private record Toggle(String name, String label, boolean on) {
	}

	/** A toolbar drop-down of check items (layers, filters); a click toggles one. */
	private static final class ToggleMenu extends Action implements IMenuCreator {

		private final Supplier<List<Toggle>> items;
		private final BiConsumer<String, Boolean> toggle;
		private Menu menu;

		ToggleMenu(String label, Supplier<List<Toggle>> items, BiConsumer<String, Boolean> toggle) {
			super(label, IAction.AS_DROP_DOWN_MENU);
			this.items = items;
			this.toggle = toggle;
			setMenuCreator(this);
		}

		@Override
		public Menu getMenu(Control parent) {
			dispose();
			menu = new Menu(parent);
			for (Toggle item : items.get()) {
				MenuItem menuItem = new MenuItem(menu, SWT.CHECK);
				menuItem.setText(item.label() == null || item.label().isEmpty() ? item.name() : item.label());
				menuItem.setSelection(item.on());
				menuItem.addListener(SWT.Selection, e -> toggle.accept(item.name(), menuItem.getSelection()));
			}
			return menu;
		}

		@Override
		public Menu getMenu(Menu parent) {
			return null;
		}

		@Override
		public void dispose() {
			if (menu != null && !menu.isDisposed()) {
				menu.dispose();
			}
			menu = null;
		}
	}
}
