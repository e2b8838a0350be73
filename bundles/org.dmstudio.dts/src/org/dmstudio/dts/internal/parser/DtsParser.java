package org.dmstudio.dts.internal.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.internal.lexer.DtsLexer;
import org.dmstudio.dts.internal.lexer.Token;
import org.dmstudio.dts.internal.lexer.TokenKind;
import org.dmstudio.dts.internal.tree.Data;
import org.dmstudio.dts.internal.tree.Trees;
import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.MemReserve;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * dtc's grammar (dtc-parser.y) as a recursive-descent parser with the same
 * semantic actions. Unlike dtc it does not stop at the first syntax error: it
 * reports it, skips to the end of the item and goes on, so a partial tree is
 * always returned.
 */
public final class DtsParser {
    private final DtsLexer lx;
    private final Consumer<Diagnostic> sink;
    private final List<Path> includeDirs;
    private Token tok;
    private Token last;
    /** The token of the last syntax error, so that one mistake gives one message. */
    private Token reported;
    private boolean plugin;
    private int fragments;
    private boolean syntaxErrors;

    public DtsParser(DtsLexer lexer, List<Path> includeDirs, Consumer<Diagnostic> sink) {
        this.lx = lexer;
        this.includeDirs = includeDirs;
        this.sink = sink;
    }

    /** True once any error was reported by the parser itself. */
    public boolean hadErrors() {
        return syntaxErrors;
    }

    public LiveTree parse() {
        advance();
        headers();
        List<MemReserve> reserves = memreserves();
        Node root = devicetree();
        return new LiveTree(root, reserves, plugin, Trees.guessBootCpuid(root));
    }

    private void advance() {
        last = tok;
        tok = lx.next();
    }

    private void error(SourcePosition at, String message) {
        syntaxErrors = true;
        sink.accept(Diagnostic.error(at, message));
    }

    private void warning(SourcePosition at, String message) {
        sink.accept(Diagnostic.warning(at, message));
    }

    private void syntaxError(String expected) {
        if (tok == reported) {
            return;
        }
        reported = tok;
        error(tok.position(), "syntax error near " + tok.describe() + (expected == null ? "" : ": expected " + expected));
    }

    private boolean expectChar(char c) {
        if (tok.is(c)) {
            advance();
            return true;
        }
        syntaxError("'" + c + "'");
        return false;
    }

    private SourceSpan span(SourcePosition start) {
        return SourceSpan.of(start, last == null ? start : last.endPosition());
    }

    private void headers() {
        int flags = -1;
        while (tok.kind == TokenKind.DT_V1) {
            Token start = tok;
            advance();
            expectChar(';');
            int f = 1;
            if (tok.kind == TokenKind.DT_PLUGIN) {
                advance();
                expectChar(';');
                f |= 2;
            }
            if (flags >= 0 && f != flags) {
                error(start.position(), "Header flags don't match earlier ones");
            }
            if (flags < 0) {
                flags = f;
            }
        }
        if (flags < 0) {
            syntaxError("/dts-v1/; at the start of the file");
            lx.forceV1();
            flags = 1;
        }
        plugin = (flags & 2) != 0;
    }

    private List<MemReserve> memreserves() {
        List<MemReserve> out = new ArrayList<>();
        while (tok.kind == TokenKind.DT_LABEL || tok.kind == TokenKind.DT_MEMRESERVE) {
            List<Token> labels = labels();
            if (tok.kind != TokenKind.DT_MEMRESERVE) {
                syntaxError("/memreserve/ after labels");
                break;
            }
            Token start = tok;
            advance();
            long address = integerPrim();
            long size = integerPrim();
            expectChar(';');
            MemReserve r = new MemReserve(address, size, start.position());
            for (int i = labels.size() - 1; i >= 0; i--) {
                r.addLabel(labels.get(i).text, labels.get(i).position());
            }
            out.add(r);
        }
        return out;
    }

    private List<Token> labels() {
        List<Token> labels = new ArrayList<>(1);
        while (tok.kind == TokenKind.DT_LABEL) {
            labels.add(tok);
            advance();
        }
        return labels;
    }

    private Node devicetree() {
        Node root = null;
        if (tok.is('/')) {
            Token start = tok;
            advance();
            root = nodedef(start.position());
            root.setName("");
        } else if (tok.kind == TokenKind.DT_REF) {
            Token ref = tok;
            advance();
            Node n = nodedef(ref.position());
            if (!plugin) {
                error(ref.position(), "Label or path " + refText(ref) + " not found");
            }
            root = new Node("");
            Trees.addOrphanNode(root, n, ref.text, fragments++);
        } else {
            syntaxError("'/ {' or '&label {'");
            root = new Node("");
            skipTopLevel();
        }
        while (tok.kind != TokenKind.EOF) {
            if (tok.is('/')) {
                Token start = tok;
                advance();
                Node n = nodedef(start.position());
                n.setName("");
                Trees.mergeNodes(root, n);
            } else if (tok.kind == TokenKind.DT_LABEL) {
                Token label = tok;
                advance();
                if (tok.kind != TokenKind.DT_REF) {
                    syntaxError("'&label' or '&{/path}' after a label at top level");
                    skipTopLevel();
                    continue;
                }
                Token ref = tok;
                advance();
                Node n = nodedef(label.position());
                Node target = Trees.nodeByRef(root, ref.text);
                if (target != null) {
                    target.addLabel(label.text, label.position());
                    Trees.mergeNodes(target, n);
                } else {
                    error(ref.position(), "Label or path " + refText(ref) + " not found");
                }
            } else if (tok.kind == TokenKind.DT_REF) {
                Token ref = tok;
                advance();
                Node n = nodedef(ref.position());
                Node target = Trees.nodeByRef(root, ref.text);
                if (target != null) {
                    Trees.mergeNodes(target, n);
                } else if (plugin) {
                    Trees.addOrphanNode(root, n, ref.text, fragments++);
                } else {
                    error(ref.position(), "Label or path " + refText(ref) + " not found");
                }
            } else if (tok.kind == TokenKind.DT_DEL_NODE || tok.kind == TokenKind.DT_OMIT_NO_REF) {
                boolean delete = tok.kind == TokenKind.DT_DEL_NODE;
                advance();
                if (tok.kind != TokenKind.DT_REF) {
                    syntaxError("'&label' or '&{/path}'");
                    skipTopLevel();
                    continue;
                }
                Token ref = tok;
                advance();
                Node target = Trees.nodeByRef(root, ref.text);
                if (target == null) {
                    error(ref.position(), "Label or path " + refText(ref) + " not found");
                } else if (delete) {
                    target.delete();
                } else {
                    target.setOmitIfNoRef(true);
                }
                expectChar(';');
            } else {
                syntaxError(null);
                skipTopLevel();
            }
        }
        return root;
    }

    private static String refText(Token ref) {
        return ref.text.startsWith("/") ? "&{" + ref.text + "}" : "&" + ref.text;
    }

    /** Error recovery at top level: skip to the ';' ending the current item. */
    private void skipTopLevel() {
        int depth = 0;
        while (tok.kind != TokenKind.EOF) {
            if (tok.is('{')) {
                depth++;
            } else if (tok.is('}')) {
                depth = Math.max(0, depth - 1);
            } else if (tok.is(';') && depth == 0) {
                advance();
                return;
            }
            advance();
        }
    }

    /** Error recovery inside a node: skip to the end of the current property or subnode. */
    private void skipItem() {
        int depth = 0;
        while (tok.kind != TokenKind.EOF) {
            if (tok.is('{')) {
                depth++;
            } else if (tok.is('}')) {
                if (depth == 0) {
                    return;
                }
                depth--;
                advance();
                if (depth == 0 && tok.is(';')) {
                    advance();
                    return;
                }
                continue;
            } else if (tok.is(';') && depth == 0) {
                advance();
                return;
            }
            advance();
        }
    }

    private Node nodedef(SourcePosition start) {
        Node node = new Node(null);
        if (!tok.is('{')) {
            syntaxError("'{'");
            skipItem();
            node.addDefinition(span(start));
            return node;
        }
        advance();
        body(node);
        if (tok.is('}')) {
            advance();
            expectChar(';');
        } else {
            syntaxError("'}'");
        }
        node.addDefinition(span(start));
        return node;
    }

    private void body(Node node) {
        boolean sawSubnode = false;
        while (!tok.is('}') && tok.kind != TokenKind.EOF) {
            SourcePosition start = tok.position();
            List<Token> labels = new ArrayList<>(1);
            boolean omit = false;
            while (tok.kind == TokenKind.DT_LABEL || tok.kind == TokenKind.DT_OMIT_NO_REF) {
                if (tok.kind == TokenKind.DT_LABEL) {
                    labels.add(tok);
                } else {
                    omit = true;
                }
                advance();
            }
            switch (tok.kind) {
                case DT_DEL_PROP -> {
                    advance();
                    if (tok.kind != TokenKind.DT_PROPNODENAME) {
                        syntaxError("a property name");
                        skipItem();
                        continue;
                    }
                    String name = tok.text;
                    advance();
                    expectChar(';');
                    Property p = new Property(name, null, null);
                    p.delete();
                    addLabels(p, labels);
                    if (omit) {
                        error(start, "/omit-if-no-ref/ applies to nodes, not to /delete-property/");
                    }
                    if (sawSubnode) {
                        error(start, "Properties must precede subnodes");
                    }
                    node.addProperty(p);
                }
                case DT_DEL_NODE -> {
                    advance();
                    if (tok.kind != TokenKind.DT_PROPNODENAME) {
                        syntaxError("a node name");
                        skipItem();
                        continue;
                    }
                    String name = tok.text;
                    advance();
                    expectChar(';');
                    Node d = new Node(name);
                    d.setDeleted(true);
                    d.addDefinition(span(start));
                    addLabels(d, labels);
                    d.setOmitIfNoRef(omit);
                    node.addChild(d);
                    sawSubnode = true;
                }
                case DT_PROPNODENAME -> {
                    Token name = tok;
                    advance();
                    if (tok.is('{')) {
                        Node c = nodedef(start);
                        c.setName(name.text);
                        addLabels(c, labels);
                        if (omit) {
                            c.setOmitIfNoRef(true);
                        }
                        node.addChild(c);
                        sawSubnode = true;
                        continue;
                    }
                    Property p;
                    if (tok.is('=')) {
                        advance();
                        Data d = propdata();
                        if (!expectChar(';')) {
                            skipItem();
                        }
                        p = new Property(name.text, d.bytes(), d.markers());
                    } else if (tok.is(';')) {
                        advance();
                        p = new Property(name.text, null, null);
                    } else {
                        syntaxError("'=', ';' or '{' after '" + name.text + "'");
                        skipItem();
                        continue;
                    }
                    p.addDefinition(span(start));
                    for (int i = labels.size() - 1; i >= 0; i--) {
                        p.addLabel(new Label(labels.get(i).text, labels.get(i).position()));
                    }
                    if (omit) {
                        error(start, "/omit-if-no-ref/ applies to nodes, not to properties");
                    }
                    if (sawSubnode) {
                        error(start, "Properties must precede subnodes");
                    }
                    node.addProperty(p);
                }
                default -> {
                    syntaxError("a property or node");
                    skipItem();
                }
            }
        }
    }

    private static void addLabels(Node n, List<Token> labels) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            n.addLabel(labels.get(i).text, labels.get(i).position());
        }
    }

    private static void addLabels(Property p, List<Token> labels) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            p.addLabel(new Label(labels.get(i).text, labels.get(i).position()));
        }
    }

    private Data propdata() {
        Data d = new Data();
        while (true) {
            valueLabels(d);
            switch (tok.kind) {
                case DT_STRING -> {
                    d.addMarker(MarkerType.TYPE_STRING, null, null);
                    d.appendBytes(tok.data, 0, tok.data.length);
                    advance();
                }
                case DT_BITS -> array(d);
                case DT_REF -> {
                    d.addMarker(MarkerType.TYPE_STRING, tok.text, tok.position());
                    d.addMarker(MarkerType.REF_PATH, tok.text, tok.position());
                    advance();
                }
                case DT_INCBIN -> incbin(d);
                case CHAR -> {
                    if (tok.is('<')) {
                        array(d);
                    } else if (tok.is('[')) {
                        bytestring(d);
                    } else {
                        syntaxError("a value");
                        return d;
                    }
                }
                default -> {
                    syntaxError("a value");
                    return d;
                }
            }
            valueLabels(d);
            if (!tok.is(',')) {
                return d;
            }
            advance();
        }
    }

    private void valueLabels(Data d) {
        while (tok.kind == TokenKind.DT_LABEL) {
            d.addMarker(MarkerType.LABEL, tok.text, tok.position());
            advance();
        }
    }

    private void bytestring(Data d) {
        advance();
        d.addMarker(MarkerType.TYPE_UINT8, null, null);
        while (true) {
            if (tok.kind == TokenKind.DT_BYTE) {
                d.appendByte((int) tok.value);
            } else if (tok.kind == TokenKind.DT_LABEL) {
                d.addMarker(MarkerType.LABEL, tok.text, tok.position());
            } else if (tok.is(']')) {
                advance();
                return;
            } else {
                syntaxError("two hex digits or ']' in a byte string");
                return;
            }
            advance();
        }
    }

    private void array(Data d) {
        int bits = 32;
        if (tok.kind == TokenKind.DT_BITS) {
            advance();
            if (tok.kind != TokenKind.DT_LITERAL) {
                syntaxError("a number after /bits/");
                return;
            }
            long b = tok.value;
            if (b == 8 || b == 16 || b == 32 || b == 64) {
                bits = (int) b;
            } else {
                error(tok.position(), "Array elements must be 8, 16, 32 or 64-bits");
            }
            advance();
        }
        if (!expectChar('<')) {
            return;
        }
        d.addMarker(switch (bits) {
            case 8 -> MarkerType.TYPE_UINT8;
            case 16 -> MarkerType.TYPE_UINT16;
            case 64 -> MarkerType.TYPE_UINT64;
            default -> MarkerType.TYPE_UINT32;
        }, null, null);
        while (!tok.is('>')) {
            if (tok.kind == TokenKind.DT_LITERAL || tok.kind == TokenKind.DT_CHAR_LITERAL || tok.is('(')) {
                Token start = tok;
                long v = integerPrim();
                if (bits < 64) {
                    long mask = (1L << bits) - 1;
                    if (Long.compareUnsigned(v, mask) > 0 && (v | mask) != -1L) {
                        warning(start.position(), String.format("Value 0x%016x truncated to 0x%0" + (bits / 4) + "x",
                                v, v & mask));
                    }
                }
                d.appendInteger(v, bits);
            } else if (tok.kind == TokenKind.DT_REF) {
                if (bits == 32) {
                    d.addMarker(MarkerType.REF_PHANDLE, tok.text, tok.position());
                } else {
                    error(tok.position(), "References are only allowed in arrays with 32-bit elements.");
                }
                d.appendInteger(-1L >>> (64 - bits), bits);
                advance();
            } else if (tok.kind == TokenKind.DT_LABEL) {
                d.addMarker(MarkerType.LABEL, tok.text, tok.position());
                advance();
            } else {
                syntaxError("a number, '(' expression ')', '&reference' or '>' in a cell list");
                return;
            }
        }
        advance();
    }

    private void incbin(Data d) {
        Token at = tok;
        advance();
        if (!expectChar('(')) {
            return;
        }
        if (tok.kind != TokenKind.DT_STRING) {
            syntaxError("a file name");
            return;
        }
        String name = new String(tok.data, 0, tok.data.length - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        advance();
        long offset = 0;
        long length = -1;
        if (tok.is(',')) {
            advance();
            offset = integerPrim();
            expectChar(',');
            length = integerPrim();
        }
        expectChar(')');
        List<String> tried = new ArrayList<>();
        Path file = DtsLexer.resolve(at.map.file(at.start), name, includeDirs, tried);
        if (file == null) {
            error(at.position(), "/incbin/ file \"" + name + "\" not found; searched: " + String.join(", ", tried));
            return;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            if (Long.compareUnsigned(offset, all.length) > 0) {
                error(at.position(), "Couldn't seek to offset " + Long.toUnsignedString(offset) + " in \"" + name + "\"");
                return;
            }
            int from = (int) offset;
            int to = length < 0 || from + length > all.length ? all.length : (int) (from + length);
            byte[] part = Arrays.copyOfRange(all, from, to);
            d.appendBytes(part, 0, part.length);
        } catch (IOException e) {
            error(at.position(), "cannot read /incbin/ file \"" + file + "\": " + e.getMessage());
        }
    }

    private long integerPrim() {
        if (tok.kind == TokenKind.DT_LITERAL || tok.kind == TokenKind.DT_CHAR_LITERAL) {
            long v = tok.value;
            advance();
            return v;
        }
        if (tok.is('(')) {
            advance();
            long v = expr();
            expectChar(')');
            return v;
        }
        syntaxError("a number or '('");
        return 0;
    }

    private long expr() {
        long c = or();
        if (tok.is('?')) {
            advance();
            long a = expr();
            expectChar(':');
            long b = expr();
            return c != 0 ? a : b;
        }
        return c;
    }

    private long or() {
        long l = and();
        while (tok.kind == TokenKind.DT_OR) {
            advance();
            long r = and();
            l = (l != 0 || r != 0) ? 1 : 0;
        }
        return l;
    }

    private long and() {
        long l = bitor();
        while (tok.kind == TokenKind.DT_AND) {
            advance();
            long r = bitor();
            l = (l != 0 && r != 0) ? 1 : 0;
        }
        return l;
    }

    private long bitor() {
        long l = bitxor();
        while (tok.is('|')) {
            advance();
            l |= bitxor();
        }
        return l;
    }

    private long bitxor() {
        long l = bitand();
        while (tok.is('^')) {
            advance();
            l ^= bitand();
        }
        return l;
    }

    private long bitand() {
        long l = eq();
        while (tok.is('&')) {
            advance();
            l &= eq();
        }
        return l;
    }

    private long eq() {
        long l = rela();
        while (tok.kind == TokenKind.DT_EQ || tok.kind == TokenKind.DT_NE) {
            boolean isEq = tok.kind == TokenKind.DT_EQ;
            advance();
            long r = rela();
            l = (l == r) == isEq ? 1 : 0;
        }
        return l;
    }

    private long rela() {
        long l = shift();
        while (true) {
            int op;
            if (tok.is('<')) {
                op = 0;
            } else if (tok.is('>')) {
                op = 1;
            } else if (tok.kind == TokenKind.DT_LE) {
                op = 2;
            } else if (tok.kind == TokenKind.DT_GE) {
                op = 3;
            } else {
                return l;
            }
            advance();
            int c = Long.compareUnsigned(l, shift());
            boolean r = switch (op) {
                case 0 -> c < 0;
                case 1 -> c > 0;
                case 2 -> c <= 0;
                default -> c >= 0;
            };
            l = r ? 1 : 0;
        }
    }

    private long shift() {
        long l = add();
        while (tok.kind == TokenKind.DT_LSHIFT || tok.kind == TokenKind.DT_RSHIFT) {
            boolean left = tok.kind == TokenKind.DT_LSHIFT;
            advance();
            long r = add();
            if (Long.compareUnsigned(r, 64) >= 0) {
                l = 0;
            } else {
                l = left ? l << r : l >>> r;
            }
        }
        return l;
    }

    private long add() {
        long l = mul();
        while (tok.is('+') || tok.is('-')) {
            boolean plus = tok.is('+');
            advance();
            long r = mul();
            l = plus ? l + r : l - r;
        }
        return l;
    }

    private long mul() {
        SourcePosition start = tok.position();
        long l = unary();
        while (tok.is('*') || tok.is('/') || tok.is('%')) {
            char op = tok.text.charAt(0);
            advance();
            long r = unary();
            if (op == '*') {
                l *= r;
            } else if (r == 0) {
                error(start, "Division by zero");
                l = 0;
            } else {
                l = op == '/' ? Long.divideUnsigned(l, r) : Long.remainderUnsigned(l, r);
            }
        }
        return l;
    }

    private long unary() {
        if (tok.is('-')) {
            advance();
            return -unary();
        }
        if (tok.is('~')) {
            advance();
            return ~unary();
        }
        if (tok.is('!')) {
            advance();
            return unary() == 0 ? 1 : 0;
        }
        return integerPrim();
    }
}
