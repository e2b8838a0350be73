package org.dmstudio.dts.internal.cpp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.internal.srcpos.SourceFile;
import org.dmstudio.dts.internal.srcpos.SourceMap;

/**
 * The C preprocessor as the kernel runs it on devicetree sources:
 * {@code cpp -nostdinc -I... -undef -D__DTS__ -x assembler-with-cpp}. The output
 * keeps a {@link SourceMap} back to the original files; text without macros is
 * copied verbatim, a macro expansion maps to its invocation.
 */
public final class Preprocessor {
    public static final int MAX_INCLUDE_DEPTH = 200;

    /** Preprocessed text and where each of its characters came from. */
    public record Output(char[] text, int length, SourceMap map, List<Path> files) {
    }

    private static final class Cond {
        final String kind;
        final SourcePosition at;
        final boolean parentActive;
        boolean active;
        boolean taken;
        boolean sawElse;

        Cond(String kind, SourcePosition at, boolean parentActive, boolean active) {
            this.kind = kind;
            this.at = at;
            this.parentActive = parentActive;
            this.active = active;
            this.taken = active;
        }
    }

    private final List<Path> includeDirs;
    private final Consumer<Diagnostic> sink;
    private final HashMap<String, Macro> macros = new HashMap<>(2048);
    private final Set<Path> once = new HashSet<>();
    private final Map<Path, Boolean> files = new LinkedHashMap<>();
    private final ArrayList<Cond> conds = new ArrayList<>();
    private final SourceMap map = new SourceMap();
    private char[] out = new char[1 << 16];
    private int outLen;
    private int depth;
    private int condBase;

    public Preprocessor(List<Path> includeDirs, Map<String, String> defines, Consumer<Diagnostic> sink) {
        this.includeDirs = includeDirs;
        this.sink = sink;
        define("__DTS__", "1");
        define("__ASSEMBLER__", "1");
        define("__STDC__", "1");
        define("__STDC_HOSTED__", "1");
        defines.forEach(this::define);
    }

    private void define(String name, String value) {
        String v = value == null ? "1" : value;
        PpLexer lx = new PpLexer(v.toCharArray(), v.length());
        List<PpToken> body = new ArrayList<>();
        for (lx.next(); lx.type != PpToken.EOF && lx.type != PpToken.NEWLINE; lx.next()) {
            body.add(new PpToken(lx.type, lx.text(), lx.white && !body.isEmpty(), false, -1));
        }
        macros.put(name, new Macro(name, false, new String[0], false, body.toArray(new PpToken[0]), null));
    }

    Macro macro(String name) {
        return macros.get(name);
    }

    void error(SourcePosition at, String message) {
        sink.accept(Diagnostic.error(at, message));
    }

    private void warning(SourcePosition at, String message) {
        sink.accept(Diagnostic.warning(at, message));
    }

    public Output run(SourceFile file) {
        if (file.path() != null) {
            files.put(file.path().toAbsolutePath().normalize(), Boolean.TRUE);
        }
        processFile(new SplicedText(file));
        return new Output(out, outLen, map, List.copyOf(files.keySet()));
    }

    private static SourcePosition position(SplicedText sp, int offset) {
        return sp.file.position(sp.orig(Math.min(offset, sp.length)));
    }

    private boolean skipping() {
        return !conds.isEmpty() && !conds.get(conds.size() - 1).active;
    }

    private void processFile(SplicedText sp) {
        PpLexer lx = new PpLexer(sp.text, sp.length);
        int savedBase = condBase;
        condBase = conds.size();
        while (true) {
            lx.next();
            if (lx.type == PpToken.EOF) {
                break;
            }
            if (lx.type == PpToken.NEWLINE) {
                appendVerbatim(sp, lx.start, lx.end);
                continue;
            }
            if (lx.bol && lx.type == PpToken.PUNCT && lx.textIs("#")) {
                int hashStart = lx.start;
                boolean hashComment = lx.comment;
                long afterHash = lx.mark();
                if (directive(sp, lx, hashStart)) {
                    continue;
                }
                lx.reset(afterHash);
                lx.type = PpToken.PUNCT;
                lx.start = hashStart;
                lx.end = hashStart + 1;
                lx.comment = hashComment;
                lx.white = false;
            }
            if (skipping()) {
                lx.skipLine();
                continue;
            }
            textLine(sp, lx);
        }
        if (lx.unterminatedComment >= 0) {
            error(position(sp, lx.unterminatedComment), "unterminated comment");
        }
        while (conds.size() > condBase) {
            Cond c = conds.remove(conds.size() - 1);
            error(c.at, "unterminated #" + c.kind);
        }
        condBase = savedBase;
    }

    private boolean directive(SplicedText sp, PpLexer lx, int hashStart) {
        long m = lx.mark();
        lx.next();
        if (lx.type == PpToken.NEWLINE || lx.type == PpToken.EOF) {
            lx.reset(m);
            return true;
        }
        if (lx.type == PpToken.NUMBER) {
            lx.skipLine();
            return true;
        }
        if (lx.type != PpToken.IDENT) {
            if (skipping()) {
                lx.skipLine();
                return true;
            }
            return false;
        }
        String name = lx.text();
        SourcePosition at = position(sp, hashStart);
        switch (name) {
            case "if", "ifdef", "ifndef" -> {
                doIf(sp, lx, name, at);
                return true;
            }
            case "elif", "else", "endif" -> {
                doElse(sp, lx, name, at);
                return true;
            }
            default -> {
            }
        }
        if (skipping()) {
            lx.skipLine();
            return true;
        }
        switch (name) {
            case "define" -> doDefine(sp, lx, at);
            case "undef" -> {
                lx.next();
                if (lx.type != PpToken.IDENT) {
                    error(at, "no macro name given in #undef directive");
                } else {
                    macros.remove(lx.text());
                }
                lx.skipLine();
            }
            case "include", "include_next", "import" -> doInclude(sp, lx, at);
            case "error" -> error(at, "#error" + restOfLine(sp, lx));
            case "warning" -> warning(at, "#warning" + restOfLine(sp, lx));
            case "pragma" -> {
                if (restOfLine(sp, lx).trim().equals("once") && sp.file.path() != null) {
                    once.add(sp.file.path().toAbsolutePath().normalize());
                }
            }
            case "line", "ident", "sccs", "assert", "unassert" -> lx.skipLine();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String restOfLine(SplicedText sp, PpLexer lx) {
        int from = lx.pos;
        lx.skipLine();
        String s = new String(sp.text, from, Math.max(0, lx.pos - from));
        return s.isBlank() ? "" : " " + s.strip();
    }

    private void doIf(SplicedText sp, PpLexer lx, String kind, SourcePosition at) {
        if (skipping()) {
            Cond c = new Cond(kind, at, false, false);
            c.taken = true;
            conds.add(c);
            lx.skipLine();
            return;
        }
        boolean value;
        if (kind.equals("if")) {
            value = evaluate(sp, lx, at);
        } else {
            lx.next();
            if (lx.type != PpToken.IDENT) {
                error(at, "no macro name given in #" + kind + " directive");
                value = false;
            } else {
                value = isDefined(lx.text()) == kind.equals("ifdef");
            }
        }
        conds.add(new Cond(kind, at, true, value));
        lx.skipLine();
    }

    private void doElse(SplicedText sp, PpLexer lx, String kind, SourcePosition at) {
        if (conds.size() <= condBase) {
            error(at, "#" + kind + " without #if");
            lx.skipLine();
            return;
        }
        Cond c = conds.get(conds.size() - 1);
        switch (kind) {
            case "endif" -> conds.remove(conds.size() - 1);
            case "else" -> {
                if (c.sawElse) {
                    error(at, "#else after #else");
                }
                c.active = c.parentActive && !c.taken;
                c.taken = true;
                c.sawElse = true;
            }
            default -> {
                if (c.sawElse) {
                    error(at, "#elif after #else");
                }
                if (c.parentActive && !c.taken) {
                    c.active = evaluate(sp, lx, at);
                    c.taken = c.active;
                } else {
                    c.active = false;
                }
            }
        }
        lx.skipLine();
    }

    private boolean isDefined(String name) {
        return macros.containsKey(name) || name.equals("__LINE__") || name.equals("__FILE__");
    }

    private boolean evaluate(SplicedText sp, PpLexer lx, SourcePosition at) {
        List<PpToken> toks = new ArrayList<>();
        List<PpToken> line = lineTokens(lx);
        for (int i = 0; i < line.size(); i++) {
            PpToken t = line.get(i);
            if (t.type == PpToken.IDENT && t.text.equals("defined")) {
                String name = null;
                if (i + 1 < line.size() && line.get(i + 1).type == PpToken.IDENT) {
                    name = line.get(++i).text;
                } else if (i + 3 < line.size() && line.get(i + 1).is("(") && line.get(i + 2).type == PpToken.IDENT
                        && line.get(i + 3).is(")")) {
                    name = line.get(i + 2).text;
                    i += 3;
                }
                if (name == null) {
                    error(at, "operator \"defined\" requires an identifier");
                    return false;
                }
                toks.add(new PpToken(PpToken.NUMBER, isDefined(name) ? "1" : "0", t.white, false, -1));
            } else {
                toks.add(t);
            }
        }
        try {
            return IfExpression.evaluate(Expander.expandList(this, toks, at, 0));
        } catch (IfExpression.Error e) {
            error(at, e.getMessage());
            return false;
        }
    }

    private static List<PpToken> lineTokens(PpLexer lx) {
        List<PpToken> toks = new ArrayList<>();
        while (true) {
            long m = lx.mark();
            lx.next();
            if (lx.type == PpToken.NEWLINE || lx.type == PpToken.EOF) {
                lx.reset(m);
                return toks;
            }
            toks.add(new PpToken(lx.type, lx.text(), lx.white, false, -1));
        }
    }

    private void doDefine(SplicedText sp, PpLexer lx, SourcePosition at) {
        lx.next();
        if (lx.type != PpToken.IDENT) {
            error(at, "macro names must be identifiers");
            lx.skipLine();
            return;
        }
        String name = lx.text();
        if (name.equals("defined")) {
            error(at, "\"defined\" cannot be used as a macro name");
            lx.skipLine();
            return;
        }
        boolean fn = lx.end < sp.length && sp.text[lx.end] == '(';
        List<String> params = new ArrayList<>();
        boolean variadic = false;
        if (fn) {
            lx.next();
            boolean ok = false;
            while (true) {
                lx.next();
                if (lx.type == PpToken.IDENT && !variadic) {
                    params.add(lx.text());
                    long m = lx.mark();
                    lx.next();
                    if (lx.type == PpToken.PUNCT && lx.textIs("...")) {
                        variadic = true;
                    } else {
                        lx.reset(m);
                    }
                } else if (lx.type == PpToken.PUNCT && lx.textIs("...") && !variadic) {
                    params.add("__VA_ARGS__");
                    variadic = true;
                } else if (lx.type == PpToken.PUNCT && lx.textIs(")") && params.isEmpty()) {
                    ok = true;
                    break;
                } else {
                    break;
                }
                lx.next();
                if (lx.type == PpToken.PUNCT && lx.textIs(")")) {
                    ok = true;
                    break;
                }
                if (!(lx.type == PpToken.PUNCT && lx.textIs(",")) || variadic) {
                    break;
                }
            }
            if (!ok) {
                error(at, "bad parameter list in definition of macro \"" + name + "\"");
                lx.skipLine();
                return;
            }
        }
        List<PpToken> body = new ArrayList<>();
        for (PpToken t : lineTokens(lx)) {
            int param = t.type == PpToken.IDENT && fn ? params.indexOf(t.text) : -1;
            body.add(new PpToken(t.type, t.text, t.white && !body.isEmpty(), false, param));
        }
        if (!body.isEmpty() && (body.get(0).is("##") || body.get(body.size() - 1).is("##"))) {
            error(at, "'##' cannot appear at either end of a macro expansion");
            return;
        }
        if (fn) {
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i).is("#") && (i + 1 >= body.size() || body.get(i + 1).param < 0)) {
                    error(at, "'#' is not followed by a macro parameter");
                    return;
                }
            }
        }
        Macro m = new Macro(name, fn, params.toArray(new String[0]), variadic, body.toArray(new PpToken[0]), at);
        Macro old = macros.put(name, m);
        if (old != null && !old.sameDefinition(m)) {
            warning(at, "\"" + name + "\" redefined"
                    + (old.definedAt != null ? " (previous definition at " + old.definedAt + ")" : ""));
        }
    }

    private void doInclude(SplicedText sp, PpLexer lx, SourcePosition at) {
        long m = lx.mark();
        lx.next();
        String name;
        boolean angled;
        if (lx.type == PpToken.STRING) {
            name = new String(sp.text, lx.start + 1, lx.end - lx.start - 2);
            angled = false;
        } else if (lx.type == PpToken.PUNCT && lx.textIs("<")) {
            int p = lx.end;
            while (p < sp.length && sp.text[p] != '>' && sp.text[p] != '\n') {
                p++;
            }
            if (p >= sp.length || sp.text[p] != '>') {
                error(at, "missing terminating > character");
                lx.skipLine();
                return;
            }
            name = new String(sp.text, lx.end, p - lx.end);
            angled = true;
            lx.pos = p + 1;
        } else if (lx.type == PpToken.NEWLINE || lx.type == PpToken.EOF) {
            lx.reset(m);
            error(at, "#include expects \"FILENAME\" or <FILENAME>");
            return;
        } else {
            lx.reset(m);
            List<PpToken> toks = Expander.expandList(this, lineTokens(lx), at, 0);
            StringBuilder sb = new StringBuilder();
            for (PpToken t : toks) {
                if (sb.length() > 0 && t.white) {
                    sb.append(' ');
                }
                sb.append(t.text);
            }
            String s = sb.toString();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                name = s.substring(1, s.length() - 1);
                angled = false;
            } else if (s.length() >= 2 && s.startsWith("<") && s.endsWith(">")) {
                name = s.substring(1, s.length() - 1);
                angled = true;
            } else {
                error(at, "#include expects \"FILENAME\" or <FILENAME>");
                lx.skipLine();
                return;
            }
        }
        lx.skipLine();
        include(sp, name, angled, at);
    }

    private void include(SplicedText sp, String name, boolean angled, SourcePosition at) {
        if (depth >= MAX_INCLUDE_DEPTH) {
            error(at, "#include nested depth " + depth + " exceeds maximum of " + MAX_INCLUDE_DEPTH
                    + " (recursive include of \"" + name + "\"?)");
            return;
        }
        List<String> tried = new ArrayList<>();
        Path found = null;
        String display = null;
        Path asGiven = Path.of(name);
        if (asGiven.isAbsolute()) {
            tried.add(name);
            if (Files.isRegularFile(asGiven)) {
                found = asGiven;
                display = name;
            }
        } else {
            if (!angled && sp.file.directory() != null) {
                Path dir = sp.file.directory();
                tried.add(dir.toString());
                Path c = dir.resolve(name);
                if (Files.isRegularFile(c)) {
                    found = c;
                    String includer = sp.file.name();
                    int slash = includer.lastIndexOf('/');
                    display = (slash >= 0 ? includer.substring(0, slash + 1) : "") + name;
                }
            }
            for (int i = 0; found == null && i < includeDirs.size(); i++) {
                Path dir = includeDirs.get(i);
                tried.add(dir.toString());
                Path c = dir.resolve(name);
                if (Files.isRegularFile(c)) {
                    found = c;
                    String d = dir.toString();
                    display = d.endsWith("/") ? d + name : d + "/" + name;
                }
            }
        }
        if (found == null) {
            error(at, "include file \"" + name + "\" not found; searched: "
                    + (tried.isEmpty() ? "(no include directories)" : String.join(", ", tried)));
            return;
        }
        Path key = found.toAbsolutePath().normalize();
        if (once.contains(key)) {
            return;
        }
        SourceFile f;
        try {
            f = SourceFile.read(display, found);
        } catch (IOException e) {
            error(at, "cannot read include file \"" + found + "\": " + e.getMessage());
            return;
        }
        files.put(key, Boolean.TRUE);
        depth++;
        try {
            processFile(new SplicedText(f));
        } finally {
            depth--;
        }
    }

    private void textLine(SplicedText sp, PpLexer lx) {
        int copyStart;
        if (lx.comment) {
            appendSpace(sp, lx.start);
            copyStart = lx.start;
        } else {
            copyStart = lx.lineStart;
        }
        int lastEnd = copyStart;
        int prevType = -1;
        String prevText = null;
        boolean afterExpansion = false;
        while (true) {
            int type = lx.type;
            if (type == PpToken.NEWLINE || type == PpToken.EOF) {
                if (lx.comment) {
                    appendVerbatim(sp, copyStart, lastEnd);
                    appendVerbatim(sp, lx.start, lx.end);
                } else {
                    appendVerbatim(sp, copyStart, lx.end);
                }
                return;
            }
            if (lx.comment) {
                appendVerbatim(sp, copyStart, lastEnd);
                appendSpace(sp, lx.start);
                copyStart = lx.start;
            }
            if (type == PpToken.IDENT) {
                String name = lx.text();
                if (macros.containsKey(name) || name.equals("__LINE__") || name.equals("__FILE__")) {
                    int nameStart = lx.start;
                    int nameEnd = lx.end;
                    boolean white = lx.white;
                    PpToken nameTok = new PpToken(PpToken.IDENT, name, false, false, -1);
                    List<PpToken> res = Expander.expandInvocation(this, nameTok, new LexerSource(lx),
                            position(sp, nameStart));
                    if (!(res.size() == 1 && res.get(0) == nameTok)) {
                        appendVerbatim(sp, copyStart, nameStart);
                        PpToken last = emitExpansion(res, white ? -1 : prevType, prevText, sp, nameStart);
                        if (last != null) {
                            prevType = last.type;
                            prevText = last.text;
                        }
                        copyStart = lastEnd = lx.pos;
                        afterExpansion = true;
                        lx.next();
                        continue;
                    }
                    lx.type = PpToken.IDENT;
                    lx.start = nameStart;
                    lx.end = nameEnd;
                    lx.white = white;
                }
            }
            if (afterExpansion && !lx.white && prevType >= 0
                    && avoidPaste(prevType, prevText, type, new String(sp.text, lx.start, lx.end - lx.start))) {
                appendVerbatim(sp, copyStart, lx.start);
                appendSpace(sp, lx.start);
                copyStart = lx.start;
            }
            afterExpansion = false;
            prevType = type;
            prevText = type == PpToken.PUNCT || type == PpToken.OTHER || type == PpToken.NUMBER ? lx.text()
                    : String.valueOf(sp.text[lx.start]);
            lastEnd = lx.end;
            lx.next();
        }
    }

    private PpToken emitExpansion(List<PpToken> res, int prevType, String prevText, SplicedText sp, int at) {
        map.fixed(outLen, sp.file, sp.orig(at));
        PpToken p = null;
        for (PpToken t : res) {
            boolean space = p == null ? prevType >= 0 && avoidPaste(prevType, prevText, t.type, t.text)
                    : t.white || avoidPaste(p.type, p.text, t.type, t.text);
            if (space) {
                append(' ');
            }
            appendString(t.text);
            p = t;
        }
        return p;
    }

    /** cpp's cpp_avoid_paste(): would printing b right after a change the tokens? */
    static boolean avoidPaste(int aType, String a, int bType, String b) {
        char c = bType == PpToken.PUNCT ? b.charAt(0) : 0;
        if (aType == PpToken.PUNCT) {
            if (c == '=' && switch (a) {
                case "=", "!", ">", "<", "+", "-", "*", "/", "%", "&", "|", "^", ">>", "<<" -> true;
                default -> false;
            }) {
                return true;
            }
            return switch (a) {
                case ">" -> c == '>';
                case "<" -> c == '<' || c == '%' || c == ':';
                case "+" -> c == '+';
                case "-" -> c == '-' || c == '>';
                case "/" -> c == '/' || c == '*';
                case "%" -> c == ':' || c == '%';
                case "&" -> c == '&';
                case "|" -> c == '|';
                case ":" -> c == ':' || c == '>';
                case "->" -> c == '*';
                case "." -> c == '.' || c == '%' || bType == PpToken.NUMBER;
                case "#" -> c == '#' || c == '%';
                default -> false;
            };
        }
        return switch (aType) {
            case PpToken.IDENT -> (bType == PpToken.NUMBER && isName(b)) || bType == PpToken.IDENT
                    || bType == PpToken.CHAR || bType == PpToken.STRING;
            case PpToken.NUMBER -> bType == PpToken.NUMBER || bType == PpToken.IDENT || bType == PpToken.CHAR
                    || c == '.' || c == '+' || c == '-';
            case PpToken.OTHER -> a.charAt(0) == '\\' && bType == PpToken.IDENT;
            default -> false;
        };
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !PpLexer.isIdentStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!PpLexer.isIdentChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void appendVerbatim(SplicedText sp, int from, int to) {
        int p = from;
        while (p < to) {
            map.verbatim(outLen, sp.file, sp.orig(p));
            int split = sp.spliceWithin(p, to);
            int end = split < 0 ? to : split;
            ensure(end - p);
            System.arraycopy(sp.text, p, out, outLen, end - p);
            outLen += end - p;
            p = end;
        }
    }

    private void appendSpace(SplicedText sp, int at) {
        map.fixed(outLen, sp.file, sp.orig(at));
        append(' ');
    }

    private void append(char c) {
        ensure(1);
        out[outLen++] = c;
    }

    private void appendString(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), out, outLen);
        outLen += s.length();
    }

    private void ensure(int more) {
        if (outLen + more > out.length) {
            char[] bigger = new char[Math.max(out.length * 2, outLen + more)];
            System.arraycopy(out, 0, bigger, 0, outLen);
            out = bigger;
        }
    }

    private static final class LexerSource implements Expander.Source {
        private final PpLexer lx;

        LexerSource(PpLexer lx) {
            this.lx = lx;
        }

        @Override
        public PpToken next() {
            boolean newline = false;
            while (true) {
                long m = lx.mark();
                lx.next();
                if (lx.type == PpToken.NEWLINE) {
                    newline = true;
                    continue;
                }
                if (lx.type == PpToken.EOF) {
                    return PpToken.END;
                }
                if (lx.bol && lx.type == PpToken.PUNCT && lx.textIs("#")) {
                    lx.reset(m);
                    return PpToken.END;
                }
                return new PpToken(lx.type, lx.text(), lx.white || newline, false, -1);
            }
        }

        @Override
        public long mark() {
            return lx.mark();
        }

        @Override
        public void reset(long mark) {
            lx.reset(mark);
        }
    }
}
