package org.dmstudio.ui.internal.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneFrame;
import org.dmstudio.diagram.scene.SceneNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Shows a laid-out scene: zoom (Ctrl+wheel, + - 0 f), pan (scrollbars, wheel, middle drag), selection
 * (click, Shift/Ctrl+click, marquee), moving nodes with snapping, and tooltips. It changes no model:
 * listeners hear of selections, moves and tool clicks.
 */
public final class DiagramCanvas extends Canvas {

	/** What the canvas reports; every method has a default so listeners implement what they need. */
	public interface Listener {

		default void selectionChanged(List<SceneElement> selection) {
		}

		/** The nodes were dragged and dropped at their current bounds. */
		default void nodesMoved(List<SceneNode> nodes) {
		}

		default void doubleClicked(SceneElement element) {
		}

		/** The canvas painted: the scene, the zoom or the scroll position may have changed. */
		default void painted() {
		}
	}

	/** The problem badge drawn at the top right corner of a node. */
	public enum Badge {
		ERROR, WARNING
	}

	/** An armed palette tool: it receives the next clicks instead of selection and dragging. */
	public interface Tool {

		/** A click on an element (null for the background) at scene coordinates; false disarms the tool. */
		boolean clicked(SceneElement element, Point at);

		/** Where a connection being made starts (a rubber band is drawn from it to the mouse); null for none. */
		default SceneNode connectingFrom() {
			return null;
		}
	}

	public static final double GRID = 8;
	public static final double MIN_ZOOM = 0.05;
	public static final double MAX_ZOOM = 8;
	private static final double ZOOM_STEP = 1.2;
	private static final int DRAG_THRESHOLD = 3;

	private final ScenePainter painter;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Set<SceneElement> selection = new LinkedHashSet<>();
	private Function<SceneElement, String> tooltips = SceneElement::tooltip;
	private Function<SceneElement, Badge> badges = element -> null;
	private Scene scene;
	private SceneFrame frame;
	private String message;
	private double zoom = 1;
	private double originX;
	private double originY;
	private Tool tool;

	private int pressX;
	private int pressY;
	private int mouseX;
	private int mouseY;
	private boolean marquee;
	private boolean dragging;
	private boolean panning;
	private Map<SceneNode, Rect> dragStart;
	private SceneElement hovered;

	public DiagramCanvas(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		painter = new ScenePainter(getDisplay());
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> updateScrollBars());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseHover, this::hover);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Dispose, e -> painter.dispose());
		getHorizontalBar().addListener(SWT.Selection, e -> {
			originX = getHorizontalBar().getSelection();
			redraw();
		});
		getVerticalBar().addListener(SWT.Selection, e -> {
			originY = getVerticalBar().getSelection();
			redraw();
		});
	}

	public void addCanvasListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeCanvasListener(Listener listener) {
		listeners.remove(listener);
	}

	/** How tooltips are made from elements (the scene's own tooltip by default). */
	public void setTooltips(Function<SceneElement, String> value) {
		tooltips = value;
	}

	/** Which nodes carry a problem badge (null for none). */
	public void setBadges(Function<SceneElement, Badge> value) {
		badges = value;
		redraw();
	}

	/** The badge a node is drawn with, or null. */
	public Badge badgeOf(SceneElement element) {
		return badges.apply(element);
	}

	/** Shows a new scene, keeping the zoom, the scroll position and the selection of elements that are still there. */
	public void setScene(Scene value) {
		Set<String> selected = new LinkedHashSet<>();
		selection.forEach(e -> selected.add(e.id()));
		scene = value;
		message = null;
		frame = value == null ? null : SceneFrame.of(value);
		selection.clear();
		if (value != null) {
			for (SceneElement element : value.paintOrder()) {
				if (selected.contains(element.id())) {
					selection.add(element);
				}
			}
		}
		hovered = null;
		updateScrollBars();
		redraw();
	}

	public Scene getScene() {
		return scene;
	}

	/** Shows a message instead of a scene, e.g. why there is nothing to draw. */
	public void setMessage(String value) {
		message = value;
		redraw();
	}

	public String getMessage() {
		return message;
	}

	/** The scene changed in place (styles or positions): repaint without touching the view. */
	public void sceneChanged() {
		if (scene != null) {
			frame = SceneFrame.of(scene);
			updateScrollBars();
		}
		redraw();
	}

	public void setTool(Tool value) {
		tool = value;
		setCursor(getDisplay().getSystemCursor(value == null ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
		redraw();
	}

	public Tool getTool() {
		return tool;
	}

	public List<SceneElement> getSelection() {
		return List.copyOf(selection);
	}

	/** Selects the elements without telling the listeners (the selection came from elsewhere). */
	public void setSelection(List<? extends SceneElement> elements) {
		selection.clear();
		selection.addAll(elements);
		redraw();
	}

	public double getZoom() {
		return zoom;
	}

	/** Zooms keeping the device point (x, y) where it is. */
	public void setZoom(double value, int x, int y) {
		double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
		double docX = (originX + x) / zoom;
		double docY = (originY + y) / zoom;
		zoom = next;
		originX = docX * zoom - x;
		originY = docY * zoom - y;
		updateScrollBars();
		redraw();
	}

	public void setZoom(double value) {
		Rectangle area = getClientArea();
		setZoom(value, area.width / 2, area.height / 2);
	}

	/** Zooms so that the whole frame fits the canvas (never above 100 %). */
	public void zoomToFit() {
		Rectangle area = getClientArea();
		if (frame == null || area.width <= 0 || area.height <= 0) {
			return;
		}
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(area.width / frame.width(), area.height / frame.height())));
		originX = 0;
		originY = 0;
		updateScrollBars();
		redraw();
	}

	/** Scrolls so that the scene rectangle is visible. */
	public void reveal(Rect box) {
		ScenePainter.Viewport view = viewport();
		Rectangle area = getClientArea();
		double left = view.x(box.x());
		double top = view.y(box.y());
		if (left < 0 || left + box.width() * zoom > area.width) {
			originX += left - Math.max(8, (area.width - box.width() * zoom) / 2);
		}
		if (top < 0 || top + box.height() * zoom > area.height) {
			originY += top - Math.max(8, (area.height - box.height() * zoom) / 2);
		}
		updateScrollBars();
		redraw();
	}

	/** Scrolls so that the scene point (x, y) is at the centre of the canvas, as far as the scroll range allows. */
	public void centerOn(double sceneX, double sceneY) {
		Rectangle area = getClientArea();
		originX = (sceneX + (frame == null ? 0 : frame.offsetX())) * zoom - area.width / 2.0;
		originY = (sceneY + (frame == null ? 0 : frame.offsetY())) * zoom - area.height / 2.0;
		updateScrollBars();
		redraw();
	}

	/** The frame around the scene (title, legend and margins), null when no scene is shown. */
	public SceneFrame getFrame() {
		return frame;
	}

	public ScenePainter.Viewport viewport() {
		return new ScenePainter.Viewport(zoom, originX, originY, frame == null ? 0 : frame.offsetX(), frame == null ? 0 : frame.offsetY());
	}

	/** The element at a device point, as a click finds it. */
	public SceneElement elementAt(int x, int y) {
		if (scene == null) {
			return null;
		}
		ScenePainter.Viewport view = viewport();
		return scene.hit(view.sceneX(x), view.sceneY(y), 4 / zoom);
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		double width = frame == null ? 0 : frame.width() * zoom;
		double height = frame == null ? 0 : frame.height() * zoom;
		originX = Math.max(0, Math.min(originX, width - area.width));
		originY = Math.max(0, Math.min(originY, height - area.height));
		update(getHorizontalBar(), width, area.width, originX);
		update(getVerticalBar(), height, area.height, originY);
	}

	private static void update(ScrollBar bar, double content, int visible, double origin) {
		int max = (int) Math.ceil(Math.max(content, visible));
		bar.setValues((int) Math.round(origin), 0, Math.max(1, max), Math.max(1, Math.min(visible, max)), Math.max(1, visible / 10),
				Math.max(1, visible * 9 / 10));
		bar.setVisible(content > visible);
	}

	private void paint(Event event) {
		listeners.forEach(Listener::painted);
		GC gc = event.gc;
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (scene == null || message != null) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(message == null ? "" : message, 16, 16, true);
			return;
		}
		painter.paint(gc, scene, frame, viewport(), selection, new Rectangle(event.x, event.y, event.width, event.height));
		paintBadges(gc);
		if (marquee) {
			gc.setForeground(painter.color("#3182ce"));
			gc.setLineAttributes(new LineAttributes(1, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
			gc.drawRectangle(Math.min(pressX, mouseX), Math.min(pressY, mouseY), Math.abs(mouseX - pressX), Math.abs(mouseY - pressY));
		}
		SceneNode from = tool == null ? null : tool.connectingFrom();
		if (from != null) {
			ScenePainter.Viewport view = viewport();
			gc.setForeground(painter.color("#3182ce"));
			gc.setLineAttributes(new LineAttributes(2, SWT.CAP_ROUND, SWT.JOIN_ROUND, SWT.LINE_DASH, null, 0, 10));
			gc.drawLine((int) view.x(from.bounds().center().x()), (int) view.y(from.bounds().center().y()), mouseX, mouseY);
		}
	}

	private void paintBadges(GC gc) {
		ScenePainter.Viewport view = viewport();
		int size = 14;
		for (SceneNode node : scene.allNodes()) {
			Badge badge = badges.apply(node);
			if (badge == null) {
				continue;
			}
			int x = (int) Math.round(view.x(node.bounds().right())) - size / 2;
			int y = (int) Math.round(view.y(node.bounds().y())) - size / 2;
			gc.setLineAttributes(new LineAttributes(1));
			gc.setBackground(painter.color(badge == Badge.ERROR ? "#e53e3e" : "#dd9d00"));
			gc.fillOval(x, y, size, size);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawOval(x, y, size, size);
			gc.setLineAttributes(new LineAttributes(2));
			gc.drawLine(x + size / 2, y + 3, x + size / 2, y + size - 6);
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(x + size / 2 - 1, y + size - 4, 2, 2);
		}
	}

	private void mouseDown(Event event) {
		forceFocus();
		pressX = mouseX = event.x;
		pressY = mouseY = event.y;
		if (event.button == 2) {
			panning = true;
			setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
			return;
		}
		if (event.button != 1 || scene == null) {
			return;
		}
		SceneElement hit = elementAt(event.x, event.y);
		if (tool != null) {
			ScenePainter.Viewport view = viewport();
			if (!tool.clicked(hit, new Point(view.sceneX(event.x), view.sceneY(event.y)))) {
				setTool(null);
			}
			redraw();
			return;
		}
		boolean toggle = (event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		if (hit == null) {
			if (!toggle && !selection.isEmpty()) {
				selection.clear();
				fireSelection();
			}
			marquee = true;
			return;
		}
		if (toggle) {
			if (!selection.remove(hit)) {
				selection.add(hit);
			}
			fireSelection();
		} else if (!selection.contains(hit)) {
			selection.clear();
			selection.add(hit);
			fireSelection();
		}
		dragStart = new LinkedHashMap<>();
		for (SceneElement element : selection) {
			if (element instanceof SceneNode node && !ancestorSelected(node)) {
				collect(node, dragStart);
			}
		}
		redraw();
	}

	private boolean ancestorSelected(SceneNode node) {
		for (SceneNode up = node.parent(); up != null; up = up.parent()) {
			if (selection.contains(up)) {
				return true;
			}
		}
		return false;
	}

	private static void collect(SceneNode node, Map<SceneNode, Rect> start) {
		start.put(node, node.bounds());
		for (SceneNode child : node.children()) {
			collect(child, start);
		}
	}

	private void mouseMove(Event event) {
		int lastX = mouseX;
		int lastY = mouseY;
		mouseX = event.x;
		mouseY = event.y;
		if (panning) {
			originX -= event.x - lastX;
			originY -= event.y - lastY;
			updateScrollBars();
			redraw();
			return;
		}
		if (marquee) {
			redraw();
			return;
		}
		if (dragStart != null && (event.stateMask & SWT.BUTTON1) != 0) {
			if (!dragging && Math.abs(event.x - pressX) + Math.abs(event.y - pressY) < DRAG_THRESHOLD) {
				return;
			}
			dragging = true;
			drag((event.x - pressX) / zoom, (event.y - pressY) / zoom);
			return;
		}
		if (tool != null && tool.connectingFrom() != null) {
			redraw();
		}
		SceneElement hit = elementAt(event.x, event.y);
		if (hit != hovered) {
			hovered = hit;
			setToolTipText(null);
		}
	}

	/** Moves the dragged nodes by (dx, dy) scene units from where the drag started, snapping the first one to the grid. */
	public void drag(double dx, double dy) {
		if (dragStart == null || dragStart.isEmpty()) {
			return;
		}
		Rect lead = dragStart.values().iterator().next();
		double snappedX = Math.round((lead.x() + dx) / GRID) * GRID - lead.x();
		double snappedY = Math.round((lead.y() + dy) / GRID) * GRID - lead.y();
		for (Map.Entry<SceneNode, Rect> entry : dragStart.entrySet()) {
			SceneNode node = entry.getKey();
			Rect moved = entry.getValue().translate(snappedX, snappedY);
			if (node.parent() != null && !dragStart.containsKey(node.parent())) {
				moved = inside(moved, node.parent().bounds());
			}
			node.setBounds(moved);
		}
		for (SceneEdge edge : scene.edges()) {
			if (movedWith(edge.source()) || movedWith(edge.target())) {
				EdgeRoutes.reroute(edge);
			}
		}
		sceneChanged();
	}

	private boolean movedWith(SceneNode node) {
		for (SceneNode up = node; up != null; up = up.parent()) {
			if (dragStart.containsKey(up)) {
				return true;
			}
		}
		return false;
	}

	private static Rect inside(Rect r, Rect container) {
		double x = Math.max(container.x(), Math.min(r.x(), container.right() - r.width()));
		double y = Math.max(container.y(), Math.min(r.y(), container.bottom() - r.height()));
		return new Rect(x, y, r.width(), r.height());
	}

	private void mouseUp(Event event) {
		if (panning) {
			panning = false;
			setCursor(getDisplay().getSystemCursor(tool == null ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
			return;
		}
		if (marquee) {
			marquee = false;
			selectInside(Math.min(pressX, event.x), Math.min(pressY, event.y), Math.abs(event.x - pressX), Math.abs(event.y - pressY),
					(event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0);
			redraw();
			return;
		}
		if (dragging) {
			List<SceneNode> moved = new ArrayList<>();
			for (SceneNode node : dragStart.keySet()) {
				if (node.parent() == null || !dragStart.containsKey(node.parent())) {
					moved.add(node);
				}
			}
			dragging = false;
			dragStart = null;
			listeners.forEach(l -> l.nodesMoved(moved));
		}
		dragStart = null;
	}

	private void selectInside(int x, int y, int width, int height, boolean add) {
		if (width < DRAG_THRESHOLD && height < DRAG_THRESHOLD) {
			return;
		}
		ScenePainter.Viewport view = viewport();
		Rect box = new Rect(view.sceneX(x), view.sceneY(y), width / zoom, height / zoom);
		if (!add) {
			selection.clear();
		}
		for (SceneNode node : scene.allNodes()) {
			if (box.contains(node.bounds())) {
				selection.add(node);
			}
		}
		fireSelection();
	}

	private void mouseDoubleClick(Event event) {
		SceneElement hit = event.button == 1 && tool == null ? elementAt(event.x, event.y) : null;
		if (hit != null) {
			listeners.forEach(l -> l.doubleClicked(hit));
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			setZoom(event.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, event.x, event.y);
			event.doit = false;
		}
	}

	private void hover(Event event) {
		SceneElement hit = elementAt(event.x, event.y);
		hovered = hit;
		setToolTipText(hit == null ? null : tooltips.apply(hit));
	}

	private void key(Event event) {
		switch (event.character) {
		case '+', '=' -> setZoom(zoom * ZOOM_STEP);
		case '-' -> setZoom(zoom / ZOOM_STEP);
		case '0' -> setZoom(1);
		case 'f' -> zoomToFit();
		case SWT.ESC -> setTool(null);
		default -> {
			return;
		}
		}
		event.doit = false;
	}

	private void fireSelection() {
		List<SceneElement> current = getSelection();
		listeners.forEach(l -> l.selectionChanged(current));
		redraw();
	}

	/** Paints the current scene off screen; for the paint benchmark. */
	public void paintInto(GC gc, Rectangle area) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (scene != null) {
			painter.paint(gc, scene, frame, viewport(), selection, area);
		}
	}

	/** Starts dragging the nodes as a mouse press on them would; for the paint benchmark and tests. */
	public void startDrag(List<SceneNode> nodes) {
		dragStart = new LinkedHashMap<>();
		nodes.forEach(n -> collect(n, dragStart));
	}

	/** Ends a drag started with {@link #startDrag} and reports the move. */
	public void endDrag() {
		List<SceneNode> moved = dragStart == null ? List.of() : List.copyOf(dragStart.keySet()).stream()
				.filter(n -> n.parent() == null || !dragStart.containsKey(n.parent())).toList();
		dragStart = null;
		listeners.forEach(l -> l.nodesMoved(moved));
	}
}
