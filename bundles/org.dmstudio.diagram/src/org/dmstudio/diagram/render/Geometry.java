package org.dmstudio.diagram.render;

import java.util.List;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.scene.TextMetrics;

/** Geometry every painter shares, so that SVG, PNG and the workbench draw the same picture. */
public final class Geometry {

	public static final double ARROW_LENGTH = 9;
	public static final double ARROW_HALF_WIDTH = 4.5;

	private Geometry() {
	}

	/** An arrowhead at the end of an edge: its outline, and whether it is filled. */
	public record Head(List<Point> outline, boolean closed, boolean filled) {
	}

	public static Head head(SceneEdge edge) {
		List<Point> points = edge.points();
		Style.Arrow arrow = edge.style().arrow();
		if (arrow == Style.Arrow.NONE || points.size() < 2) {
			return null;
		}
		Point tip = points.get(points.size() - 1);
		Point from = points.get(points.size() - 2);
		double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
		if (length == 0) {
			return null;
		}
		double ux = (tip.x() - from.x()) / length;
		double uy = (tip.y() - from.y()) / length;
		double size = ARROW_LENGTH + edge.style().strokeWidth();
		double half = ARROW_HALF_WIDTH + edge.style().strokeWidth() / 2;
		Point base = new Point(tip.x() - ux * size, tip.y() - uy * size);
		Point left = new Point(base.x() - uy * half, base.y() + ux * half);
		Point right = new Point(base.x() + uy * half, base.y() - ux * half);
		return switch (arrow) {
		case OPEN -> new Head(List.of(left, tip, right), false, false);
		case DIAMOND -> {
			Point back = new Point(tip.x() - ux * 2 * size, tip.y() - uy * 2 * size);
			yield new Head(List.of(tip, left, back, right), true, false);
		}
		default -> new Head(List.of(tip, left, right), true, true);
		};
	}

	/** The baseline of line {@code index} of a node's text: centred in a node, top left in a container. */
	public static Point textLine(SceneNode node, int index) {
		double size = node.style().fontSize();
		double lineHeight = TextMetrics.lineHeight(size);
		if (node.isContainer()) {
			return new Point(node.bounds().x() + SceneNode.PADDING_X,
					node.bounds().y() + SceneNode.PADDING_Y + index * lineHeight + TextMetrics.ascent(size));
		}
		double top = node.bounds().center().y() - node.labelHeight() / 2;
		double width = TextMetrics.width(node.lines().get(index), size, node.style().bold() && index < node.label().size());
		return new Point(node.bounds().center().x() - width / 2, top + index * lineHeight + (lineHeight - TextMetrics.ascent(size)
				- TextMetrics.descent(size)) / 2 + TextMetrics.ascent(size));
	}

	/** Whether line {@code index} is drawn bold: label lines follow the style, badges never. */
	public static boolean bold(SceneNode node, int index) {
		return node.style().bold() && index < node.label().size();
	}

	/** The corner radius of a node shape. */
	public static double radius(SceneNode node) {
		return switch (node.style().shape()) {
		case ROUNDED -> 6;
		case TOKEN -> node.bounds().height() / 2;
		default -> 0;
		};
	}
}
