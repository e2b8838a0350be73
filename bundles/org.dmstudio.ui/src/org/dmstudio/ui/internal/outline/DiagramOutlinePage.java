package org.dmstudio.ui.internal.outline;

import java.util.HashSet;

import org.dmstudio.diagram.scene.SceneFrame;
import org.dmstudio.ui.internal.diagram.DiagramCanvas;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.ScenePainter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline view of the DM Studio editor: the whole scene of the diagram page shown, scaled to
 * fit, with the part the canvas shows as a rectangle; clicking or dragging scrolls the canvas there.
 */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {

	private static final int MARGIN = 4;
	private static final int REDRAW_DELAY_MS = 50;

	private final DiagramCanvas.Listener canvasListener = new DiagramCanvas.Listener() {
		@Override
		public void painted() {
			scheduleRedraw();
		}
	};
	private Canvas overview;
	private ScenePainter painter;
	private DiagramPage diagram;
	private boolean redrawPending;

	@Override
	public void createControl(Composite parent) {
		overview = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		painter = new ScenePainter(overview.getDisplay());
		overview.addListener(SWT.Paint, this::paint);
		overview.addListener(SWT.Resize, event -> overview.redraw());
		overview.addListener(SWT.MouseDown, this::scrollTo);
		overview.addListener(SWT.MouseMove, event -> {
			if ((event.stateMask & SWT.BUTTON1) != 0) {
				scrollTo(event);
			}
		});
		overview.addListener(SWT.Dispose, event -> {
			painter.dispose();
			setDiagram(null);
		});
		overview.setCursor(overview.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
	}

	@Override
	public Control getControl() {
		return overview;
	}

	@Override
	public void setFocus() {
		overview.setFocus();
	}

	/** Shows the overview of a diagram page (null when the editor shows no diagram). */
	public void setDiagram(DiagramPage page) {
		if (diagram != null && !diagram.canvas().isDisposed()) {
			diagram.canvas().removeCanvasListener(canvasListener);
		}
		diagram = page;
		if (diagram != null && !diagram.canvas().isDisposed()) {
			diagram.canvas().addCanvasListener(canvasListener);
		}
		if (overview != null && !overview.isDisposed()) {
			overview.redraw();
		}
	}

	public DiagramPage getDiagram() {
		return diagram;
	}

	/** Maps the whole frame of the diagram's scene into the overview; null when there is nothing to show. */
	public ScenePainter.Viewport overviewViewport() {
		if (overview == null || overview.isDisposed() || diagram == null || diagram.canvas().isDisposed() || diagram.scene() == null) {
			return null;
		}
		SceneFrame frame = diagram.canvas().getFrame();
		Rectangle area = overview.getClientArea();
		if (frame == null || frame.width() <= 0 || frame.height() <= 0 || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
			return null;
		}
		double zoom = Math.min((area.width - 2 * MARGIN) / frame.width(), (area.height - 2 * MARGIN) / frame.height());
		double originX = -(area.width - frame.width() * zoom) / 2;
		return new ScenePainter.Viewport(zoom, originX, -MARGIN, frame.offsetX(), frame.offsetY());
	}

	/** The part of the scene the diagram canvas shows, in overview pixels; null when there is nothing to show. */
	public Rectangle visibleArea() {
		ScenePainter.Viewport outline = overviewViewport();
		if (outline == null) {
			return null;
		}
		DiagramCanvas canvas = diagram.canvas();
		ScenePainter.Viewport view = canvas.viewport();
		Rectangle shown = canvas.getClientArea();
		double left = outline.x(view.sceneX(0));
		double top = outline.y(view.sceneY(0));
		double scale = outline.zoom() / view.zoom();
		return new Rectangle((int) Math.round(left), (int) Math.round(top), (int) Math.round(shown.width * scale),
				(int) Math.round(shown.height * scale));
	}

	private void scheduleRedraw() {
		if (redrawPending || overview == null || overview.isDisposed()) {
			return;
		}
		redrawPending = true;
		overview.getDisplay().timerExec(REDRAW_DELAY_MS, () -> {
			redrawPending = false;
			if (!overview.isDisposed()) {
				overview.redraw();
			}
		});
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = overview.getClientArea();
		gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		ScenePainter.Viewport outline = overviewViewport();
		if (outline == null) {
			gc.setForeground(overview.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(diagram == null ? "Show a diagram page to see its overview." : "", MARGIN, MARGIN, true);
			return;
		}
		DiagramCanvas canvas = diagram.canvas();
		painter.paint(gc, diagram.scene(), canvas.getFrame(), outline, new HashSet<>(canvas.getSelection()), null);
		Rectangle visible = visibleArea();
		gc.setBackground(painter.color("#3182ce"));
		gc.setAlpha(40);
		gc.fillRectangle(visible);
		gc.setAlpha(255);
		gc.setForeground(painter.color("#3182ce"));
		gc.setLineWidth(2);
		gc.drawRectangle(visible);
	}

	private void scrollTo(Event event) {
		ScenePainter.Viewport outline = event.button <= 1 ? overviewViewport() : null;
		if (outline != null) {
			diagram.canvas().centerOn(outline.sceneX(event.x), outline.sceneY(event.y));
			overview.redraw();
		}
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
		// the overview selects nothing: selecting is done on the canvas
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// the overview selects nothing
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		// the overview selects nothing
	}
}
