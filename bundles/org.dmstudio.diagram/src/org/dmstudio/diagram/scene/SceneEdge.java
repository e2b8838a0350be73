package org.dmstudio.diagram.scene;

import java.util.ArrayList;
import java.util.List;

/** A connection drawn as a polyline from its source node's border to its target node's border. */
public final class SceneEdge extends SceneElement {

	private final SceneNode source;
	private final SceneNode target;
	private final List<Point> points = new ArrayList<>();
	private String label;
	private Rect labelBounds;

	public SceneEdge(String id, String elementId, String mapping, Object semantic, Style style, SceneNode source,
			SceneNode target) {
		super(id, elementId, mapping, semantic, style);
		this.source = source;
		this.target = target;
	}

	public SceneNode source() {
		return source;
	}

	public SceneNode target() {
		return target;
	}

	/** Start point, bend points, end point; absolute. */
	public List<Point> points() {
		return points;
	}

	public String label() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	/** Where the layout put the label (top left, size from {@link TextMetrics}); null when there is none. */
	public Rect labelBounds() {
		return labelBounds;
	}

	public void setLabelBounds(Rect labelBounds) {
		this.labelBounds = labelBounds;
	}

	/** Distance from a point to the polyline, for hit testing. */
	public double distanceTo(double x, double y) {
		double best = Double.MAX_VALUE;
		for (int i = 1; i < points.size(); i++) {
			Point a = points.get(i - 1);
			Point b = points.get(i);
			double dx = b.x() - a.x();
			double dy = b.y() - a.y();
			double length = dx * dx + dy * dy;
			double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
			best = Math.min(best, Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy)));
		}
		return best;
	}

	@Override
	public String toString() {
		return id() + " " + points;
	}
}
