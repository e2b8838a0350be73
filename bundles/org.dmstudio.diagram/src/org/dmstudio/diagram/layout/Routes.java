package org.dmstudio.diagram.layout;

import java.util.List;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.TextMetrics;
import org.dmstudio.diagram.viewpoint.Direction;

/** Simple orthogonal routes between two boxes, for edges ELK did not route. */
final class Routes {

	private Routes() {
	}

	/**
	 * From the source's border to the target's border with at most two bends: along the layout
	 * direction when the boxes are apart that way, otherwise across.
	 */
	static List<Point> orthogonal(Rect source, Rect target, Direction direction) {
		boolean horizontal = direction == Direction.RIGHT || direction == Direction.LEFT;
		if (horizontal && (target.x() >= source.right() || source.x() >= target.right())) {
			boolean forward = target.x() >= source.right();
			double sx = forward ? source.right() : source.x();
			double tx = forward ? target.x() : target.right();
			double sy = source.center().y();
			double ty = target.center().y();
			double mid = (sx + tx) / 2;
			return sy == ty ? List.of(new Point(sx, sy), new Point(tx, ty))
					: List.of(new Point(sx, sy), new Point(mid, sy), new Point(mid, ty), new Point(tx, ty));
		}
		if (target.y() >= source.bottom() || source.y() >= target.bottom()) {
			boolean down = target.y() >= source.bottom();
			double sy = down ? source.bottom() : source.y();
			double ty = down ? target.y() : target.bottom();
			double sx = source.center().x();
			double tx = target.center().x();
			double mid = (sy + ty) / 2;
			return sx == tx ? List.of(new Point(sx, sy), new Point(tx, ty))
					: List.of(new Point(sx, sy), new Point(sx, mid), new Point(tx, mid), new Point(tx, ty));
		}
		boolean forward = target.center().x() >= source.center().x();
		double sx = forward ? source.right() : source.x();
		double tx = forward ? target.x() : target.right();
		return List.of(new Point(sx, source.center().y()), new Point(tx, target.center().y()));
	}

	/** A label box centred on the middle of the route's longest segment; null for no label. */
	static Rect labelAt(SceneEdge edge) {
		if (edge.label() == null || edge.points().size() < 2) {
			return null;
		}
		Point a = edge.points().get(0);
		Point b = edge.points().get(1);
		double best = -1;
		for (int i = 1; i < edge.points().size(); i++) {
			Point p = edge.points().get(i - 1);
			Point q = edge.points().get(i);
			double length = Math.hypot(q.x() - p.x(), q.y() - p.y());
			if (length > best) {
				best = length;
				a = p;
				b = q;
			}
		}
		double width = Math.ceil(TextMetrics.width(edge.label(), DiagramLayout.EDGE_LABEL_SIZE, false)) + 4;
		double height = TextMetrics.lineHeight(DiagramLayout.EDGE_LABEL_SIZE);
		return new Rect((a.x() + b.x()) / 2 - width / 2, (a.y() + b.y()) / 2 - height - 2, width, height);
	}
}
