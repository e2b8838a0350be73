package org.dmstudio.diagram.scene;

/** One line of a legend: a sample drawn in a style, and what it means. */
public record LegendEntry(Kind kind, Style style, String label) {

	public enum Kind {
		NODE, EDGE
	}
}
