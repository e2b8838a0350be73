package org.dmstudio.diagram.scene;

/** An axis-aligned box in scene coordinates (y grows downwards). */
public record Rect(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= right() && py >= y && py <= bottom();
	}

	public boolean overlaps(Rect other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	public boolean contains(Rect other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	public Rect union(Rect other) {
		double left = Math.min(x, other.x);
		double top = Math.min(y, other.y);
		return new Rect(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}

	public Rect translate(double dx, double dy) {
		return new Rect(x + dx, y + dy, width, height);
	}

	public Point center() {
		return new Point(x + width / 2, y + height / 2);
	}
}
