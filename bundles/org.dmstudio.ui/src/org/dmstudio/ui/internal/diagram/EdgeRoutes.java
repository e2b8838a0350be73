package org.dmstudio.ui.internal.diagram;

import java.util.List;

import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.TextMetrics;

/**
 * Routes the edges of nodes being dragged, as the layout routes edges at pinned nodes (horizontal
 * first, at most two bends), so a drag looks like the re-layout that follows the drop.
 */
final class EdgeRoutes {

	private EdgeRoutes() {
	}

	static void reroute(SceneEdge edge) {
		edge.points().clear();
		edge.points().addAll(orthogonal(edge.source().bounds(), edge.target().bounds()));
		edge.setLabelBounds(labelAt(edge));
	}

	static List<Point> orthogonal(Rect source, Rect target) {
		if (target.x() >= source.right() || source.x() >= target.right()) {
			boolean forward = target.x() >= source.right();
			double sx = forward ? source.right() : source.x();
			double tx = forward ? target.x() : target.right();
			double sy = source.center().y();
			double ty = target.center().y();
			double mid = (sx + tx) / 2;
			return List.of(new Point(sx, sy), new Point(mid, sy), new Point(mid, ty), new Point(tx, ty));
		}
		boolean down = target.y() >= source.center().y();
		double sy = down ? source.bottom() : source.y();
		double ty = down ? target.y() : target.bottom();
		double sx = source.center().x();
		double tx = target.center().x();
		double mid = (sy + ty) / 2;
		return List.of(new Point(sx, sy), new Point(sx, mid), new Point(tx, mid), new Point(tx, ty));
	}

	private static Rect labelAt(SceneEdge edge) {
		if (edge.label() == null) {
			return null;
		}
		Point a = edge.points().get(0);
		Point b = edge.points().get(1);
		for (int i = 1; i < edge.points().size(); i++) {
			Point p = edge.points().get(i - 1);
			Point q = edge.points().get(i);
			if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
				a = p;
				b = q;
			}
		}
		double width = Math.ceil(TextMetrics.width(edge.label(), DiagramLayout.EDGE_LABEL_SIZE, false)) + 4;
		double height = TextMetrics.lineHeight(DiagramLayout.EDGE_LABEL_SIZE);
		return new Rect((a.x() + b.x()) / 2 - width / 2, (a.y() + b.y()) / 2 - height - 2, width, height);
	}
}
