package org.dmstudio.diagram.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.dmstudio.diagram.scene.Scene;

/** The export formats and the painter behind each. */
public enum ExportFormat {

	SVG, PNG, TXT, DOT;

	/** The file content for a laid-out scene; the scale applies to PNG only. */
	public byte[] render(Scene scene, double scale) {
		return switch (this) {
		case SVG -> SvgPainter.paint(scene).getBytes(StandardCharsets.UTF_8);
		case PNG -> PngPainter.png(scene, scale);
		case TXT -> TextPainter.paint(scene).getBytes(StandardCharsets.UTF_8);
		case DOT -> DotPainter.paint(scene).getBytes(StandardCharsets.UTF_8);
		};
	}

	/** True when the painter needs positions (the text painter does not). */
	public boolean needsLayout() {
		return this != TXT;
	}

	/** The format for a name such as {@code svg}; null when unknown. */
	public static ExportFormat of(String name) {
		for (ExportFormat format : values()) {
			if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}
}
