package org.dmstudio.dts.internal.flattree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.dmstudio.dts.internal.tree.Trees;
import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.MemReserve;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * Reads a flattened device tree (versions 16 and 17). Labels come back from
 * {@code __symbols__}; phandle references come back from
 * {@code __local_fixups__} and {@code __fixups__} when present.
 */
public final class FlatTreeReader {
    /** The input is not a well-formed DTB. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private final byte[] b;
    private int pos;
    private int structEnd;
    private int stringsOff;
    private int stringsSize;

    private FlatTreeReader(byte[] blob) {
        this.b = blob;
    }

    public static LiveTree read(byte[] blob) {
        return new FlatTreeReader(blob).read();
    }

    private int u32(int at) {
        if (at < 0 || at + 4 > b.length) {
            throw new FormatException("truncated blob: offset " + at + " beyond " + b.length + " bytes");
        }
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private long u64(int at) {
        return ((long) u32(at) << 32) | (u32(at + 4) & 0xffffffffL);
    }

    private LiveTree read() {
        if (b.length < 40 || u32(0) != FlatTreeWriter.FDT_MAGIC) {
            throw new FormatException("not a DTB: bad magic");
        }
        int total = u32(4);
        int structOff = u32(8);
        stringsOff = u32(12);
        int reserveOff = u32(16);
        int version = u32(20);
        if (version < 16) {
            throw new FormatException("unsupported DTB version " + version + " (need 16 or later)");
        }
        if (total > b.length || total < 40) {
            throw new FormatException("totalsize " + total + " does not match blob size " + b.length);
        }
        int boot = u32(28);
        stringsSize = u32(32);
        structEnd = version >= 17 ? structOff + u32(36) : total;
        if (stringsOff < 0 || stringsOff + stringsSize > total || structOff < 0 || structEnd > total) {
            throw new FormatException("block offsets outside the blob");
        }
        List<MemReserve> reserves = new ArrayList<>();
        for (int at = reserveOff;; at += 16) {
            long address = u64(at);
            long size = u64(at + 8);
            if (address == 0 && size == 0) {
                break;
            }
            reserves.add(new MemReserve(address, size, null));
        }
        pos = structOff;
        int token = nextToken();
        if (token != FlatTreeWriter.FDT_BEGIN_NODE) {
            throw new FormatException("structure block does not start with a node");
        }
        Node root = node();
        if (nextToken() != FlatTreeWriter.FDT_END) {
            throw new FormatException("missing FDT_END after the root node");
        }
        LiveTree tree = new LiveTree(root, reserves, isPlugin(root), boot);
        Trees.fillFullPaths(root);
        labels(root);
        localFixups(root);
        fixups(root);
        return tree;
    }

    private static boolean isPlugin(Node root) {
        return root.child("__fixups__") != null || root.child("__local_fixups__") != null
                || root.children().stream().anyMatch(c -> c.child("__overlay__") != null);
    }

    private int nextToken() {
        while (true) {
            if (pos + 4 > structEnd) {
                throw new FormatException("structure block ends without FDT_END");
            }
            int t = u32(pos);
            pos += 4;
            if (t != FlatTreeWriter.FDT_NOP) {
                return t;
            }
        }
    }

    private Node node() {
        int start = pos;
        while (pos < structEnd && b[pos] != 0) {
            pos++;
        }
        if (pos >= structEnd) {
            throw new FormatException("unterminated node name at offset " + start);
        }
        Node node = new Node(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
        pos = align(pos + 1);
        while (true) {
            int t = nextToken();
            switch (t) {
                case FlatTreeWriter.FDT_PROP -> {
                    int len = u32(pos);
                    int nameOff = u32(pos + 4);
                    pos += 8;
                    if (len < 0 || pos + len > structEnd) {
                        throw new FormatException("property value runs past the structure block");
                    }
                    byte[] value = Arrays.copyOfRange(b, pos, pos + len);
                    pos = align(pos + len);
                    Property p = new Property(string(nameOff), value, new ArrayList<>());
                    node.addProperty(p);
                    if ((p.name().equals("phandle") || p.name().equals("linux,phandle")) && len == 4
                            && node.phandle() == 0) {
                        node.setPhandle((int) p.cell(0));
                    }
                }
                case FlatTreeWriter.FDT_BEGIN_NODE -> node.addChild(node());
                case FlatTreeWriter.FDT_END_NODE -> {
                    return node;
                }
                default -> throw new FormatException("bad structure token 0x" + Integer.toHexString(t) + " at offset "
                        + (pos - 4));
            }
        }
    }

    private String string(int off) {
        if (off < 0 || off >= stringsSize) {
            throw new FormatException("property name offset " + off + " outside the strings block");
        }
        int start = stringsOff + off;
        int end = start;
        while (end < stringsOff + stringsSize && b[end] != 0) {
            end++;
        }
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static int align(int p) {
        return (p + 3) & ~3;
    }

    private static String cString(byte[] v) {
        int e = 0;
        while (e < v.length && v[e] != 0) {
            e++;
        }
        return new String(v, 0, e, StandardCharsets.ISO_8859_1);
    }

    /** generate_labels_from_tree(); read backwards so each node's labels keep dtc's order. */
    private static void labels(Node root) {
        Node symbols = root.child("__symbols__");
        if (symbols == null) {
            return;
        }
        List<Property> props = symbols.properties();
        for (int i = props.size() - 1; i >= 0; i--) {
            Property p = props.get(i);
            Node target = Trees.nodeByPath(root, cString(p.value()));
            if (target != null) {
                target.addLabel(p.name(), null);
            }
        }
    }

    private static void localFixups(Node root) {
        Node lf = root.child("__local_fixups__");
        if (lf != null) {
            localFixups(root, lf, root);
        }
    }

    private static void localFixups(Node root, Node lf, Node n) {
        for (Property lp : lf.properties()) {
            Property p = n.property(lp.name());
            if (p == null || lp.length() % 4 != 0) {
                continue;
            }
            for (int i = 0; i < lp.length() / 4; i++) {
                int offset = (int) lp.cell(i);
                if (offset < 0 || offset + 4 > p.length()) {
                    continue;
                }
                Node target = byPhandle(root, (int) cellAt(p.value(), offset));
                if (target != null) {
                    List<String> labels = target.labels();
                    addMarker(p, new Marker(MarkerType.REF_PHANDLE, offset,
                            labels.isEmpty() ? target.path() : labels.get(0), null));
                }
            }
        }
        for (Node sub : lf.children()) {
            Node child = n.child(sub.name());
            if (child != null) {
                localFixups(root, sub, child);
            }
        }
    }

    private static void fixups(Node root) {
        Node f = root.child("__fixups__");
        if (f == null) {
            return;
        }
        for (Property p : f.properties()) {
            List<String> entries = p.asStrings();
            if (entries == null) {
                continue;
            }
            for (String e : entries) {
                int c2 = e.lastIndexOf(':');
                int c1 = c2 > 0 ? e.lastIndexOf(':', c2 - 1) : -1;
                if (c1 < 0) {
                    continue;
                }
                Node n = Trees.nodeByPath(root, e.substring(0, c1));
                Property target = n == null ? null : n.property(e.substring(c1 + 1, c2));
                try {
                    int offset = Integer.parseInt(e.substring(c2 + 1));
                    if (target != null && offset >= 0 && offset + 4 <= target.length()) {
                        addMarker(target, new Marker(MarkerType.REF_PHANDLE, offset, p.name(), null));
                    }
                } catch (NumberFormatException ignored) {
                    // a malformed entry names no reference
                }
            }
        }
    }

    private static long cellAt(byte[] v, int at) {
        return ((v[at] & 0xffL) << 24) | ((v[at + 1] & 0xffL) << 16) | ((v[at + 2] & 0xffL) << 8) | (v[at + 3] & 0xffL);
    }

    private static Node byPhandle(Node n, int phandle) {
        if (n.phandle() == phandle) {
            return n;
        }
        for (Node c : n.children()) {
            Node r = byPhandle(c, phandle);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static void addMarker(Property p, Marker m) {
        List<Marker> markers = new ArrayList<>(p.markers());
        markers.add(m);
        markers.sort(Comparator.comparingInt(Marker::offset));
        p.setValue(p.value(), markers);
    }
}
