package org.dmstudio.ui.internal.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.render.Geometry;
import org.dmstudio.diagram.scene.LegendEntry;
import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneFrame;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.scene.TextMetrics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Paints a scene with SWT the way the SVG and PNG painters do (same geometry, same text metrics):
 * title, containers, edges with their arrowheads and labels, leaf nodes, legend, back to front.
 * Coordinates go through a {@link Viewport}; text is drawn in the nearest font size and scaled to the
 * width {@link TextMetrics} gives, so labels fit the boxes the layout made for them at every zoom.
 */
public final class ScenePainter {

	/** Maps frame coordinates (title at the top left, scene shifted by the frame's offset) to the device. */
	public record Viewport(double zoom, double originX, double originY, double offsetX, double offsetY) {

		public double x(double sceneX) {
			return (sceneX + offsetX) * zoom - originX;
		}

		public double y(double sceneY) {
			return (sceneY + offsetY) * zoom - originY;
		}

		public double sceneX(double deviceX) {
			return (deviceX + originX) / zoom - offsetX;
		}

		public double sceneY(double deviceY) {
			return (deviceY + originY) / zoom - offsetY;
		}

		Viewport frameOnly() {
			return new Viewport(zoom, originX, originY, 0, 0);
		}
	}

	private static final String SELECTION = "#3182ce";
	private static final double MIN_TEXT_PIXELS = 3.5;
	private static final int MAX_CACHED_WIDTHS = 50_000;

	private final Display display;
	private final Map<String, Color> colors = new HashMap<>();
	private final Map<Integer, Font> fonts = new HashMap<>();
	private final Map<Integer, Integer> ascents = new HashMap<>();
	private final Map<String, Integer> widths = new HashMap<>();
	private Transform transform;

	public ScenePainter(Display display) {
		this.display = display;
	}

	/** Paints the whole frame of the scene; {@code clip} (device pixels) limits what is drawn, null for all. */
	public void paint(GC gc, Scene scene, SceneFrame frame, Viewport view, Set<SceneElement> selected, Rectangle clip) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (transform == null) {
			transform = new Transform(display);
		}
		Viewport page = view.frameOnly();
		text(gc, page, frame.title(), "#1a202c", false);
		if (frame.subtitle() != null) {
			text(gc, page, frame.subtitle(), "#4a5568", false);
		}
		for (SceneElement element : scene.paintOrder()) {
			if (element instanceof SceneNode node) {
				if (visible(view, node.bounds(), clip)) {
					node(gc, view, node, selected.contains(node));
				}
			} else {
				edge(gc, view, (SceneEdge) element, selected.contains(element));
			}
		}
		legend(gc, page, frame);
		gc.setTransform(null);
	}

	private static boolean visible(Viewport view, Rect r, Rectangle clip) {
		if (clip == null) {
			return true;
		}
		double x = view.x(r.x()) - 4;
		double y = view.y(r.y()) - 4;
		return x < clip.x + clip.width && y < clip.y + clip.height && x + r.width() * view.zoom() + 8 > clip.x
				&& y + r.height() * view.zoom() + 8 > clip.y;
	}

	private void node(GC gc, Viewport view, SceneNode node, boolean selected) {
		Style style = node.style();
		Rect r = node.bounds();
		int x = (int) Math.round(view.x(r.x()));
		int y = (int) Math.round(view.y(r.y()));
		int w = (int) Math.round(r.width() * view.zoom());
		int h = (int) Math.round(r.height() * view.zoom());
		int arc = (int) Math.round(2 * Geometry.radius(node) * view.zoom());
		if (style.fill() != null) {
			gc.setBackground(color(style.fill()));
			shape(gc, style.shape(), x, y, w, h, arc, true);
		}
		gc.setForeground(color(style.stroke()));
		gc.setLineAttributes(line(style.strokeWidth(), style.dash(), view.zoom()));
		shape(gc, style.shape(), x, y, w, h, arc, false);
		double fit = node.isContainer() ? 1 : textFit(node);
		for (int i = 0; i < node.lines().size(); i++) {
			Point at = fit < 1 ? shrunkLine(node, i, fit) : Geometry.textLine(node, i);
			text(gc, view, new SceneFrame.Text(node.lines().get(i), at.x(), at.y(), style.fontSize() * fit, Geometry.bold(node, i)),
					style.textColor(), style.italic() && i < node.label().size());
		}
		if (selected) {
			gc.setForeground(color(SELECTION));
			gc.setLineAttributes(new LineAttributes(2));
			gc.drawRectangle(x - 3, y - 3, w + 6, h + 6);
			gc.setBackground(color(SELECTION));
			for (int[] corner : new int[][] { { x, y }, { x + w, y }, { x, y + h }, { x + w, y + h } }) {
				gc.fillRectangle(corner[0] - 6, corner[1] - 6, 6, 6);
			}
		}
	}

	/** How much a leaf's text must shrink to fit its box (badges added by a simulation step may not); 1 when it fits. */
	private static double textFit(SceneNode node) {
		Rect r = node.bounds();
		double width = node.textWidth();
		double height = node.labelHeight();
		double fit = 1;
		if (width > r.width() - 2 * SceneNode.PADDING_X + 0.5) {
			fit = (r.width() - 2 * SceneNode.PADDING_X) / width;
		}
		if (height > r.height() - SceneNode.PADDING_Y + 0.5) {
			fit = Math.min(fit, (r.height() - SceneNode.PADDING_Y) / height);
		}
		return Math.max(0.3, fit);
	}

	/** The baseline of a line of a leaf's text shrunk by {@code fit}, centred as {@link Geometry#textLine} centres it. */
	private static Point shrunkLine(SceneNode node, int index, double fit) {
		double size = node.style().fontSize() * fit;
		double lineHeight = TextMetrics.lineHeight(node.style().fontSize()) * fit;
		double top = node.bounds().center().y() - node.lines().size() * lineHeight / 2;
		double width = TextMetrics.width(node.lines().get(index), size, Geometry.bold(node, index));
		return new Point(node.bounds().center().x() - width / 2,
				top + index * lineHeight + (lineHeight - TextMetrics.ascent(size) - TextMetrics.descent(size)) / 2 + TextMetrics.ascent(size));
	}

	private static void shape(GC gc, Style.Shape shape, int x, int y, int w, int h, int arc, boolean fill) {
		if (shape == Style.Shape.ELLIPSE) {
			if (fill) {
				gc.fillOval(x, y, w, h);
			} else {
				gc.drawOval(x, y, w, h);
			}
		} else if (arc > 0) {
			if (fill) {
				gc.fillRoundRectangle(x, y, w, h, arc, arc);
			} else {
				gc.drawRoundRectangle(x, y, w, h, arc, arc);
			}
		} else if (fill) {
			gc.fillRectangle(x, y, w, h);
		} else {
			gc.drawRectangle(x, y, w, h);
		}
	}

	private void edge(GC gc, Viewport view, SceneEdge edge, boolean selected) {
		Style style = edge.style();
		if (edge.points().size() < 2) {
			return;
		}
		if (selected) {
			gc.setForeground(color(SELECTION));
			gc.setAlpha(110);
			gc.setLineAttributes(new LineAttributes((float) Math.max(5, (style.strokeWidth() + 4) * view.zoom())));
			gc.drawPolyline(polyline(view, edge.points()));
			gc.setAlpha(255);
		}
		gc.setForeground(color(style.stroke()));
		gc.setLineAttributes(line(style.strokeWidth(), style.dash(), view.zoom()));
		gc.drawPolyline(polyline(view, edge.points()));
		Geometry.Head head = Geometry.head(edge);
		if (head != null) {
			gc.setLineAttributes(new LineAttributes((float) (Math.max(1, style.strokeWidth() * 0.75) * view.zoom())));
			int[] outline = polyline(view, head.outline());
			if (head.closed()) {
				gc.setBackground(head.filled() ? color(style.stroke()) : color("#ffffff"));
				gc.fillPolygon(outline);
				gc.drawPolygon(outline);
			} else {
				gc.drawPolyline(outline);
			}
		}
		if (edge.label() != null && edge.labelBounds() != null) {
			Rect box = edge.labelBounds();
			text(gc, view, new SceneFrame.Text(edge.label(), box.x() + 2, box.y() + TextMetrics.ascent(DiagramLayout.EDGE_LABEL_SIZE) + 1,
					DiagramLayout.EDGE_LABEL_SIZE, false), style.textColor(), style.italic());
		}
	}

	private static int[] polyline(Viewport view, List<Point> points) {
		int[] xy = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			xy[2 * i] = (int) Math.round(view.x(points.get(i).x()));
			xy[2 * i + 1] = (int) Math.round(view.y(points.get(i).y()));
		}
		return xy;
	}

	private static LineAttributes line(double width, Style.Dash dash, double zoom) {
		float scaled = (float) Math.max(0.5, width * zoom);
		float[] pattern = dash.pattern(width);
		if (pattern.length == 0) {
			return new LineAttributes(scaled, SWT.CAP_FLAT, SWT.JOIN_MITER);
		}
		float[] dashes = new float[pattern.length];
		for (int i = 0; i < pattern.length; i++) {
			dashes[i] = (float) (pattern[i] * zoom);
		}
		return new LineAttributes(scaled, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_CUSTOM, dashes, 0, 10);
	}

	private void legend(GC gc, Viewport page, SceneFrame frame) {
		Rect box = frame.legendBox();
		int x = (int) Math.round(page.x(box.x()));
		int y = (int) Math.round(page.y(box.y()));
		int w = (int) Math.round(box.width() * page.zoom());
		int h = (int) Math.round(box.height() * page.zoom());
		gc.setBackground(color("#fafafa"));
		gc.fillRectangle(x, y, w, h);
		gc.setForeground(color("#cbd5e0"));
		gc.setLineAttributes(new LineAttributes(1));
		gc.drawRectangle(x, y, w, h);
		text(gc, page, frame.legendTitle(), "#1a202c", false);
		for (SceneFrame.LegendSlot slot : frame.legend()) {
			LegendEntry entry = slot.entry();
			Rect sample = slot.sample();
			Style style = entry.style();
			int sx = (int) Math.round(page.x(sample.x()));
			int sy = (int) Math.round(page.y(sample.y()));
			int sw = (int) Math.round(sample.width() * page.zoom());
			int sh = (int) Math.round(sample.height() * page.zoom());
			if (entry.kind() == LegendEntry.Kind.NODE) {
				int arc = (int) Math.round(page.zoom()
						* (style.shape() == Style.Shape.ROUNDED ? 8 : style.shape() == Style.Shape.TOKEN ? sample.height() : 0));
				if (style.fill() != null) {
					gc.setBackground(color(style.fill()));
					shape(gc, style.shape(), sx, sy, sw, sh, arc, true);
				}
				gc.setForeground(color(style.stroke()));
				gc.setLineAttributes(line(style.strokeWidth(), style.dash(), page.zoom()));
				shape(gc, style.shape(), sx, sy, sw, sh, arc, false);
			} else {
				gc.setForeground(color(style.stroke()));
				gc.setLineAttributes(line(style.strokeWidth(), style.dash(), page.zoom()));
				gc.drawLine(sx, sy + sh / 2, sx + sw, sy + sh / 2);
			}
			text(gc, page, slot.label(), "#1a202c", entry.kind() == LegendEntry.Kind.EDGE && style.italic());
		}
	}

	private void text(GC gc, Viewport view, SceneFrame.Text text, String color, boolean italic) {
		String value = text.text();
		double pixels = text.size() * view.zoom();
		if (value.isBlank() || pixels < MIN_TEXT_PIXELS) {
			return;
		}
		int points = Math.max(1, (int) Math.round(pixels * 0.75));
		int key = points << 2 | (text.bold() ? 1 : 0) | (italic ? 2 : 0);
		gc.setFont(font(key));
		if (widths.size() > MAX_CACHED_WIDTHS) {
			widths.clear();
		}
		int actual = widths.computeIfAbsent(key + "|" + value, k -> gc.textExtent(value, SWT.DRAW_TRANSPARENT).x);
		if (actual <= 0) {
			return;
		}
		float scale = (float) (TextMetrics.width(value, text.size(), text.bold()) * view.zoom() / actual);
		int ascent = ascents.computeIfAbsent(key, k -> gc.getFontMetrics().getAscent());
		transform.identity();
		transform.translate((float) view.x(text.x()), (float) view.y(text.baseline()));
		transform.scale(scale, scale);
		gc.setTransform(transform);
		gc.setForeground(color(color));
		gc.drawText(value, 0, -ascent, SWT.DRAW_TRANSPARENT);
		gc.setTransform(null);
	}

	private Font font(int key) {
		return fonts.computeIfAbsent(key, k -> new Font(display, TextMetrics.FONT_FAMILY, k >> 2,
				((k & 1) != 0 ? SWT.BOLD : SWT.NORMAL) | ((k & 2) != 0 ? SWT.ITALIC : SWT.NORMAL)));
	}

	/** The colour of a {@code #rrggbb} value, kept until {@link #dispose()}. */
	public Color color(String hex) {
		return colors.computeIfAbsent(hex == null ? "" : hex, value -> {
			if (!value.matches("#[0-9a-fA-F]{6}")) {
				return display.getSystemColor(SWT.COLOR_BLACK);
			}
			int rgb = Integer.parseInt(value.substring(1), 16);
			return new Color(display, new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
		});
	}

	public void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
		if (transform != null) {
			transform.dispose();
			transform = null;
		}
	}
}
