package org.dmstudio.diagram.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.scene.LegendEntry;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;

/**
 * Plain text that pastes into a mailing-list reply. A tree (a resume chain, a devicetree) prints as
 * an indented tree along its edges; a graph prints its nodes indented by container, then its edges.
 * Positions are not needed.
 */
public final class TextPainter {

	private TextPainter() {
	}

	public static String paint(Scene scene) {
		StringBuilder out = new StringBuilder();
		out.append(scene.title()).append('\n');
		if (scene.subtitle() != null && !scene.subtitle().isEmpty()) {
			out.append(scene.subtitle()).append('\n');
		}
		out.append('\n');
		if (isTree(scene)) {
			tree(scene, out);
		} else {
			for (SceneNode node : scene.nodes()) {
				nested(node, 0, out);
			}
			if (!scene.edges().isEmpty()) {
				out.append("\nedges:\n");
				for (SceneEdge edge : scene.edges()) {
					out.append("  ").append(name(edge.source())).append(" -> ").append(name(edge.target()));
					List<String> notes = new ArrayList<>();
					if (edge.label() != null) {
						notes.add(edge.label());
					}
					notes.addAll(edge.styleClasses());
					if (!notes.isEmpty()) {
						out.append("  [").append(String.join(", ", notes)).append(']');
					}
					out.append('\n');
				}
			}
		}
		if (!scene.legend().isEmpty()) {
			out.append("\nlegend: ");
			List<String> entries = new ArrayList<>();
			for (LegendEntry entry : scene.legend()) {
				entries.add(entry.label());
			}
			out.append(String.join("; ", entries)).append('\n');
		}
		return out.toString();
	}

	/** True when every node has at most one incoming edge and there are no containers. */
	private static boolean isTree(Scene scene) {
		if (scene.edges().isEmpty() || scene.allNodes().stream().anyMatch(SceneNode::isContainer)) {
			return false;
		}
		Map<SceneNode, Integer> incoming = new IdentityHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			if (incoming.merge(edge.target(), 1, Integer::sum) > 1) {
				return false;
			}
		}
		return true;
	}

	private static void tree(Scene scene, StringBuilder out) {
		Map<SceneNode, List<SceneNode>> children = new IdentityHashMap<>();
		Map<SceneNode, SceneNode> parent = new IdentityHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			children.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
			parent.put(edge.target(), edge.source());
		}
		for (SceneNode node : scene.nodes()) {
			if (!parent.containsKey(node)) {
				treeNode(node, 0, children, out, new IdentityHashMap<>());
			}
		}
	}

	private static void treeNode(SceneNode node, int depth, Map<SceneNode, List<SceneNode>> children, StringBuilder out,
			Map<SceneNode, Boolean> seen) {
		if (seen.put(node, Boolean.TRUE) != null) {
			return;
		}
		out.append("  ".repeat(depth)).append(String.join("  ", node.lines())).append('\n');
		for (SceneNode child : children.getOrDefault(node, List.of())) {
			treeNode(child, depth + 1, children, out, seen);
		}
	}

	private static void nested(SceneNode node, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(node.isContainer() ? "+ " : "- ").append(String.join(" / ", node.lines())).append('\n');
		for (SceneNode child : node.children()) {
			nested(child, depth + 1, out);
		}
	}

	private static String name(SceneNode node) {
		return node.label().isEmpty() ? node.id() : node.label().get(0);
	}
}
