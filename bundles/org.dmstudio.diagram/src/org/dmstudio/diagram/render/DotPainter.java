package org.dmstudio.diagram.render;

import org.dmstudio.diagram.scene.LegendEntry;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;

/** Writes a scene as a Graphviz digraph: containers as clusters, styles as attributes, the legend as a cluster. */
public final class DotPainter {

	private DotPainter() {
	}

	public static String paint(Scene scene) {
		StringBuilder dot = new StringBuilder();
		dot.append("digraph ").append(quote(scene.title())).append(" {\n");
		dot.append("  graph [rankdir=LR, fontname=").append(quote("DejaVu Sans")).append(", labelloc=t, label=")
				.append(quote(scene.title() + (scene.subtitle().isEmpty() ? "" : "\n" + scene.subtitle()))).append("];\n");
		dot.append("  node [fontname=").append(quote("DejaVu Sans")).append(", fontsize=11];\n");
		dot.append("  edge [fontname=").append(quote("DejaVu Sans")).append(", fontsize=9];\n");
		int[] cluster = { 0 };
		for (SceneNode node : scene.nodes()) {
			node(dot, node, "  ", cluster);
		}
		for (SceneEdge edge : scene.edges()) {
			Style style = edge.style();
			dot.append("  ").append(quote(edge.source().id())).append(" -> ").append(quote(edge.target().id())).append(" [color=")
					.append(quote(style.stroke())).append(", penwidth=").append(SvgPainter.n(style.strokeWidth())).append(", style=")
					.append(dash(style)).append(", arrowhead=").append(arrow(style.arrow()));
			if (edge.label() != null) {
				dot.append(", label=").append(quote(edge.label()));
			}
			if (edge.tooltip() != null) {
				dot.append(", tooltip=").append(quote(edge.tooltip()));
			}
			dot.append("];\n");
		}
		if (!scene.legend().isEmpty()) {
			dot.append("  subgraph cluster_legend {\n    label=\"Legend\"; style=solid; color=\"#cbd5e0\";\n");
			int i = 0;
			for (LegendEntry entry : scene.legend()) {
				Style style = entry.style();
				if (entry.kind() == LegendEntry.Kind.NODE) {
					dot.append("    legend").append(i).append(" [label=").append(quote(entry.label())).append(", shape=")
							.append(shape(style)).append(", style=").append(quote("filled," + dash(style).replace("\"", "")))
							.append(", fillcolor=").append(quote(style.fill() == null ? "#ffffff" : style.fill())).append(", color=")
							.append(quote(style.stroke())).append("];\n");
				} else {
					dot.append("    legend").append(i).append("a [shape=point, width=0.05]; legend").append(i)
							.append("b [shape=plaintext, label=").append(quote(entry.label())).append("];\n    legend").append(i)
							.append("a -> legend").append(i).append("b [color=").append(quote(style.stroke())).append(", style=")
							.append(dash(style)).append(", arrowhead=").append(arrow(style.arrow())).append("];\n");
				}
				i++;
			}
			dot.append("  }\n");
		}
		dot.append("}\n");
		return dot.toString();
	}

	private static void node(StringBuilder dot, SceneNode node, String indent, int[] cluster) {
		Style style = node.style();
		if (node.isContainer()) {
			dot.append(indent).append("subgraph cluster_").append(cluster[0]++).append(" {\n");
			dot.append(indent).append("  label=").append(quote(String.join("\n", node.lines()))).append("; style=")
					.append(quote("filled," + dash(style).replace("\"", ""))).append("; fillcolor=")
					.append(quote(style.fill() == null ? "#ffffff" : style.fill())).append("; color=").append(quote(style.stroke()))
					.append(";\n");
			dot.append(indent).append("  ").append(quote(node.id())).append(" [shape=point, style=invis, label=\"\"];\n");
			for (SceneNode child : node.children()) {
				node(dot, child, indent + "  ", cluster);
			}
			dot.append(indent).append("}\n");
			return;
		}
		dot.append(indent).append(quote(node.id())).append(" [label=").append(quote(String.join("\n", node.lines()))).append(", shape=")
				.append(shape(style)).append(", style=").append(quote("filled," + dash(style).replace("\"", "")
						+ (style.shape() == Style.Shape.ROUNDED || style.shape() == Style.Shape.TOKEN ? ",rounded" : "")))
				.append(", fillcolor=").append(quote(style.fill() == null ? "#ffffff" : style.fill())).append(", color=")
				.append(quote(style.stroke())).append(", fontcolor=").append(quote(style.textColor())).append(", penwidth=")
				.append(SvgPainter.n(style.strokeWidth()));
		if (node.tooltip() != null) {
			dot.append(", tooltip=").append(quote(node.tooltip()));
		}
		dot.append("];\n");
	}

	private static String shape(Style style) {
		return switch (style.shape()) {
		case ELLIPSE -> "ellipse";
		case NOTE -> "note";
		default -> "box";
		};
	}

	private static String dash(Style style) {
		return switch (style.dash()) {
		case DASHED -> "dashed";
		case DOTTED -> "dotted";
		default -> "solid";
		};
	}

	private static String arrow(Style.Arrow arrow) {
		return switch (arrow) {
		case NONE -> "none";
		case OPEN -> "vee";
		case DIAMOND -> "odiamond";
		default -> "normal";
		};
	}

	/** A DOT double-quoted string: quotes and backslashes escaped, line feeds as \n. */
	static String quote(String text) {
		String value = text == null ? "" : text;
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
	}
}
