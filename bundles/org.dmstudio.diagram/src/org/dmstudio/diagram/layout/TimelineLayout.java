package org.dmstudio.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.scene.TextMetrics;

/**
 * Swimlanes under a time axis, as GPU trace viewers draw them. Each top-level node is a lane, one
 * under the other; the items inside a lane that are {@link TimeSpan}s are placed on one time scale
 * fitted to the run, each mapping on its own track and overlapping items of a track on sub-rows.
 * Bars are as long as they lasted and keep their label only when it fits; marks are centred on
 * their instant, labelled when the track's first row has room and small otherwise. A top-level
 * {@link TimeSpan} (the step cursor) is a line across every lane, kept out of the time scale.
 */
final class TimelineLayout {

	static final double PLOT_WIDTH = 1600;
	private static final double MIN_HEADER = 150;
	private static final double AXIS_HEIGHT = 26;
	private static final double ROW_GAP = 3;
	private static final double MIN_BAR = 2;
	private static final double COMPACT_MARK = 12;
	private static final double MIN_TICK_SPACING = 110;
	private static final Style TICK = new Style(Style.Shape.RECTANGLE, "#f7fafc", "#a0aec0", "#4a5568", 0.5, Style.Dash.SOLID, false,
			false, Style.Arrow.NONE, 9);
	private static final Style AXIS = new Style(Style.Shape.RECTANGLE, "#edf2f7", "#cbd5e0", "#1a202c", 1, Style.Dash.SOLID, true,
			false, Style.Arrow.NONE, TextMetrics.DEFAULT_SIZE);

	/** A tick of the time axis: its semantic element. */
	public record Tick(long atNs) {
	}

	private TimelineLayout() {
	}

	static void layout(Scene scene, double spacing) {
		List<SceneNode> lanes = new ArrayList<>();
		List<SceneNode> overlays = new ArrayList<>();
		for (SceneNode node : scene.nodes()) {
			(node.semantic() instanceof TimeSpan && !node.isContainer() ? overlays : lanes).add(node);
		}
		long start = Long.MAX_VALUE, end = Long.MIN_VALUE;
		for (SceneNode node : scene.allNodes()) {
			if (node.semantic() instanceof TimeSpan span && !overlays.contains(node)) {
				start = Math.min(start, span.startNs());
				end = Math.max(end, span.endNs());
			}
		}
		boolean timed = start <= end;
		double header = MIN_HEADER;
		for (SceneNode lane : lanes) {
			header = Math.max(header, lane.textWidth() + 2 * SceneNode.PADDING_X);
		}
		Scale scale = timed ? new Scale(header + 40, start, Math.max(1, end - start)) : null;
		double width = header + (timed ? PLOT_WIDTH + 80 : 200);
		double y = 0;
		SceneNode axis = null;
		if (timed) {
			axis = axis(scale, start, end, width);
			y += AXIS_HEIGHT + Math.max(4, spacing / 8);
		}
		double lanesTop = y;
		for (SceneNode lane : lanes) {
			double top = y + SceneNode.PADDING_Y;
			Map<String, List<SceneNode>> tracks = new LinkedHashMap<>();
			for (SceneNode item : lane.children()) {
				tracks.computeIfAbsent(item.mapping(), k -> new ArrayList<>()).add(item);
			}
			for (List<SceneNode> track : tracks.values()) {
				top = placeTrack(track, scale, header, top) + ROW_GAP;
			}
			double height = Math.max(lane.preferredHeight(), top - y + SceneNode.PADDING_Y);
			lane.setBounds(new Rect(0, y, width, height));
			for (SceneNode item : lane.children()) {
				width = Math.max(width, item.bounds().right() + 10);
			}
			y += height + Math.max(4, spacing / 8);
		}
		for (SceneNode lane : lanes) {
			lane.setBounds(new Rect(0, lane.bounds().y(), width, lane.bounds().height()));
		}
		for (SceneNode overlay : overlays) {
			double x = axis == null ? header : ((TimeAxis) axis.semantic()).cursorX(((TimeSpan) overlay.semantic()).startNs());
			overlay.label().clear();
			overlay.badges().clear();
			overlay.setBounds(new Rect(x - 1, lanesTop - 2, 2, Math.max(4, y - lanesTop)));
			if (axis != null) {
				axis.addChild(cursorTick(overlay, axis));
			}
		}
		if (axis != null) {
			axis.setBounds(new Rect(0, 0, width, AXIS_HEIGHT));
			scene.nodes().add(0, axis);
		}
		scene.edges().clear();
	}

	/** Places a track's items on sub-rows so that none overlaps another; returns the track's bottom. */
	private static double placeTrack(List<SceneNode> track, Scale scale, double header, double top) {
		double rowHeight = 0;
		for (SceneNode item : track) {
			rowHeight = Math.max(rowHeight, item.preferredHeight());
		}
		List<SceneNode> ordered = new ArrayList<>(track);
		ordered.sort((a, b) -> Double.compare(left(a, scale, header), left(b, scale, header)));
		List<Double> rowEnds = new ArrayList<>();
		double cursor = header + 40;
		for (SceneNode item : ordered) {
			double x;
			double itemWidth;
			double itemHeight = rowHeight;
			if (item.semantic() instanceof TimeSpan span && scale != null) {
				if (span.instant()) {
					double at = scale.x(span.startNs());
					itemWidth = item.preferredWidth();
					if (!rowEnds.isEmpty() && rowEnds.get(0) > at - itemWidth / 2) {
						itemWidth = COMPACT_MARK;
						itemHeight = COMPACT_MARK;
						item.label().clear();
						item.badges().clear();
					}
					x = at - itemWidth / 2;
				} else {
					x = scale.x(span.startNs());
					itemWidth = Math.max(MIN_BAR, scale.x(span.endNs()) - x);
					if (item.textWidth() + 2 * 3 > itemWidth) {
						item.label().clear();
						item.badges().clear();
					}
				}
			} else {
				x = cursor;
				itemWidth = item.preferredWidth();
				cursor += itemWidth + 4;
			}
			int row = 0;
			while (row < rowEnds.size() && rowEnds.get(row) > x) {
				row++;
			}
			if (row == rowEnds.size()) {
				rowEnds.add(0.0);
			}
			rowEnds.set(row, x + itemWidth);
			item.setBounds(new Rect(x, top + row * (rowHeight + ROW_GAP) + (rowHeight - itemHeight) / 2, itemWidth, itemHeight));
		}
		return top + rowEnds.size() * (rowHeight + ROW_GAP) - ROW_GAP;
	}

	private static double left(SceneNode item, Scale scale, double header) {
		if (item.semantic() instanceof TimeSpan span && scale != null) {
			return span.instant() ? scale.x(span.startNs()) - item.preferredWidth() / 2 : scale.x(span.startNs());
		}
		return header;
	}

	private static SceneNode axis(Scale scale, long start, long end, double width) {
		SceneNode axis = new SceneNode("time-axis", "time-axis", "time-axis", new TimeAxis(start, end, scale.x(start), scale.pixelsPerNs()), AXIS);
		axis.label().add("time");
		axis.styleClasses().add("axis");
		long step = tickStep(scale);
		for (long t = (start + step - 1) / step * step; t <= end; t += step) {
			SceneNode tick = new SceneNode("tick:" + t, "tick:" + t, "tick", new Tick(t), TICK);
			tick.label().add(seconds(t, step));
			tick.styleClasses().add("tick");
			double tickWidth = tick.preferredWidth();
			tick.setBounds(new Rect(scale.x(t), 3, tickWidth, AXIS_HEIGHT - 6));
			axis.addChild(tick);
		}
		return axis;
	}

	/** The cursor's time under the axis, drawn in the cursor's colours. */
	private static SceneNode cursorTick(SceneNode cursor, SceneNode axis) {
		long at = ((TimeSpan) cursor.semantic()).startNs();
		Style style = new Style(Style.Shape.RECTANGLE, cursor.style().stroke(), cursor.style().stroke(), "#ffffff", 1, Style.Dash.SOLID,
				true, false, Style.Arrow.NONE, 9);
		SceneNode tick = new SceneNode("cursor-time", "cursor-time", "cursor-time", new Tick(at), style);
		tick.label().add(String.format(Locale.ROOT, "%.6f s", at / 1e9));
		tick.styleClasses().add("cursor-time");
		double tickWidth = tick.preferredWidth();
		tick.setBounds(new Rect(((TimeAxis) axis.semantic()).cursorX(at) - tickWidth / 2, 3, tickWidth, AXIS_HEIGHT - 6));
		for (SceneNode other : new ArrayList<>(axis.children())) {
			if (other.bounds().overlaps(tick.bounds())) {
				axis.removeChild(other);
			}
		}
		return tick;
	}

	/** A round tick interval (1, 2 or 5 times a power of ten ns) at least {@link #MIN_TICK_SPACING} pixels apart. */
	private static long tickStep(Scale scale) {
		double minNs = MIN_TICK_SPACING / scale.pixelsPerNs;
		long step = 1;
		while (step < minNs) {
			if (step * 2 >= minNs) {
				return step * 2;
			}
			if (step * 5 >= minNs) {
				return step * 5;
			}
			step *= 10;
		}
		return step;
	}

	private static String seconds(long ns, long step) {
		int decimals = Math.max(0, 9 - (int) Math.floor(Math.log10(step)));
		return String.format(Locale.ROOT, "%." + decimals + "f s", ns / 1e9);
	}

	/** Simulated time to x: the run fills {@link #PLOT_WIDTH} pixels. */
	private record Scale(double left, long originNs, double pixelsPerNs) {
		Scale(double left, long originNs, long spanNs) {
			this(left, originNs, PLOT_WIDTH / spanNs);
		}

		double x(long ns) {
			return left + (ns - originNs) * pixelsPerNs;
		}
	}
}
