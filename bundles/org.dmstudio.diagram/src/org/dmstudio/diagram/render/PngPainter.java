package org.dmstudio.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.dmstudio.diagram.layout.DiagramLayout;
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

/**
 * Renders a scene with java.awt, headless. The image is the frame's size times the scale. Each
 * text is squeezed to the width {@link TextMetrics} gives, so it fits its box whichever font AWT
 * finds for DejaVu Sans.
 */
public final class PngPainter {

	private PngPainter() {
	}

	/** The image size for a scene at a scale: what {@link #paint} produces. */
	public static java.awt.Dimension size(Scene scene, double scale) {
		SceneFrame frame = SceneFrame.of(scene);
		return new java.awt.Dimension((int) Math.ceil(frame.width() * scale), (int) Math.ceil(frame.height() * scale));
	}

	public static BufferedImage paint(Scene scene, double scale) {
		SceneFrame frame = SceneFrame.of(scene);
		java.awt.Dimension size = size(scene, scale);
		BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.scale(scale, scale);
			g.setColor(Color.WHITE);
			g.fill(new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
			text(g, frame.title(), "#1a202c", false);
			if (frame.subtitle() != null) {
				text(g, frame.subtitle(), "#4a5568", false);
			}
			AffineTransform saved = g.getTransform();
			g.translate(frame.offsetX(), frame.offsetY());
			for (SceneElement element : scene.paintOrder()) {
				if (element instanceof SceneNode node) {
					node(g, node);
				} else {
					edge(g, (SceneEdge) element);
				}
			}
			g.setTransform(saved);
			legend(g, frame);
		} finally {
			g.dispose();
		}
		return image;
	}

	public static byte[] png(Scene scene, double scale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(paint(scene, scale), "png", bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void node(Graphics2D g, SceneNode node) {
		Style style = node.style();
		Shape shape = shape(node.bounds(), style, Geometry.radius(node));
		if (style.fill() != null) {
			g.setColor(color(style.fill()));
			g.fill(shape);
		}
		g.setColor(color(style.stroke()));
		g.setStroke(stroke(style));
		g.draw(shape);
		for (int i = 0; i < node.lines().size(); i++) {
			Point at = Geometry.textLine(node, i);
			text(g, new SceneFrame.Text(node.lines().get(i), at.x(), at.y(), style.fontSize(), Geometry.bold(node, i)), style.textColor(),
					style.italic() && i < node.label().size());
		}
	}

	private static Shape shape(Rect r, Style style, double radius) {
		if (style.shape() == Style.Shape.ELLIPSE) {
			return new Ellipse2D.Double(r.x(), r.y(), r.width(), r.height());
		}
		if (radius > 0) {
			return new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
		}
		return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
	}

	private static void edge(Graphics2D g, SceneEdge edge) {
		Style style = edge.style();
		g.setColor(color(style.stroke()));
		g.setStroke(stroke(style));
		g.draw(polyline(edge.points(), false));
		Geometry.Head head = Geometry.head(edge);
		if (head != null) {
			g.setStroke(new BasicStroke((float) Math.max(1, style.strokeWidth() * 0.75)));
			Path2D outline = polyline(head.outline(), head.closed());
			if (head.closed()) {
				g.setColor(head.filled() ? color(style.stroke()) : Color.WHITE);
				g.fill(outline);
				g.setColor(color(style.stroke()));
			}
			g.draw(outline);
		}
		if (edge.label() != null && edge.labelBounds() != null) {
			Rect box = edge.labelBounds();
			text(g, new SceneFrame.Text(edge.label(), box.x() + 2, box.y() + TextMetrics.ascent(DiagramLayout.EDGE_LABEL_SIZE) + 1,
					DiagramLayout.EDGE_LABEL_SIZE, false), style.textColor(), style.italic());
		}
	}

	private static Path2D polyline(List<Point> points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo(points.get(i).x(), points.get(i).y());
			} else {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static void legend(Graphics2D g, SceneFrame frame) {
		Rect box = frame.legendBox();
		g.setColor(color("#fafafa"));
		g.fill(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
		g.setColor(color("#cbd5e0"));
		g.setStroke(new BasicStroke(1));
		g.draw(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
		text(g, frame.legendTitle(), "#1a202c", false);
		for (SceneFrame.LegendSlot slot : frame.legend()) {
			LegendEntry entry = slot.entry();
			Rect sample = slot.sample();
			Style style = entry.style();
			if (entry.kind() == LegendEntry.Kind.NODE) {
				Shape shape = shape(sample, style, style.shape() == Style.Shape.ROUNDED ? 4
						: style.shape() == Style.Shape.TOKEN ? sample.height() / 2 : 0);
				if (style.fill() != null) {
					g.setColor(color(style.fill()));
					g.fill(shape);
				}
				g.setColor(color(style.stroke()));
				g.setStroke(stroke(style));
				g.draw(shape);
			} else {
				g.setColor(color(style.stroke()));
				g.setStroke(stroke(style));
				g.draw(new Line2D.Double(sample.x(), sample.center().y(), sample.right(), sample.center().y()));
			}
			text(g, slot.label(), "#1a202c", entry.kind() == LegendEntry.Kind.EDGE && style.italic());
		}
	}

	private static void text(Graphics2D g, SceneFrame.Text text, String color, boolean italic) {
		if (text.text().isEmpty()) {
			return;
		}
		Font font = new Font(TextMetrics.FONT_FAMILY, (text.bold() ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), 1)
				.deriveFont((float) text.size());
		FontRenderContext context = g.getFontRenderContext();
		double actual = font.getStringBounds(text.text(), context).getWidth();
		double wanted = TextMetrics.width(text.text(), text.size(), text.bold());
		if (actual > 0 && Math.abs(actual - wanted) > 0.5) {
			font = font.deriveFont(AffineTransform.getScaleInstance(wanted / actual, 1));
		}
		g.setFont(font);
		g.setColor(color(color));
		g.drawString(text.text(), (float) text.x(), (float) text.baseline());
	}

	private static BasicStroke stroke(Style style) {
		float width = (float) style.strokeWidth();
		float[] dash = style.dash().pattern(style.strokeWidth());
		return dash.length == 0 ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0);
	}

	private static Color color(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return Color.BLACK;
		}
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}
}
