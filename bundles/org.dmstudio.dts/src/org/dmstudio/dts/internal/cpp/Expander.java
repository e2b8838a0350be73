package org.dmstudio.dts.internal.cpp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.SourcePosition;

/**
 * Expands macros with cpp's context-stack algorithm: a macro is disabled while
 * its replacement is rescanned, and a disabled name met during that time is
 * painted so it never expands again.
 */
final class Expander {
    static final int MAX_DEPTH = 256;
    static final int MAX_TOKENS = 1 << 20;

    /** Where tokens come from once every macro context is used up. */
    interface Source {
        PpToken next();

        long mark();

        void reset(long mark);
    }

    static final Source NONE = new Source() {
        @Override
        public PpToken next() {
            return PpToken.END;
        }

        @Override
        public long mark() {
            return 0;
        }

        @Override
        public void reset(long mark) {
        }
    };

    private static final class Ctx {
        final PpToken[] toks;
        final Macro macro;
        int pos;

        Ctx(PpToken[] toks, Macro macro) {
            this.toks = toks;
            this.macro = macro;
        }
    }

    private final Preprocessor pp;
    private final Source base;
    private final SourcePosition site;
    private final int nesting;
    private final ArrayDeque<Ctx> stack = new ArrayDeque<>();
    private boolean failed;

    Expander(Preprocessor pp, Source base, SourcePosition site, int nesting) {
        this.pp = pp;
        this.base = base;
        this.site = site;
        this.nesting = nesting;
    }

    /** Expands the tokens completely, reading nothing beyond them. */
    static List<PpToken> expandList(Preprocessor pp, List<PpToken> tokens, SourcePosition site, int nesting) {
        Expander ex = new Expander(pp, NONE, site, nesting);
        ex.stack.push(new Ctx(tokens.toArray(new PpToken[0]), null));
        List<PpToken> out = new ArrayList<>(tokens.size());
        ex.run(out, false);
        return out;
    }

    /**
     * Expands one macro name found in the text; arguments and a following '(' may
     * be read from the source. Returns just the name when it is not invoked.
     */
    static List<PpToken> expandInvocation(Preprocessor pp, PpToken name, Source source, SourcePosition site) {
        Expander ex = new Expander(pp, source, site, 0);
        ex.stack.push(new Ctx(new PpToken[] {name}, null));
        List<PpToken> out = new ArrayList<>();
        ex.run(out, true);
        return out;
    }

    private void run(List<PpToken> out, boolean stopWhenEmpty) {
        int budget = MAX_TOKENS;
        while (!failed) {
            PpToken t;
            if (stack.isEmpty()) {
                if (stopWhenEmpty) {
                    return;
                }
                t = base.next();
                if (t.type == PpToken.EOF) {
                    return;
                }
            } else {
                Ctx c = stack.peek();
                if (c.pos >= c.toks.length) {
                    pop();
                    continue;
                }
                t = c.toks[c.pos++];
            }
            if (t.type == PpToken.IDENT && !t.noExpand) {
                Macro m = pp.macro(t.text);
                if (m != null) {
                    if (m.disabled) {
                        out.add(t.painted());
                        continue;
                    }
                    List<List<PpToken>> args = null;
                    if (m.functionLike) {
                        if (!consumeParen()) {
                            out.add(t);
                            continue;
                        }
                        args = collectArgs(m);
                        if (args == null) {
                            out.add(t);
                            continue;
                        }
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        fail("macro expansion of \"" + m.name + "\" nested deeper than " + MAX_DEPTH + " levels");
                        return;
                    }
                    PpToken[] exp = substitute(m, args);
                    budget -= exp.length;
                    if (budget < 0) {
                        fail("macro expansion of \"" + m.name + "\" produces more than " + MAX_TOKENS + " tokens");
                        return;
                    }
                    if (exp.length > 0) {
                        exp[0] = exp[0].withWhite(t.white);
                    }
                    m.disabled = true;
                    stack.push(new Ctx(exp, m));
                    continue;
                }
                PpToken builtin = builtin(t);
                if (builtin != null) {
                    out.add(builtin);
                    continue;
                }
            }
            out.add(t);
            if (--budget < 0) {
                fail("macro expansion produces more than " + MAX_TOKENS + " tokens");
                return;
            }
        }
    }

    private void fail(String message) {
        failed = true;
        pp.error(site, message);
        while (!stack.isEmpty()) {
            pop();
        }
    }

    private PpToken builtin(PpToken t) {
        return switch (t.text) {
            case "__LINE__" -> new PpToken(PpToken.NUMBER, Integer.toString(site.line()), t.white, false, -1);
            case "__FILE__" -> new PpToken(PpToken.STRING, quote(site.file()), t.white, false, -1);
            default -> null;
        };
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private void pop() {
        Ctx c = stack.pop();
        if (c.macro != null) {
            c.macro.disabled = false;
        }
    }

    private boolean consumeParen() {
        for (Ctx c : stack) {
            if (c.pos < c.toks.length) {
                if (!c.toks[c.pos].is("(")) {
                    return false;
                }
                while (stack.peek() != c) {
                    pop();
                }
                c.pos++;
                return true;
            }
        }
        long mark = base.mark();
        PpToken p = base.next();
        if (p.is("(")) {
            while (!stack.isEmpty()) {
                pop();
            }
            return true;
        }
        base.reset(mark);
        return false;
    }

    private PpToken readRaw() {
        while (!stack.isEmpty()) {
            Ctx c = stack.peek();
            if (c.pos < c.toks.length) {
                return paint(c.toks[c.pos++]);
            }
            pop();
        }
        return paint(base.next());
    }

    private PpToken paint(PpToken t) {
        if (t.type == PpToken.IDENT && !t.noExpand) {
            Macro m = pp.macro(t.text);
            if (m != null && m.disabled) {
                return t.painted();
            }
        }
        return t;
    }

    private List<List<PpToken>> collectArgs(Macro m) {
        List<List<PpToken>> args = new ArrayList<>();
        List<PpToken> cur = new ArrayList<>();
        int depth = 0;
        int np = m.params.length;
        while (true) {
            PpToken t = readRaw();
            if (t.type == PpToken.EOF) {
                pp.error(site, "unterminated argument list invoking macro \"" + m.name + "\"");
                return null;
            }
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                if (depth == 0) {
                    args.add(cur);
                    break;
                }
                depth--;
            } else if (t.is(",") && depth == 0 && !(m.variadic && args.size() == np - 1)) {
                args.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(t);
        }
        if (np == 0) {
            if (args.size() == 1 && args.get(0).isEmpty()) {
                return args;
            }
            pp.error(site, "macro \"" + m.name + "\" passed " + args.size() + " arguments, but takes just 0");
            return null;
        }
        if (args.size() < np) {
            if (m.variadic && args.size() == np - 1) {
                args.add(new ArrayList<>());
            } else {
                pp.error(site, "macro \"" + m.name + "\" requires " + np + " arguments, but only " + args.size()
                        + " given");
                return null;
            }
        }
        if (args.size() > np) {
            pp.error(site, "macro \"" + m.name + "\" passed " + args.size() + " arguments, but takes just " + np);
            return null;
        }
        return args;
    }

    private PpToken[] substitute(Macro m, List<List<PpToken>> args) {
        PpToken[] body = m.body;
        if (args == null) {
            return body.clone();
        }
        List<PpToken> res = new ArrayList<>(body.length + 8);
        List<List<PpToken>> expanded = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            expanded.add(null);
        }
        for (int i = 0; i < body.length; i++) {
            PpToken b = body[i];
            if (b.is("#") && i + 1 < body.length && body[i + 1].param >= 0) {
                res.add(stringify(args.get(body[i + 1].param), b.white));
                i++;
                continue;
            }
            if (b.is("##") && i > 0 && i + 1 < body.length) {
                PpToken next = body[++i];
                List<PpToken> rhs = next.param >= 0 ? args.get(next.param) : List.of(next);
                if (next.param >= 0 && m.variadic && next.param == m.params.length - 1 && !res.isEmpty()
                        && res.get(res.size() - 1).is(",")) {
                    if (rhs.isEmpty()) {
                        res.remove(res.size() - 1);
                    } else {
                        for (int k = 0; k < rhs.size(); k++) {
                            res.add(k == 0 ? rhs.get(k).withWhite(next.white) : rhs.get(k));
                        }
                    }
                    continue;
                }
                if (rhs.isEmpty()) {
                    continue;
                }
                PpToken lhs = res.isEmpty() ? null : res.remove(res.size() - 1);
                if (lhs == null || lhs.type == PpToken.PLACEMARKER) {
                    for (int k = 0; k < rhs.size(); k++) {
                        res.add(k == 0 && lhs != null ? rhs.get(k).withWhite(lhs.white) : rhs.get(k));
                    }
                } else {
                    paste(lhs, rhs.get(0), res);
                    res.addAll(rhs.subList(1, rhs.size()));
                }
                continue;
            }
            if (b.param >= 0) {
                boolean raw = (i + 1 < body.length && body[i + 1].is("##")) || (i > 0 && body[i - 1].is("##"));
                List<PpToken> a;
                if (raw) {
                    a = args.get(b.param);
                } else {
                    a = expanded.get(b.param);
                    if (a == null) {
                        if (nesting > MAX_DEPTH) {
                            fail("macro arguments nested deeper than " + MAX_DEPTH + " levels");
                            return new PpToken[0];
                        }
                        a = expandList(pp, args.get(b.param), site, nesting + 1);
                        expanded.set(b.param, a);
                    }
                }
                if (a.isEmpty()) {
                    if (raw) {
                        res.add(new PpToken(PpToken.PLACEMARKER, "", b.white, false, -1));
                    }
                    continue;
                }
                for (int k = 0; k < a.size(); k++) {
                    res.add(k == 0 ? a.get(k).withWhite(b.white) : a.get(k));
                }
                continue;
            }
            res.add(b);
        }
        res.removeIf(t -> t.type == PpToken.PLACEMARKER);
        return res.toArray(new PpToken[0]);
    }

    private void paste(PpToken lhs, PpToken rhs, List<PpToken> res) {
        String text = lhs.text + rhs.text;
        PpLexer lx = new PpLexer(text.toCharArray(), text.length());
        lx.next();
        int type = lx.type;
        boolean single = lx.start == 0 && lx.end == text.length();
        if (single) {
            lx.next();
            single = lx.type == PpToken.EOF;
        }
        if (!single) {
            pp.error(site, "pasting \"" + lhs.text + "\" and \"" + rhs.text
                    + "\" does not give a valid preprocessing token");
            res.add(lhs);
            res.add(rhs);
            return;
        }
        res.add(new PpToken(type, text, lhs.white, false, -1));
    }

    private static PpToken stringify(List<PpToken> arg, boolean white) {
        StringBuilder sb = new StringBuilder().append('"');
        for (int i = 0; i < arg.size(); i++) {
            PpToken t = arg.get(i);
            if (i > 0 && t.white) {
                sb.append(' ');
            }
            if (t.type == PpToken.STRING || t.type == PpToken.CHAR) {
                for (int k = 0; k < t.text.length(); k++) {
                    char c = t.text.charAt(k);
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            } else {
                sb.append(t.text);
            }
        }
        return new PpToken(PpToken.STRING, sb.append('"').toString(), white, false, -1);
    }
}
