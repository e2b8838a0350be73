package org.dmstudio.diagram.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;

/**
 * One row per node in scene order, indented by how deep the node is in the tree the edges form
 * (the first incoming edge is the parent). Edges run down the parent's left side and into the
 * child's left border, as an indented call tree reads.
 */
final class ListLayout {

	private static final double INDENT = 28;
	private static final double STEM = 12;

	private ListLayout() {
	}

	static void layout(Scene scene, double spacing) {
		Map<SceneNode, SceneNode> parentOf = new IdentityHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			parentOf.putIfAbsent(edge.target(), edge.source());
		}
		Map<SceneNode, Integer> depthOf = new IdentityHashMap<>();
		double y = 0;
		double rowGap = Math.max(6, spacing / 4);
		List<SceneNode> nodes = scene.leafNodes();
		for (SceneNode node : nodes) {
			SceneNode parent = parentOf.get(node);
			int depth = parent != null && depthOf.containsKey(parent) ? depthOf.get(parent) + 1 : 0;
			depthOf.put(node, depth);
			node.setBounds(new Rect(depth * INDENT, y, node.preferredWidth(), node.preferredHeight()));
			y += node.preferredHeight() + rowGap;
		}
		for (SceneEdge edge : scene.edges()) {
			Rect source = edge.source().bounds();
			Rect target = edge.target().bounds();
			edge.points().clear();
			if (target.y() > source.y() && target.x() > source.x() + STEM) {
				double stem = source.x() + STEM;
				edge.points().add(new Point(stem, source.bottom()));
				edge.points().add(new Point(stem, target.center().y()));
				edge.points().add(new Point(target.x(), target.center().y()));
			} else {
				edge.points().addAll(Routes.orthogonal(source, target, org.dmstudio.diagram.viewpoint.Direction.DOWN));
			}
			edge.setLabelBounds(null);
		}
	}
}
