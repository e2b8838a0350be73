package org.dmstudio.dts.internal.cpp;

/** A preprocessing token inside macro bodies and expansions. */
final class PpToken {
    static final int EOF = 0;
    static final int NEWLINE = 1;
    static final int IDENT = 2;
    static final int NUMBER = 3;
    static final int STRING = 4;
    static final int CHAR = 5;
    static final int PUNCT = 6;
    static final int OTHER = 7;
    static final int PLACEMARKER = 8;

    static final PpToken END = new PpToken(EOF, "", false, false, -1);

    final int type;
    final String text;
    /** Whitespace preceded the token (cpp's PREV_WHITE). */
    final boolean white;
    /** Painted blue: an identifier that must never be expanded again. */
    final boolean noExpand;
    /** Parameter index in a macro body, or -1. */
    final int param;

    PpToken(int type, String text, boolean white, boolean noExpand, int param) {
        this.type = type;
        this.text = text;
        this.white = white;
        this.noExpand = noExpand;
        this.param = param;
    }

    PpToken withWhite(boolean w) {
        return w == white ? this : new PpToken(type, text, w, noExpand, param);
    }

    PpToken painted() {
        return new PpToken(type, text, white, true, param);
    }

    boolean is(String punct) {
        return type == PUNCT && text.equals(punct);
    }

    @Override
    public String toString() {
        return text;
    }
}
