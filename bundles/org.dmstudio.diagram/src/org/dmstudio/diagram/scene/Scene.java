package org.dmstudio.diagram.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a painter draws: a title, nodes (containers hold their children), edges and a legend.
 * It knows nothing of SWT, SVG or AWT; painters render it and the workbench hit-tests it.
 */
public final class Scene {

	private final String title;
	private final String subtitle;
	private final List<SceneNode> nodes = new ArrayList<>();
	private final List<SceneEdge> edges = new ArrayList<>();
	private final List<LegendEntry> legend = new ArrayList<>();

	public Scene(String title, String subtitle) {
		this.title = title;
		this.subtitle = subtitle;
	}

	public String title() {
		return title;
	}

	/** The second title line: model, scenario and step; may be empty. */
	public String subtitle() {
		return subtitle;
	}

	/** The top-level nodes. */
	public List<SceneNode> nodes() {
		return nodes;
	}

	public List<SceneEdge> edges() {
		return edges;
	}

	public List<LegendEntry> legend() {
		return legend;
	}

	/** Every node, parents before their children, in document order. */
	public List<SceneNode> allNodes() {
		List<SceneNode> all = new ArrayList<>();
		for (SceneNode node : nodes) {
			collect(node, all);
		}
		return all;
	}

	private static void collect(SceneNode node, List<SceneNode> all) {
		all.add(node);
		for (SceneNode child : node.children()) {
			collect(child, all);
		}
	}

	/** The nodes drawn as plain boxes (not containers, or collapsed containers). */
	public List<SceneNode> leafNodes() {
		return allNodes().stream().filter(n -> !n.isContainer()).toList();
	}

	public SceneNode node(String id) {
		for (SceneNode node : allNodes()) {
			if (node.id().equals(id)) {
				return node;
			}
		}
		return null;
	}

	public Map<String, SceneNode> nodesById() {
		Map<String, SceneNode> byId = new LinkedHashMap<>();
		for (SceneNode node : allNodes()) {
			byId.put(node.id(), node);
		}
		return byId;
	}

	/**
	 * The drawing order, back to front: containers by depth, then edges, then leaf nodes. Painters and
	 * hit testing use it, so what is drawn on top is what a click finds.
	 */
	public List<SceneElement> paintOrder() {
		List<SceneElement> order = new ArrayList<>();
		allNodes().stream().filter(SceneNode::isContainer).sorted(Comparator.comparingInt(SceneNode::depth))
				.forEach(order::add);
		order.addAll(edges);
		allNodes().stream().filter(n -> !n.isContainer()).forEach(order::add);
		return order;
	}

	/** The top-most element at a point (diagram coordinates), edges within {@code tolerance}; null when none. */
	public SceneElement hit(double x, double y, double tolerance) {
		List<SceneElement> order = paintOrder();
		for (int i = order.size() - 1; i >= 0; i--) {
			SceneElement element = order.get(i);
			if (element instanceof SceneNode node && node.bounds().contains(x, y)) {
				return node;
			}
			if (element instanceof SceneEdge edge && edge.distanceTo(x, y) <= tolerance) {
				return edge;
			}
		}
		return null;
	}

	/** The box around every node, edge and edge label. */
	public Rect contentBounds() {
		Rect box = null;
		for (SceneNode node : allNodes()) {
			box = box == null ? node.bounds() : box.union(node.bounds());
		}
		for (SceneEdge edge : edges) {
			for (Point p : edge.points()) {
				Rect r = new Rect(p.x(), p.y(), 0, 0);
				box = box == null ? r : box.union(r);
			}
			if (edge.labelBounds() != null) {
				box = box == null ? edge.labelBounds() : box.union(edge.labelBounds());
			}
		}
		return box == null ? new Rect(0, 0, 0, 0) : box;
	}
}
