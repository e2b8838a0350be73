package org.dmstudio.diagram.scene;

/** How a scene element is drawn. Colours are {@code #rrggbb}; {@code null} fill means none. */
public record Style(Shape shape, String fill, String stroke, String textColor, double strokeWidth, Dash dash, boolean bold,
		boolean italic, Arrow arrow, double fontSize) {

	public enum Shape {
		RECTANGLE, ROUNDED, ELLIPSE, TOKEN, NOTE
	}

	public enum Dash {
		SOLID, DASHED, DOTTED;

		/** The SVG/AWT dash pattern for a line of the given width; empty for solid. */
		public float[] pattern(double width) {
			return switch (this) {
			case SOLID -> new float[0];
			case DASHED -> new float[] { (float) (6 * Math.max(1, width)), (float) (4 * Math.max(1, width)) };
			case DOTTED -> new float[] { (float) Math.max(1.5, width), (float) (3 * Math.max(1, width)) };
			};
		}
	}

	public enum Arrow {
		NONE, TRIANGLE, OPEN, DIAMOND
	}

	public static final Style NODE = new Style(Shape.ROUNDED, "#ffffff", "#4a5568", "#1a202c", 1, Dash.SOLID, false, false,
			Arrow.NONE, TextMetrics.DEFAULT_SIZE);
	public static final Style EDGE = new Style(Shape.RECTANGLE, null, "#4a5568", "#4a5568", 1, Dash.SOLID, false, false,
			Arrow.TRIANGLE, 10);
}
