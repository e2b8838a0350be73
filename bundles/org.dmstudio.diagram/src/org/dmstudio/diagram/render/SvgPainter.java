package org.dmstudio.diagram.render;

import java.util.Locale;

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
 * Writes a scene as a standalone SVG document. Every node and edge is a {@code g} with the scene id,
 * the model element ({@code data-element}), the mapping and the style classes; tooltips are SVG
 * {@code title}s. Text length is pinned to {@link TextMetrics} so it fits whatever font renders it.
 * Every string from a model is escaped.
 */
public final class SvgPainter {

	private SvgPainter() {
	}

	public static String paint(Scene scene) {
		SceneFrame frame = SceneFrame.of(scene);
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(frame.width()))
				.append("\" height=\"").append(n(frame.height())).append("\" viewBox=\"0 0 ").append(n(frame.width())).append(' ')
				.append(n(frame.height())).append("\" font-family=\"").append(escape(TextMetrics.CSS_FONT_FAMILY)).append("\">\n");
		svg.append("<title>").append(escape(scene.title())).append("</title>\n");
		svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(n(frame.width())).append("\" height=\"")
				.append(n(frame.height())).append("\" fill=\"#ffffff\"/>\n");
		svg.append("<g class=\"title\">");
		text(svg, frame.title(), "#1a202c", null);
		if (frame.subtitle() != null) {
			text(svg, frame.subtitle(), "#4a5568", null);
		}
		svg.append("</g>\n");
		svg.append("<g class=\"diagram\" transform=\"translate(").append(n(frame.offsetX())).append(' ').append(n(frame.offsetY()))
				.append(")\">\n");
		for (SceneElement element : scene.paintOrder()) {
			if (element instanceof SceneNode node) {
				node(svg, node);
			} else {
				edge(svg, (SceneEdge) element);
			}
		}
		svg.append("</g>\n");
		legend(svg, frame);
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void node(StringBuilder svg, SceneNode node) {
		svg.append("<g class=\"").append(node.isContainer() ? "container" : "node");
		classes(svg, node);
		svg.append("\" id=\"").append(escape(node.id())).append("\" data-element=\"").append(escape(node.elementId()))
				.append("\" data-mapping=\"").append(escape(node.mapping())).append("\">");
		if (node.tooltip() != null) {
			svg.append("<title>").append(escape(node.tooltip())).append("</title>");
		}
		shape(svg, node.bounds(), node.style(), Geometry.radius(node), "shape");
		for (int i = 0; i < node.lines().size(); i++) {
			Point at = Geometry.textLine(node, i);
			text(svg, new SceneFrame.Text(node.lines().get(i), at.x(), at.y(), node.style().fontSize(), Geometry.bold(node, i)),
					node.style().textColor(), i >= node.label().size() ? "badge" : node.style().italic() ? "italic" : null);
		}
		svg.append("</g>\n");
	}

	private static void shape(StringBuilder svg, Rect r, Style style, double radius, String cssClass) {
		String paint = " fill=\"" + (style.fill() == null ? "none" : escape(style.fill())) + "\" stroke=\"" + escape(style.stroke())
				+ "\" stroke-width=\"" + n(style.strokeWidth()) + "\"" + dash(style);
		if (style.shape() == Style.Shape.ELLIPSE) {
			svg.append("<ellipse class=\"").append(cssClass).append("\" cx=\"").append(n(r.center().x())).append("\" cy=\"")
					.append(n(r.center().y())).append("\" rx=\"").append(n(r.width() / 2)).append("\" ry=\"").append(n(r.height() / 2))
					.append('"').append(paint).append("/>");
			return;
		}
		svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
				.append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
		if (radius > 0) {
			svg.append(" rx=\"").append(n(radius)).append('"');
		}
		svg.append(paint).append("/>");
		if (style.shape() == Style.Shape.NOTE) {
			svg.append("<path d=\"M").append(n(r.right() - 8)).append(' ').append(n(r.y())).append(" L").append(n(r.right() - 8))
					.append(' ').append(n(r.y() + 8)).append(" L").append(n(r.right())).append(' ').append(n(r.y() + 8))
					.append("\" fill=\"none\" stroke=\"").append(escape(style.stroke())).append("\"/>");
		}
	}

	private static void edge(StringBuilder svg, SceneEdge edge) {
		Style style = edge.style();
		svg.append("<g class=\"edge");
		classes(svg, edge);
		svg.append("\" id=\"").append(escape(edge.id())).append("\" data-element=\"").append(escape(edge.elementId()))
				.append("\" data-mapping=\"").append(escape(edge.mapping())).append("\" data-source=\"").append(escape(edge.source().id()))
				.append("\" data-target=\"").append(escape(edge.target().id())).append("\">");
		if (edge.tooltip() != null) {
			svg.append("<title>").append(escape(edge.tooltip())).append("</title>");
		}
		svg.append("<path class=\"route\" d=\"").append(path(edge)).append("\" fill=\"none\" stroke=\"").append(escape(style.stroke()))
				.append("\" stroke-width=\"").append(n(style.strokeWidth())).append('"').append(dash(style)).append("/>");
		Geometry.Head head = Geometry.head(edge);
		if (head != null) {
			svg.append(head.closed() ? "<polygon" : "<polyline").append(head.filled() ? " class=\"arrow filled\" points=\"" : " class=\"arrow\" points=\"");
			for (Point p : head.outline()) {
				svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
			}
			svg.setLength(svg.length() - 1);
			svg.append("\" fill=\"").append(head.filled() ? escape(style.stroke()) : head.closed() ? "#ffffff" : "none")
					.append("\" stroke=\"").append(escape(style.stroke())).append("\" stroke-width=\"").append(n(Math.max(1, style.strokeWidth() * 0.75)))
					.append("\"/>");
		}
		if (edge.label() != null && edge.labelBounds() != null) {
			Rect box = edge.labelBounds();
			text(svg, new SceneFrame.Text(edge.label(), box.x() + 2, box.y() + TextMetrics.ascent(DiagramLayout.EDGE_LABEL_SIZE) + 1,
					DiagramLayout.EDGE_LABEL_SIZE, false), style.textColor(), style.italic() ? "label italic" : "label");
		}
		svg.append("</g>\n");
	}

	static String path(SceneEdge edge) {
		StringBuilder d = new StringBuilder();
		for (Point p : edge.points()) {
			d.append(d.isEmpty() ? "M" : " L").append(n(p.x())).append(' ').append(n(p.y()));
		}
		return d.toString();
	}

	private static void legend(StringBuilder svg, SceneFrame frame) {
		svg.append("<g class=\"legend\">");
		Rect box = frame.legendBox();
		svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.width()))
				.append("\" height=\"").append(n(box.height())).append("\" fill=\"#fafafa\" stroke=\"#cbd5e0\"/>");
		text(svg, frame.legendTitle(), "#1a202c", null);
		for (SceneFrame.LegendSlot slot : frame.legend()) {
			LegendEntry entry = slot.entry();
			Rect sample = slot.sample();
			svg.append("<g class=\"legend-entry\">");
			if (entry.kind() == LegendEntry.Kind.NODE) {
				shape(svg, sample, entry.style(), entry.style().shape() == Style.Shape.ROUNDED ? 4
						: entry.style().shape() == Style.Shape.TOKEN ? sample.height() / 2 : 0, "sample");
			} else {
				double y = sample.center().y();
				svg.append("<path class=\"sample\" d=\"M").append(n(sample.x())).append(' ').append(n(y)).append(" L")
						.append(n(sample.right())).append(' ').append(n(y)).append("\" fill=\"none\" stroke=\"")
						.append(escape(entry.style().stroke())).append("\" stroke-width=\"").append(n(entry.style().strokeWidth()))
						.append('"').append(dash(entry.style())).append("/>");
			}
			text(svg, slot.label(), "#1a202c", entry.style().italic() && entry.kind() == LegendEntry.Kind.EDGE ? "italic" : null);
			svg.append("</g>");
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, SceneFrame.Text text, String color, String cssClass) {
		double width = TextMetrics.width(text.text(), text.size(), text.bold());
		svg.append("<text");
		if (cssClass != null) {
			svg.append(" class=\"").append(cssClass).append('"');
		}
		svg.append(" x=\"").append(n(text.x())).append("\" y=\"").append(n(text.baseline())).append("\" font-size=\"")
				.append(n(text.size())).append('"');
		if (text.bold()) {
			svg.append(" font-weight=\"bold\"");
		}
		if (cssClass != null && cssClass.contains("italic")) {
			svg.append(" font-style=\"italic\"");
		}
		if (width > 0) {
			svg.append(" textLength=\"").append(n(width)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
		}
		svg.append(" fill=\"").append(escape(color)).append("\">").append(escape(text.text())).append("</text>");
	}

	private static void classes(StringBuilder svg, SceneElement element) {
		svg.append(' ').append(escape(element.mapping()));
		for (String styleClass : element.styleClasses()) {
			svg.append(' ').append(escape(styleClass));
		}
	}

	private static String dash(Style style) {
		float[] pattern = style.dash().pattern(style.strokeWidth());
		if (pattern.length == 0) {
			return "";
		}
		return " stroke-dasharray=\"" + n(pattern[0]) + ' ' + n(pattern[1]) + '"';
	}

	static String n(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\n' -> out.append("&#10;");
			case '\t' -> out.append("&#9;");
			default -> {
				if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || Character.isSurrogate(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
