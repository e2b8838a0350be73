package org.dmstudio.dts.internal.tree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/** {@code __symbols__}, {@code __fixups__} and {@code __local_fixups__} generation (livetree.c). */
public final class Symbols {
    private Symbols() {
    }

    private static Node rootChild(Node root, String name) {
        Node n = root.child(name);
        if (n == null) {
            n = new Node(name);
            root.addChild(n);
        }
        return n;
    }

    private static boolean anyLabel(Node n) {
        if (!n.labelList().isEmpty()) {
            return true;
        }
        for (Node c : n.childList()) {
            if (!c.isDeleted() && anyLabel(c)) {
                return true;
            }
        }
        return false;
    }

    /** generate_label_tree(dti, "__symbols__", true) */
    public static void generateSymbols(Node root, Phandles phandles, Consumer<Diagnostic> sink) {
        if (!anyLabel(root)) {
            return;
        }
        phandles.rescan();
        labelTree(root, rootChild(root, "__symbols__"), root, phandles, sink);
    }

    private static void labelTree(Node root, Node an, Node node, Phandles phandles, Consumer<Diagnostic> sink) {
        if (!node.labelList().isEmpty()) {
            for (Label l : node.labelList()) {
                if (l.isDeleted()) {
                    continue;
                }
                if (an.property(l.name()) != null) {
                    sink.accept(Diagnostic.warning(l.position(), "label " + l.name() + " already exists in /"
                            + an.name()));
                    continue;
                }
                byte[] path = (node.path() + "\0").getBytes(StandardCharsets.ISO_8859_1);
                an.addProperty(new Property(l.name(), path,
                        new ArrayList<>(List.of(new Marker(MarkerType.TYPE_STRING, 0, null, null)))));
            }
            phandles.phandleOf(root, node);
        }
        for (Node c : node.childList()) {
            if (!c.isDeleted()) {
                labelTree(root, an, c, phandles, sink);
            }
        }
    }

    /** generate_fixups_tree() and generate_local_fixups_tree() for a plugin. */
    public static void generateFixups(Node root, Consumer<Diagnostic> sink) {
        Resolver resolver = new Resolver(root);
        boolean[] any = new boolean[2];
        scan(root, resolver, any);
        if (any[0]) {
            Node fn = rootChild(root, "__fixups__");
            fixups(root, fn, resolver, sink);
        }
        if (any[1]) {
            Node lfn = rootChild(root, "__local_fixups__");
            localFixups(root, lfn, resolver);
        }
    }

    private static void scan(Node node, Resolver resolver, boolean[] any) {
        for (Property p : node.propertyList()) {
            if (p.isDeleted()) {
                continue;
            }
            for (Marker m : p.markers()) {
                if (m.type() == MarkerType.REF_PHANDLE) {
                    any[resolver.resolve(m.ref()) == null ? 0 : 1] = true;
                }
            }
        }
        for (Node c : node.childList()) {
            if (!c.isDeleted()) {
                scan(c, resolver, any);
            }
        }
    }

    private static void fixups(Node node, Node fn, Resolver resolver, Consumer<Diagnostic> sink) {
        for (Property p : new ArrayList<>(node.propertyList())) {
            if (p.isDeleted()) {
                continue;
            }
            for (Marker m : p.markers()) {
                if (m.type() != MarkerType.REF_PHANDLE || resolver.resolve(m.ref()) != null) {
                    continue;
                }
                if (node.path().indexOf(':') >= 0 || p.name().indexOf(':') >= 0) {
                    sink.accept(Diagnostic.error(m.position(), "cannot generate a fixup for " + node.path() + ":"
                            + p.name() + ": names should not contain ':'"));
                    continue;
                }
                String entry = node.path() + ":" + p.name() + ":" + m.offset() + "\0";
                append(fn, m.ref(), entry.getBytes(StandardCharsets.ISO_8859_1), MarkerType.TYPE_STRING);
            }
        }
        for (Node c : new ArrayList<>(node.childList())) {
            if (!c.isDeleted()) {
                fixups(c, fn, resolver, sink);
            }
        }
    }

    private static void localFixups(Node node, Node lfn, Resolver resolver) {
        for (Property p : new ArrayList<>(node.propertyList())) {
            if (p.isDeleted()) {
                continue;
            }
            for (Marker m : p.markers()) {
                if (m.type() != MarkerType.REF_PHANDLE || resolver.resolve(m.ref()) == null) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (Node w = node; w.parent() != null; w = w.parent()) {
                    names.add(0, w.name());
                }
                Node wn = lfn;
                for (String name : names) {
                    wn = rootChild(wn, name);
                }
                byte[] cell = {(byte) (m.offset() >>> 24), (byte) (m.offset() >>> 16), (byte) (m.offset() >>> 8),
                    (byte) m.offset()};
                append(wn, p.name(), cell, MarkerType.TYPE_UINT32);
            }
        }
        for (Node c : new ArrayList<>(node.childList())) {
            if (!c.isDeleted()) {
                localFixups(c, lfn, resolver);
            }
        }
    }

    /** append_to_property() */
    private static void append(Node node, String name, byte[] bytes, MarkerType type) {
        Property p = node.property(name);
        if (p == null) {
            p = new Property(name, null, null);
            node.addProperty(p);
        }
        Data d = new Data().merge(p.value(), p.markers());
        d.addMarker(type, name, null).appendBytes(bytes, 0, bytes.length);
        p.setValue(d.bytes(), d.markers());
    }
}
