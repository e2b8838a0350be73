package org.dmstudio.ui.internal.dts;

import java.util.List;
import java.util.stream.Collectors;

import org.dmstudio.model.dt.ByteString;
import org.dmstudio.model.dt.Cell;
import org.dmstudio.model.dt.CellArray;
import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.dt.PathReference;
import org.dmstudio.model.dt.PhandleCell;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.StringValue;
import org.dmstudio.model.dt.ValueChunk;

/**
 * The value of a {@code dt} property as devicetree source text, as {@code dtc -O dts} writes it:
 * {@code <0x1 &label>, "text", [01 02]}; empty for a boolean property.
 */
public final class DtsValues {

	private DtsValues() {
	}

	public static String format(Property property) {
		return property.getValues().stream().map(DtsValues::chunk).collect(Collectors.joining(", "));
	}

	private static String chunk(ValueChunk chunk) {
		String text = switch (chunk) {
		case CellArray cells -> (cells.getBits() == 32 ? "" : "/bits/ " + cells.getBits() + " ") + "<"
				+ cells.getCells().stream().map(cell -> cell(cell, cells.getBits())).collect(Collectors.joining(" ")) + ">";
		case StringValue string -> quote(string.getValue());
		case ByteString bytes -> bytes(bytes.getBytes());
		case PathReference path -> path.getRef() == null ? "" : path.getRef().format();
		default -> throw new IllegalArgumentException("unknown devicetree value " + chunk.eClass().getName());
		};
		return labels(chunk.getLabels()) + text;
	}

	private static String cell(Cell cell, int bits) {
		String text;
		if (cell instanceof PhandleCell phandle) {
			text = phandle.getRef() == null ? "0x0" : phandle.getRef().format();
		} else {
			NumberCell number = (NumberCell) cell;
			long value = bits == 64 ? number.getValue() : number.getValue() & ((1L << bits) - 1);
			text = number.getExpression() != null && !number.getExpression().isEmpty() ? number.getExpression()
					: "0x" + Long.toHexString(value);
		}
		return labels(cell.getLabels()) + text;
	}

	private static String labels(List<Label> labels) {
		return labels.stream().map(label -> label.getName() + ": ").collect(Collectors.joining());
	}

	private static String bytes(byte[] bytes) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; bytes != null && i < bytes.length; i++) {
			text.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
		}
		return text.append(']').toString();
	}

	private static String quote(String value) {
		StringBuilder text = new StringBuilder("\"");
		for (char c : (value == null ? "" : value).toCharArray()) {
			switch (c) {
			case '"' -> text.append("\\\"");
			case '\\' -> text.append("\\\\");
			case '\n' -> text.append("\\n");
			case '\t' -> text.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					text.append(String.format("\\x%02x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		return text.append('"').toString();
	}
}
