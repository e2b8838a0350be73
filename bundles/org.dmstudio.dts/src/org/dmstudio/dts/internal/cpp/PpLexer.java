package org.dmstudio.dts.internal.cpp;

/**
 * Splits preprocessor input into tokens the way cpp does for
 * assembler-with-cpp: comments become whitespace, unterminated quotes are
 * ordinary characters running to the end of the line, and nothing is an error.
 */
final class PpLexer {
    private static final String[] PUNCT3 = {"...", "<<=", ">>="};
    private static final String[] PUNCT2 = {"##", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "++", "--",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="};

    final char[] s;
    final int n;
    int pos;
    int type;
    int start;
    int end;
    /** Whitespace or a comment came before the token on the same line. */
    boolean white;
    /** A comment came before the token on the same line. */
    boolean comment;
    /** The token is the first on its line. */
    boolean bol;
    /** Offset just after the last newline token. */
    int lineStart;
    /** Start of an unterminated block comment, or -1. */
    int unterminatedComment = -1;
    private boolean atBol = true;

    PpLexer(char[] s, int n) {
        this.s = s;
        this.n = n;
    }

    long mark() {
        return ((long) pos << 1) | (atBol ? 1 : 0);
    }

    void reset(long mark) {
        pos = (int) (mark >>> 1);
        atBol = (mark & 1) != 0;
    }

    String text() {
        return new String(s, start, end - start);
    }

    boolean textIs(String t) {
        int len = end - start;
        if (len != t.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s[start + i] != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    void next() {
        white = false;
        comment = false;
        bol = atBol;
        while (true) {
            if (pos >= n) {
                type = PpToken.EOF;
                start = end = n;
                return;
            }
            char c = s[pos];
            if (c == '\n') {
                type = PpToken.NEWLINE;
                start = pos;
                end = ++pos;
                lineStart = pos;
                atBol = true;
                return;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
                white = true;
                continue;
            }
            if (c == '/' && pos + 1 < n) {
                char d = s[pos + 1];
                if (d == '*') {
                    int close = indexOf(pos + 2);
                    if (close < 0) {
                        unterminatedComment = pos;
                        pos = n;
                    } else {
                        pos = close + 2;
                    }
                    white = true;
                    comment = true;
                    continue;
                }
                if (d == '/') {
                    while (pos < n && s[pos] != '\n') {
                        pos++;
                    }
                    white = true;
                    comment = true;
                    continue;
                }
            }
            break;
        }
        start = pos;
        atBol = false;
        char c = s[pos];
        if (isIdentStart(c)) {
            pos++;
            while (pos < n && isIdentChar(s[pos])) {
                pos++;
            }
            type = PpToken.IDENT;
        } else if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(s[pos + 1]))) {
            pos++;
            while (pos < n) {
                char d = s[pos];
                if ((d == '+' || d == '-') && isExp(s[pos - 1])) {
                    pos++;
                } else if (isIdentChar(d) || d == '.') {
                    pos++;
                } else {
                    break;
                }
            }
            type = PpToken.NUMBER;
        } else if (c == '"' || c == '\'') {
            type = c == '"' ? PpToken.STRING : PpToken.CHAR;
            pos++;
            while (true) {
                if (pos >= n || s[pos] == '\n') {
                    type = PpToken.OTHER;
                    break;
                }
                char d = s[pos++];
                if (d == '\\' && pos < n && s[pos] != '\n') {
                    pos++;
                } else if (d == c) {
                    break;
                }
            }
        } else {
            type = PpToken.PUNCT;
            int len = punctLength(pos);
            if (len == 0) {
                type = PpToken.OTHER;
                len = 1;
            }
            pos += len;
        }
        end = pos;
    }

    /** Skips the rest of the current line, leaving the newline to be read next. */
    void skipLine() {
        while (true) {
            long m = mark();
            next();
            if (type == PpToken.NEWLINE || type == PpToken.EOF) {
                reset(m);
                return;
            }
        }
    }

    private int indexOf(int from) {
        for (int i = from; i + 1 < n; i++) {
            if (s[i] == '*' && s[i + 1] == '/') {
                return i;
            }
        }
        return -1;
    }

    private int punctLength(int p) {
        char c = s[p];
        if ("!#%&()*+,-./:;<=>?[]^{|}~".indexOf(c) < 0) {
            return 0;
        }
        for (String t : PUNCT3) {
            if (matches(p, t)) {
                return 3;
            }
        }
        for (String t : PUNCT2) {
            if (matches(p, t)) {
                return 2;
            }
        }
        return 1;
    }

    private boolean matches(int p, String t) {
        if (p + t.length() > n) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (s[p + i] != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExp(char c) {
        return c == 'e' || c == 'E' || c == 'p' || c == 'P';
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentChar(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
