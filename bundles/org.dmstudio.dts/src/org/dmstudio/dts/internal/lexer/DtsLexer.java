package org.dmstudio.dts.internal.lexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.internal.srcpos.SourceFile;
import org.dmstudio.dts.internal.srcpos.SourceMap;

/**
 * dtc's lexer (dtc-lexer.l) with its start conditions: names are only
 * recognised after '{', ';' and the delete keywords, numbers only after
 * {@code /dts-v1/}. Among rules that match, the longest match wins and ties go
 * to the earlier rule, as in flex.
 */
public final class DtsLexer {
    public static final int MAX_INCLUDE_DEPTH = 200;

    private enum State {
        INITIAL, V1, PROPNODENAME, BYTESTRING
    }

    private static final class Buf {
        final char[] s;
        final int n;
        final SourceMap map;
        int pos;

        Buf(char[] s, int n, SourceMap map) {
            this.s = s;
            this.n = n;
            this.map = map;
        }
    }

    private static final String[] KEYWORDS = {"/dts-v1/", "/plugin/", "/memreserve/", "/bits/", "/delete-property/",
        "/delete-node/", "/omit-if-no-ref/"};
    private static final TokenKind[] KEYWORD_KINDS = {TokenKind.DT_V1, TokenKind.DT_PLUGIN, TokenKind.DT_MEMRESERVE,
        TokenKind.DT_BITS, TokenKind.DT_DEL_PROP, TokenKind.DT_DEL_NODE, TokenKind.DT_OMIT_NO_REF};

    private final ArrayDeque<Buf> stack = new ArrayDeque<>();
    private final List<Path> includeDirs;
    private final Consumer<Diagnostic> sink;
    private final List<Path> included = new ArrayList<>();
    private Buf cur;
    private State state = State.INITIAL;

    public DtsLexer(char[] text, int length, SourceMap map, List<Path> includeDirs, Consumer<Diagnostic> sink) {
        this.cur = new Buf(text, length, map);
        this.includeDirs = includeDirs;
        this.sink = sink;
    }

    /** Files pulled in by {@code /include/}. */
    public List<Path> includedFiles() {
        return included;
    }

    /** Lets numbers lex after a missing {@code /dts-v1/}, so one error does not cascade. */
    public void forceV1() {
        if (state == State.INITIAL) {
            state = State.V1;
        }
    }

    private void error(Buf b, int offset, String message) {
        sink.accept(Diagnostic.error(b.map.position(offset), message));
    }

    private Token token(TokenKind kind, String text, long value, byte[] data, int start, int end) {
        cur.pos = end;
        return new Token(kind, text, value, data, cur.map, start, end);
    }

    public Token next() {
        while (true) {
            Buf b = cur;
            char[] s = b.s;
            int n = b.n;
            int p = skipSpace(b);
            if (p >= n) {
                if (!stack.isEmpty()) {
                    cur = stack.pop();
                    continue;
                }
                b.pos = n;
                return new Token(TokenKind.EOF, "", 0, null, b.map, n, n);
            }
            char c = s[p];
            if (c == '#' && (p == 0 || s[p - 1] == '\n')) {
                int end = lineMarker(s, n, p);
                if (end > 0) {
                    b.pos = end;
                    continue;
                }
            }
            if (c == '/' && matches(s, n, p, "/include/")) {
                int q = p + 9;
                while (q < n && isSpace(s[q])) {
                    q++;
                }
                int end = q < n && s[q] == '"' ? stringEnd(s, n, q) : -1;
                if (end > 0) {
                    b.pos = end;
                    include(b, p, new String(s, q + 1, end - q - 2));
                    continue;
                }
            }
            return lex(b, s, n, p, c);
        }
    }

    private Token lex(Buf b, char[] s, int n, int p, char c) {
        switch (c) {
            case '/' -> {
                for (int i = 0; i < KEYWORDS.length; i++) {
                    if (matches(s, n, p, KEYWORDS[i])) {
                        TokenKind k = KEYWORD_KINDS[i];
                        state = k == TokenKind.DT_DEL_PROP || k == TokenKind.DT_DEL_NODE || k == TokenKind.DT_OMIT_NO_REF
                                ? State.PROPNODENAME : State.V1;
                        return token(k, KEYWORDS[i], 0, null, p, p + KEYWORDS[i].length());
                    }
                }
                if ((state == State.INITIAL || state == State.V1) && matches(s, n, p, "/incbin/")) {
                    return token(TokenKind.DT_INCBIN, "/incbin/", 0, null, p, p + 8);
                }
            }
            case '"' -> {
                int end = stringEnd(s, n, p);
                if (end < 0) {
                    error(b, p, "unterminated string");
                    int e = p + 1;
                    while (e < n && s[e] != '\n') {
                        e++;
                    }
                    return token(TokenKind.DT_STRING, "\"", 0, unescape(b, s, p + 1, e), p, e);
                }
                return token(TokenKind.DT_STRING, "\"", 0, unescape(b, s, p + 1, end - 1), p, end);
            }
            case '\'' -> {
                int end = charLiteralEnd(s, n, p);
                if (end > 0) {
                    byte[] d = unescape(b, s, p + 1, end - 1);
                    long v = 0;
                    if (d.length == 1) {
                        error(b, p, "Empty character literal");
                    } else {
                        v = d[0] & 0xff;
                        if (d.length > 2) {
                            error(b, p, "Character literal has " + (d.length - 1) + " characters instead of 1");
                        }
                    }
                    return token(TokenKind.DT_CHAR_LITERAL, new String(s, p, end - p), v, null, p, end);
                }
            }
            case '&' -> {
                if (p + 1 < n && s[p + 1] == '&') {
                    return token(TokenKind.DT_AND, "&&", 0, null, p, p + 2);
                }
                if (p + 2 < n && s[p + 1] == '{' && s[p + 2] == '/') {
                    int q = p + 3;
                    while (q < n && (isPropNodeChar(s[q]) || s[q] == '/')) {
                        q++;
                    }
                    if (q < n && s[q] == '}') {
                        return token(TokenKind.DT_REF, new String(s, p + 2, q - p - 2), 0, null, p, q + 1);
                    }
                }
                if (p + 1 < n && isLabelStart(s[p + 1])) {
                    int q = p + 2;
                    while (q < n && isLabelChar(s[q])) {
                        q++;
                    }
                    return token(TokenKind.DT_REF, new String(s, p + 1, q - p - 1), 0, null, p, q);
                }
            }
            default -> {
            }
        }
        int labelLen = 0;
        if (isLabelStart(c)) {
            int q = p + 1;
            while (q < n && isLabelChar(s[q])) {
                q++;
            }
            if (q < n && s[q] == ':') {
                labelLen = q + 1 - p;
            }
        }
        int literalLen = state == State.V1 ? literalLength(s, n, p) : 0;
        int byteLen = state == State.BYTESTRING && p + 1 < n && isHex(s[p]) && isHex(s[p + 1]) ? 2 : 0;
        int nameLen = 0;
        if (state == State.PROPNODENAME) {
            int q = c == '\\' ? p + 1 : p;
            int r = q;
            while (r < n && isPropNodeChar(s[r])) {
                r++;
            }
            nameLen = r > q ? r - p : 0;
        }
        int best = Math.max(Math.max(labelLen, literalLen), Math.max(byteLen, nameLen));
        if (best > 0) {
            if (labelLen == best) {
                return token(TokenKind.DT_LABEL, new String(s, p, best - 1), 0, null, p, p + best);
            }
            if (literalLen == best) {
                return literal(b, s, p, best);
            }
            if (byteLen == best) {
                return token(TokenKind.DT_BYTE, new String(s, p, 2), Integer.parseInt(new String(s, p, 2), 16), null,
                        p, p + 2);
            }
            state = State.V1;
            String name = c == '\\' ? new String(s, p + 1, best - 1) : new String(s, p, best);
            return token(TokenKind.DT_PROPNODENAME, name, 0, null, p, p + best);
        }
        if (p + 1 < n) {
            char d = s[p + 1];
            TokenKind k = switch (c) {
                case '<' -> d == '<' ? TokenKind.DT_LSHIFT : d == '=' ? TokenKind.DT_LE : null;
                case '>' -> d == '>' ? TokenKind.DT_RSHIFT : d == '=' ? TokenKind.DT_GE : null;
                case '=' -> d == '=' ? TokenKind.DT_EQ : null;
                case '!' -> d == '=' ? TokenKind.DT_NE : null;
                case '|' -> d == '|' ? TokenKind.DT_OR : null;
                default -> null;
            };
            if (k != null) {
                return token(k, new String(s, p, 2), 0, null, p, p + 2);
            }
        }
        if (c == ']' && state == State.BYTESTRING) {
            state = State.V1;
        } else if (c == '[') {
            state = State.BYTESTRING;
        } else if (c == '{' || c == ';') {
            state = State.PROPNODENAME;
        }
        Token t = token(TokenKind.CHAR, String.valueOf(c), 0, null, p, p + 1);
        if (isLabelStart(c)) {
            int q = p + 1;
            while (q < n && isLabelChar(s[q])) {
                q++;
            }
            t.word = new String(s, p, q - p);
        }
        return t;
    }

    private int skipSpace(Buf b) {
        char[] s = b.s;
        int n = b.n;
        int p = b.pos;
        while (p < n) {
            char c = s[p];
            if (isSpace(c)) {
                p++;
            } else if (c == '/' && p + 1 < n && s[p + 1] == '*') {
                int q = p + 2;
                while (q + 1 < n && !(s[q] == '*' && s[q + 1] == '/')) {
                    q++;
                }
                if (q + 1 >= n) {
                    error(b, p, "unterminated comment");
                    p = n;
                } else {
                    p = q + 2;
                }
            } else if (c == '/' && p + 1 < n && s[p + 1] == '/') {
                int q = p + 2;
                while (q < n && s[q] != '\n') {
                    q++;
                }
                if (q >= n) {
                    break;
                }
                p = q + 1;
            } else {
                break;
            }
        }
        b.pos = p;
        return p;
    }

    /** {@code ^#(line)?[ \t]+[0-9]+[ \t]+"file"([ \t]+[0-9]+)?}: cpp line markers are skipped. */
    private static int lineMarker(char[] s, int n, int p) {
        int q = p + 1;
        if (matches(s, n, q, "line")) {
            q += 4;
        }
        int r = q;
        while (r < n && (s[r] == ' ' || s[r] == '\t')) {
            r++;
        }
        if (r == q || r >= n || !isDigit(s[r])) {
            return -1;
        }
        while (r < n && isDigit(s[r])) {
            r++;
        }
        int t = r;
        while (t < n && (s[t] == ' ' || s[t] == '\t')) {
            t++;
        }
        if (t == r || t >= n || s[t] != '"') {
            return -1;
        }
        int end = stringEnd(s, n, t);
        if (end < 0) {
            return -1;
        }
        int u = end;
        while (u < n && (s[u] == ' ' || s[u] == '\t')) {
            u++;
        }
        if (u > end && u < n && isDigit(s[u])) {
            while (u < n && isDigit(s[u])) {
                u++;
            }
            return u;
        }
        return end;
    }

    /** End (exclusive) of {@code \"([^\\"]|\\.)*\"} starting at p, or -1. */
    private static int stringEnd(char[] s, int n, int p) {
        int q = p + 1;
        while (q < n) {
            char c = s[q];
            if (c == '"') {
                return q + 1;
            }
            if (c == '\\') {
                if (q + 1 >= n || s[q + 1] == '\n') {
                    return -1;
                }
                q += 2;
            } else {
                q++;
            }
        }
        return -1;
    }

    /** End (exclusive) of the longest {@code '([^']|\\')*'} at p, or -1. */
    private static int charLiteralEnd(char[] s, int n, int p) {
        int q = p + 1;
        int best = -1;
        while (q < n) {
            char c = s[q];
            if (c == '\\' && q + 1 < n && s[q + 1] == '\'') {
                best = q + 2;
                q += 2;
            } else if (c == '\'') {
                return q + 1;
            } else {
                q++;
            }
        }
        return best;
    }

    private static int literalLength(char[] s, int n, int p) {
        if (!isDigit(s[p])) {
            return 0;
        }
        int dec = p;
        while (dec < n && isDigit(s[dec])) {
            dec++;
        }
        int len = dec - p;
        if (s[p] == '0' && p + 2 < n && (s[p + 1] == 'x' || s[p + 1] == 'X') && isHex(s[p + 2])) {
            int h = p + 2;
            while (h < n && isHex(s[h])) {
                h++;
            }
            len = Math.max(len, h - p);
        }
        int q = p + len;
        if (matches(s, n, q, "ULL")) {
            len += 3;
        } else if (matches(s, n, q, "UL") || matches(s, n, q, "LL")) {
            len += 2;
        } else if (q < n && (s[q] == 'U' || s[q] == 'L')) {
            len += 1;
        }
        return len;
    }

    private Token literal(Buf b, char[] s, int p, int len) {
        String text = new String(s, p, len);
        int end = len;
        while (end > 0 && (text.charAt(end - 1) == 'U' || text.charAt(end - 1) == 'L')) {
            end--;
        }
        String digits = text.substring(0, end);
        int radix = 10;
        if (digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            radix = 8;
            digits = digits.substring(1);
        }
        int valid = 0;
        while (valid < digits.length() && Character.digit(digits.charAt(valid), radix) >= 0) {
            valid++;
        }
        long value = 0;
        try {
            value = valid == 0 ? 0 : Long.parseUnsignedLong(digits.substring(0, valid), radix);
            if (valid < digits.length()) {
                error(b, p, "Bad integer literal '" + text + "'");
            }
        } catch (NumberFormatException e) {
            error(b, p, "Integer literal '" + text + "' out of range");
            value = -1L;
        }
        return token(TokenKind.DT_LITERAL, text, value, null, p, p + len);
    }

    /** dtc's data_copy_escape_string(): the bytes of a string body plus a terminating NUL. */
    private byte[] unescape(Buf b, char[] s, int from, int to) {
        byte[] out = new byte[to - from + 1];
        int o = 0;
        int i = from;
        while (i < to) {
            char c = s[i++];
            if (c == '\\' && i < to) {
                char e = s[i++];
                switch (e) {
                    case 'a' -> c = 7;
                    case 'b' -> c = 8;
                    case 't' -> c = '\t';
                    case 'n' -> c = '\n';
                    case 'v' -> c = 11;
                    case 'f' -> c = 12;
                    case 'r' -> c = '\r';
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < to && s[i] >= '0' && s[i] <= '7'; k++) {
                            v = v * 8 + (s[i++] - '0');
                        }
                        c = (char) (v & 0xff);
                    }
                    case 'x' -> {
                        int v = 0;
                        int k = 0;
                        for (; k < 2 && i < to && isHex(s[i]); k++) {
                            v = v * 16 + Character.digit(s[i++], 16);
                        }
                        if (k == 0) {
                            error(b, i - 2, "\\x used with no following hex digits");
                        }
                        c = (char) v;
                    }
                    default -> c = e;
                }
            }
            out[o++] = (byte) c;
        }
        out[o++] = 0;
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    private void include(Buf b, int at, String name) {
        SourcePosition pos = b.map.position(at);
        if (stack.size() >= MAX_INCLUDE_DEPTH) {
            error(b, at, "/include/ nested deeper than " + MAX_INCLUDE_DEPTH + " levels (recursive include of \""
                    + name + "\"?)");
            return;
        }
        List<String> tried = new ArrayList<>();
        Path found = resolve(b.map.file(at), name, includeDirs, tried);
        if (found == null) {
            sink.accept(Diagnostic.error(pos, "/include/ file \"" + name + "\" not found; searched: "
                    + String.join(", ", tried)));
            return;
        }
        SourceFile f;
        try {
            f = SourceFile.read(displayName(b.map.file(at), found, name), found);
        } catch (IOException e) {
            sink.accept(Diagnostic.error(pos, "cannot read \"" + found + "\": " + e.getMessage()));
            return;
        }
        included.add(found);
        stack.push(cur);
        cur = new Buf(f.text(), f.length(), SourceMap.identity(f));
    }

    private static String displayName(SourceFile includer, Path found, String name) {
        if (includer != null && includer.directory() != null && found.equals(includer.directory().resolve(name))) {
            String n = includer.name();
            int slash = n.lastIndexOf('/');
            return (slash >= 0 ? n.substring(0, slash + 1) : "") + name;
        }
        return found.toString();
    }

    /** Finds a file for {@code /include/} or {@code /incbin/}: the includer's directory, then the include dirs. */
    public static Path resolve(SourceFile includer, String name, List<Path> dirs, List<String> tried) {
        Path given = Path.of(name);
        if (given.isAbsolute()) {
            tried.add(name);
            return Files.isRegularFile(given) ? given : null;
        }
        if (includer != null && includer.directory() != null) {
            tried.add(includer.directory().toString());
            Path c = includer.directory().resolve(name);
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        for (Path d : dirs) {
            tried.add(d.toString());
            Path c = d.resolve(name);
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean matches(char[] s, int n, int p, String t) {
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

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isLabelStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isLabelChar(char c) {
        return isLabelStart(c) || isDigit(c);
    }

    /** {@code [a-zA-Z0-9,._+*#?@-]} */
    static boolean isPropNodeChar(char c) {
        return isLabelChar(c) || c == ',' || c == '.' || c == '+' || c == '*' || c == '#' || c == '?' || c == '@'
                || c == '-';
    }
}
