package org.dmstudio.diagram.internal;

import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.viewpoint.ArrowKind;
import org.dmstudio.diagram.viewpoint.FontStyle;
import org.dmstudio.diagram.viewpoint.LineStyle;
import org.dmstudio.diagram.viewpoint.NodeShape;

/** Applies a viewpoint style on top of a scene style: what the viewpoint leaves unset is kept. */
final class Styles {

	private Styles() {
	}

	static Style merge(Style base, org.dmstudio.diagram.viewpoint.Style over) {
		if (over == null) {
			return base;
		}
		Style.Shape shape = over.getShape() == NodeShape.DEFAULT ? base.shape() : Style.Shape.valueOf(over.getShape().getName());
		String fill = set(over.getFill()) ? (over.getFill().equals("none") ? null : over.getFill()) : base.fill();
		String stroke = set(over.getStroke()) ? over.getStroke() : base.stroke();
		String text = set(over.getTextColor()) ? over.getTextColor() : base.textColor();
		double width = over.getStrokeWidth() > 0 ? over.getStrokeWidth() : base.strokeWidth();
		Style.Dash dash = over.getLineStyle() == LineStyle.DEFAULT ? base.dash() : Style.Dash.valueOf(over.getLineStyle().getName());
		boolean bold = over.getFontStyle() == FontStyle.DEFAULT ? base.bold() : over.getFontStyle() == FontStyle.BOLD;
		boolean italic = over.getFontStyle() == FontStyle.DEFAULT ? base.italic() : over.getFontStyle() == FontStyle.ITALIC;
		Style.Arrow arrow = over.getArrow() == ArrowKind.DEFAULT ? base.arrow() : Style.Arrow.valueOf(over.getArrow().getName());
		return new Style(shape, fill, stroke, text, width, dash, bold, italic, arrow, base.fontSize());
	}

	private static boolean set(String value) {
		return value != null && !value.isEmpty();
	}
}
