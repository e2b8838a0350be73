package org.dmstudio.dts.internal.lexer;

import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.internal.srcpos.SourceMap;

/**
 * A dtc token. {@code text} holds names, labels (without ':'), references
 * (without '&' and braces) and single characters; {@code value} holds numbers and
 * bytes; {@code data} holds the decoded bytes of a string including its NUL.
 */
public final class Token {
    public final TokenKind kind;
    public final String text;
    public final long value;
    public final byte[] data;
    public final SourceMap map;
    public final int start;
    public final int end;
    /** For a stray letter: the whole word it starts, for messages (e.g. an undefined macro). */
    String word;

    Token(TokenKind kind, String text, long value, byte[] data, SourceMap map, int start, int end) {
        this.kind = kind;
        this.text = text;
        this.value = value;
        this.data = data;
        this.map = map;
        this.start = start;
        this.end = end;
    }

    public boolean is(char c) {
        return kind == TokenKind.CHAR && text.length() == 1 && text.charAt(0) == c;
    }

    public SourcePosition position() {
        return map.position(start);
    }

    /** The position of the last character of the token. */
    public SourcePosition endPosition() {
        return map.position(Math.max(start, end - 1));
    }

    /** How the token reads in an error message. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of input";
            case DT_STRING -> "string";
            case DT_LABEL -> "'" + text + ":'";
            case DT_REF -> text.startsWith("/") ? "'&{" + text + "}'" : "'&" + text + "'";
            case DT_LITERAL, DT_CHAR_LITERAL -> "number";
            default -> "'" + (word != null ? word : text) + "'";
        };
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")";
    }
}
