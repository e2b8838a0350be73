package org.dmstudio.ui.internal.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;

/**
 * Gives a freshly styled scene the positions of the laid-out one, so a simulation step changes colours
 * and badges but moves nothing. A node whose badges need more room grows around its centre (a
 * container grows upwards, over its label) and the edges ending on it are stretched to its new border.
 */
final class Restyle {

	private static final double ON_BORDER = 0.5;
	private static final double CLEARANCE = 8;
	private static final double MAX_GROWTH_Y = 12;

	private Restyle() {
	}

	/**
	 * Copies bounds and routes by element id; false when the two scenes do not hold the same elements. With
	 * {@code placesToSpare} the laid-out scene may hold more: the places of tokens that are elsewhere at this step.
	 */
	static boolean takeGeometry(Scene styled, Scene laidOut, boolean placesToSpare) {
		Map<String, SceneNode> nodes = laidOut.nodesById();
		Map<String, SceneEdge> edges = new HashMap<>();
		laidOut.edges().forEach(edge -> edges.put(edge.id(), edge));
		List<SceneNode> styledNodes = styled.allNodes();
		if (!placesToSpare && (styledNodes.size() != nodes.size() || styled.edges().size() != edges.size())) {
			return false;
		}
		for (SceneNode node : styledNodes) {
			SceneNode source = nodes.get(node.id());
			if (source == null) {
				return false;
			}
			node.setBounds(source.bounds());
			node.setPinned(source.isPinned());
		}
		for (SceneEdge edge : styled.edges()) {
			SceneEdge source = edges.get(edge.id());
			if (source == null) {
				return false;
			}
			edge.points().clear();
			edge.points().addAll(source.points());
			edge.setLabelBounds(source.labelBounds());
		}
		List<SceneNode> deepestFirst = new ArrayList<>(styledNodes);
		deepestFirst.sort(Comparator.comparingInt(SceneNode::depth).reversed());
		for (SceneNode node : deepestFirst) {
			Rect grown = node.isContainer() ? containerRoom(node) : leafRoom(node, styledNodes);
			if (!grown.equals(node.bounds())) {
				stretchEdges(styled, node.bounds(), grown, node);
				node.setBounds(grown);
			}
		}
		return true;
	}

	private static Rect leafRoom(SceneNode node, List<SceneNode> all) {
		Rect r = node.bounds();
		double extraY = Math.max(0, node.preferredHeight() - r.height());
		double up = Math.min(extraY / 2, free(node, all, Side.UP));
		double down = Math.min(extraY - up, free(node, all, Side.DOWN));
		up = Math.min(extraY - down, free(node, all, Side.UP));
		Rect tall = new Rect(r.x(), r.y() - up, r.width(), r.height() + up + down);
		node.setBounds(tall);
		double extraX = Math.max(0, node.preferredWidth() - r.width());
		double left = Math.min(extraX / 2, free(node, all, Side.LEFT));
		double right = Math.min(extraX - left, free(node, all, Side.RIGHT));
		left = Math.min(extraX - right, free(node, all, Side.LEFT));
		node.setBounds(r);
		return new Rect(tall.x() - left, tall.y(), tall.width() + left + right, tall.height());
	}

	private enum Side {
		LEFT, RIGHT, UP, DOWN
	}

	/**
	 * How far a node can grow on one side: up to its container's border, or half the way to its
	 * neighbour (which may grow too), keeping the edges between them visible.
	 */
	private static double free(SceneNode node, List<SceneNode> all, Side side) {
		Rect r = node.bounds();
		double free = Double.MAX_VALUE;
		SceneNode parent = node.parent();
		if (parent != null) {
			Rect p = parent.bounds();
			free = switch (side) {
			case LEFT -> r.x() - p.x();
			case RIGHT -> p.right() - r.right();
			case UP -> r.y() - p.y() - parent.labelHeight() - SceneNode.PADDING_Y;
			case DOWN -> p.bottom() - r.bottom();
			};
		}
		for (SceneNode other : all) {
			if (other == node || isAncestor(other, node) || isAncestor(node, other)) {
				continue;
			}
			Rect o = other.bounds();
			boolean acrossY = o.y() < r.bottom() && r.y() < o.bottom();
			boolean acrossX = o.x() < r.right() && r.x() < o.right();
			double gap = switch (side) {
			case LEFT -> acrossY && o.right() <= r.x() + 0.5 ? r.x() - o.right() : Double.MAX_VALUE;
			case RIGHT -> acrossY && o.x() >= r.right() - 0.5 ? o.x() - r.right() : Double.MAX_VALUE;
			case UP -> acrossX && o.bottom() <= r.y() + 0.5 ? r.y() - o.bottom() : Double.MAX_VALUE;
			case DOWN -> acrossX && o.y() >= r.bottom() - 0.5 ? o.y() - r.bottom() : Double.MAX_VALUE;
			};
			free = Math.min(free, gap == Double.MAX_VALUE ? gap : gap / 2);
		}
		return Math.max(0, free - CLEARANCE);
	}

	private static boolean isAncestor(SceneNode ancestor, SceneNode node) {
		for (SceneNode up = node.parent(); up != null; up = up.parent()) {
			if (up == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static Rect containerRoom(SceneNode node) {
		Rect r = node.bounds();
		double top = r.bottom();
		for (SceneNode child : node.children()) {
			top = Math.min(top, child.bounds().y());
		}
		double needed = node.labelHeight() + 2 * SceneNode.PADDING_Y - (top - r.y());
		if (needed <= 0) {
			return r;
		}
		double grow = Math.min(Math.max(0, needed), MAX_GROWTH_Y);
		return new Rect(r.x(), r.y() - grow, r.width(), r.height() + grow);
	}

	private static void stretchEdges(Scene scene, Rect from, Rect to, SceneNode node) {
		for (SceneEdge edge : scene.edges()) {
			List<Point> points = edge.points();
			if (points.size() < 2) {
				continue;
			}
			if (edge.source() == node) {
				points.set(0, moveToBorder(points.get(0), from, to));
			}
			if (edge.target() == node) {
				points.set(points.size() - 1, moveToBorder(points.get(points.size() - 1), from, to));
			}
		}
	}

	/** Moves an end point on a border of {@code from} to the same border of {@code to}, along the edge's last segment. */
	private static Point moveToBorder(Point p, Rect from, Rect to) {
		double x = p.x();
		double y = p.y();
		if (Math.abs(x - from.x()) < ON_BORDER) {
			x = to.x();
		} else if (Math.abs(x - from.right()) < ON_BORDER) {
			x = to.right();
		} else if (Math.abs(y - from.y()) < ON_BORDER) {
			y = to.y();
		} else if (Math.abs(y - from.bottom()) < ON_BORDER) {
			y = to.bottom();
		}
		return new Point(x, y);
	}
}
