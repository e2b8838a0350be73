package org.dmstudio.dts.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.SourceLocation;

/**
 * Source-preserving write-back: an edit of one property (its value set, the property removed, or a
 * new property added to a node) becomes a replacement in the .dts/.dtsi that defined it, touching
 * only those lines; comments, macros and formatting everywhere else stay as they are. Values are
 * devicetree source text, e.g. {@code <&vdd_npu_s0>} or {@code "okay"}.
 */
public final class SourceEdits {

	/** Replace {@code length} characters at {@code offset} of {@code file} with {@code text}. */
	public record Edit(Path file, int offset, int length, String text) {

		/** The file's text with the edit applied. */
		public String applyTo(String content) {
			return content.substring(0, offset) + text + content.substring(offset + length);
		}

		/** Applies the edit to the file on disk (written to a sibling temporary file, then moved over it). */
		public void write() throws IOException {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
			try {
				Files.writeString(temporary, applyTo(content), StandardCharsets.UTF_8);
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private SourceEdits() {
	}

	/** Sets the value where the property got it (its last definition); a null or empty value makes it a boolean property. */
	public static Edit setProperty(Property property, String value) throws IOException {
		SourceLocation at = last(property.getLocations(), property.getName());
		Path file = Path.of(at.getFile());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int start = offset(text, at.getLine(), at.getColumn());
		int end = offset(text, at.getEndLine(), at.getEndColumn()) + 1;
		String statement = text.substring(start, end);
		int name = nameAt(statement, property.getName());
		int from = start + name + property.getName().length();
		String replacement = value == null || value.isEmpty() ? ";" : " = " + value + ";";
		return new Edit(file, from, end - from, replacement);
	}

	/** Removes the property's last definition: its whole lines (with a trailing // comment) when nothing else shares them. */
	public static Edit removeProperty(Property property) throws IOException {
		SourceLocation at = last(property.getLocations(), property.getName());
		Path file = Path.of(at.getFile());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int start = offset(text, at.getLine(), at.getColumn());
		int end = offset(text, at.getEndLine(), at.getEndColumn()) + 1;
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
		String rest = text.substring(end, lineEnd).strip();
		if (text.substring(lineStart, start).isBlank() && (rest.isEmpty() || rest.startsWith("//"))) {
			return new Edit(file, lineStart, lineEnd - lineStart, "");
		}
		return new Edit(file, start, end - start, "");
	}

	/**
	 * Adds {@code name = value;} to the node's last definition (for a board, usually its
	 * {@code &label { ... };} block), after that block's last property or else first in it,
	 * indented like its neighbours.
	 */
	public static Edit addProperty(Node node, String name, String value) throws IOException {
		SourceLocation at = last(node.getLocations(), node.getFullName());
		Path file = Path.of(at.getFile());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int start = offset(text, at.getLine(), at.getColumn());
		int end = offset(text, at.getEndLine(), at.getEndColumn()) + 1;
		int after = -1;
		for (Property p : node.getProperties()) {
			for (SourceLocation l : p.getLocations()) {
				if (l.getFile().equals(at.getFile())) {
					int o = offset(text, l.getEndLine(), l.getEndColumn()) + 1;
					if (o > start && o <= end && o > after) {
						after = o;
					}
				}
			}
		}
		String indent;
		if (after >= 0) {
			int lineStart = text.lastIndexOf('\n', after - 1) + 1;
			indent = leading(text, lineStart);
		} else {
			int scan = start;
			if (text.startsWith("&{", scan)) {
				scan = text.indexOf('}', scan);
			}
			after = text.indexOf('{', scan) + 1;
			indent = leading(text, text.lastIndexOf('\n', start - 1) + 1) + "\t";
		}
		int lineEnd = text.indexOf('\n', after);
		int insert = lineEnd < 0 ? text.length() : lineEnd + 1;
		String statement = indent + name + (value == null || value.isEmpty() ? "" : " = " + value) + ";\n";
		return new Edit(file, insert, 0, statement);
	}

	private static SourceLocation last(List<SourceLocation> locations, String what) {
		if (locations.isEmpty()) {
			throw new IllegalArgumentException(what + " has no source location (it was generated)");
		}
		return locations.get(locations.size() - 1);
	}

	private static String leading(String text, int lineStart) {
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}

	/** Where the property name starts in its statement (after any labels). */
	private static int nameAt(String statement, String name) {
		int from = 0;
		while (true) {
			int i = statement.indexOf(name, from);
			if (i < 0) {
				throw new IllegalArgumentException("cannot find " + name + " in '" + statement + "'");
			}
			int after = i + name.length();
			boolean startOk = i == 0 || Character.isWhitespace(statement.charAt(i - 1)) || statement.charAt(i - 1) == ':';
			boolean endOk = after < statement.length()
					&& (Character.isWhitespace(statement.charAt(after)) || statement.charAt(after) == '=' || statement.charAt(after) == ';');
			if (startOk && endOk) {
				return i;
			}
			from = i + 1;
		}
	}

	/** The offset of a 1-based line and byte column (files are ASCII in practice; tabs count one). */
	static int offset(String text, int line, int column) {
		int pos = 0;
		for (int l = 1; l < line; l++) {
			pos = text.indexOf('\n', pos) + 1;
			if (pos == 0) {
				throw new IllegalArgumentException("line " + line + " is past the end of the file");
			}
		}
		return pos + column - 1;
	}
}
