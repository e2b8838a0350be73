package org.dmstudio.diagram.layout;

import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneNode;

/**
 * Swimlanes: each top-level node is a lane, one under the other, as wide as the longest; the items
 * inside a lane are placed by time ({@link TimeSpan}) on a shared scale and their own sub-row.
 */
final class TimelineLayout {

	static final double PIXELS_PER_MS = 4;
	private static final double HEADER = 150;

	private TimelineLayout() {
	}

	static void layout(Scene scene, double spacing) {
		double end = 0;
		for (SceneNode lane : scene.nodes()) {
			for (SceneNode item : lane.children()) {
				if (item.semantic() instanceof TimeSpan span) {
					end = Math.max(end, span.endMs());
				}
			}
		}
		double width = HEADER + Math.max(200, end * PIXELS_PER_MS) + 20;
		double y = 0;
		for (SceneNode lane : scene.nodes()) {
			double labelWidth = lane.preferredWidth();
			width = Math.max(width, labelWidth + 20);
			double rowHeight = 0;
			for (SceneNode item : lane.children()) {
				rowHeight = Math.max(rowHeight, item.preferredHeight());
			}
			int rows = 0;
			double[] rowEnds = new double[Math.max(1, lane.children().size())];
			double top = y + 6;
			for (SceneNode item : lane.children()) {
				double startX = HEADER;
				double itemWidth = item.preferredWidth();
				if (item.semantic() instanceof TimeSpan span) {
					startX = HEADER + span.startMs() * PIXELS_PER_MS;
					itemWidth = Math.max(itemWidth, (span.endMs() - span.startMs()) * PIXELS_PER_MS);
				}
				int row = 0;
				while (row < rows && rowEnds[row] > startX) {
					row++;
				}
				rows = Math.max(rows, row + 1);
				rowEnds[row] = startX + itemWidth + 2;
				item.setBounds(new Rect(startX, top + row * (rowHeight + 4), itemWidth, rowHeight));
				width = Math.max(width, startX + itemWidth + 10);
			}
			double height = Math.max(lane.preferredHeight(), rows * (rowHeight + 4) + 8);
			lane.setBounds(new Rect(0, y, width, height));
			y += height + Math.max(4, spacing / 8);
		}
		for (SceneNode lane : scene.nodes()) {
			lane.setBounds(new Rect(0, lane.bounds().y(), width, lane.bounds().height()));
		}
		scene.edges().clear();
	}
}
