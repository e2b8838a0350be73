package org.dmstudio.diagram.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the title, the diagram and the legend go on the page, computed once so that every painter
 * frames a scene the same way: title on top, diagram below, legend under the diagram.
 */
public record SceneFrame(double width, double height, double offsetX, double offsetY, Text title, Text subtitle,
		Rect legendBox, List<LegendSlot> legend) {

	public static final double MARGIN = 16;
	public static final double TITLE_SIZE = 16;
	public static final double SUBTITLE_SIZE = 11;
	public static final double LEGEND_SIZE = 10;
	private static final double SAMPLE_WIDTH = 36;
	private static final double SLOT_GAP = 18;

	/** A line of text: left x, baseline y, size and weight. */
	public record Text(String text, double x, double baseline, double size, boolean bold) {
	}

	/** A legend entry placed: the sample box and the label's baseline. */
	public record LegendSlot(LegendEntry entry, Rect sample, Text label) {
	}

	public static SceneFrame of(Scene scene) {
		Rect content = scene.contentBounds();
		double y = MARGIN;
		Text title = new Text(scene.title(), MARGIN, y + TextMetrics.ascent(TITLE_SIZE), TITLE_SIZE, true);
		y += TextMetrics.lineHeight(TITLE_SIZE);
		Text subtitle = null;
		if (scene.subtitle() != null && !scene.subtitle().isEmpty()) {
			subtitle = new Text(scene.subtitle(), MARGIN, y + TextMetrics.ascent(SUBTITLE_SIZE), SUBTITLE_SIZE, false);
			y += TextMetrics.lineHeight(SUBTITLE_SIZE);
		}
		y += MARGIN / 2;
		double offsetX = MARGIN - content.x();
		double offsetY = y - content.y();
		y += content.height() + MARGIN;
		double width = Math.max(content.width(), TextMetrics.width(scene.title(), TITLE_SIZE, true));
		if (subtitle != null) {
			width = Math.max(width, TextMetrics.width(scene.subtitle(), SUBTITLE_SIZE, false));
		}
		width = Math.max(width, TextMetrics.width("Legend", LEGEND_SIZE, true) + 8);

		double line = TextMetrics.lineHeight(LEGEND_SIZE) + 4;
		double maxRow = Math.max(width, 480);
		List<LegendSlot> slots = new ArrayList<>();
		double legendTop = y;
		double x = MARGIN + 8;
		double rowY = legendTop + 6 + line;
		double right = x;
		for (LegendEntry entry : scene.legend()) {
			double slotWidth = SAMPLE_WIDTH + 6 + TextMetrics.width(entry.label(), LEGEND_SIZE, false);
			if (x > MARGIN + 8 && x + slotWidth > MARGIN + maxRow) {
				x = MARGIN + 8;
				rowY += line;
			}
			Rect sample = new Rect(x, rowY + 2, SAMPLE_WIDTH, line - 6);
			Text label = new Text(entry.label(), x + SAMPLE_WIDTH + 6, rowY + (line - 4) / 2 + TextMetrics.ascent(LEGEND_SIZE) / 2 + 1,
					LEGEND_SIZE, false);
			slots.add(new LegendSlot(entry, sample, label));
			x += slotWidth + SLOT_GAP;
			right = Math.max(right, x - SLOT_GAP);
		}
		Rect legendBox = new Rect(MARGIN, legendTop, Math.max(right - MARGIN + 8, TextMetrics.width("Legend", LEGEND_SIZE, true) + 16),
				rowY + line + 4 - legendTop);
		width = Math.max(width, legendBox.width());
		double height = legendBox.bottom() + MARGIN;
		return new SceneFrame(Math.ceil(width + 2 * MARGIN), Math.ceil(height), offsetX, offsetY, title, subtitle, legendBox,
				slots);
	}

	/** The legend heading. */
	public Text legendTitle() {
		return new Text("Legend", legendBox.x() + 8, legendBox.y() + 6 + TextMetrics.ascent(LEGEND_SIZE), LEGEND_SIZE, true);
	}
}
