package org.dmstudio.dts.internal.tree;

import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** Tree building and lookup with dtc's semantics (livetree.c). */
public final class Trees {
    private Trees() {
    }

    /** merge_nodes(): folds a later definition into an earlier node. */
    public static Node mergeNodes(Node old, Node nw) {
        old.setDeleted(false);
        for (Label l : nw.labelList()) {
            old.addLabel(l.name(), l.position());
        }
        for (Property np : nw.propertyList()) {
            if (np.isDeleted()) {
                deletePropertyByName(old, np.name());
                continue;
            }
            Property hit = null;
            for (Property op : old.propertyList()) {
                if (op.name().equals(np.name())) {
                    hit = op;
                    break;
                }
            }
            if (hit != null) {
                for (Label l : np.labelList()) {
                    hit.addLabel(l);
                }
                hit.setValue(np.value(), new ArrayList<>(np.markers()));
                hit.undelete();
                hit.addDefinition(np.span());
            } else {
                old.addProperty(np);
            }
        }
        for (Node nc : nw.childList()) {
            if (nc.isDeleted()) {
                deleteNodeByName(old, nc.name());
                continue;
            }
            Node hit = null;
            for (Node oc : old.childList()) {
                if (oc.name().equals(nc.name())) {
                    hit = oc;
                    break;
                }
            }
            if (hit != null) {
                mergeNodes(hit, nc);
            } else {
                old.addChild(nc);
            }
        }
        old.addDefinitions(nw.definitions());
        return old;
    }

    /** add_orphan_node(): wraps an overlay target block into {@code fragment@N/__overlay__}. */
    public static void addOrphanNode(Node dt, Node overlay, String ref, int index) {
        Data d = new Data();
        Property p;
        if (ref.startsWith("/")) {
            d.addMarker(MarkerType.TYPE_STRING, ref, null);
            byte[] path = ref.getBytes(StandardCharsets.ISO_8859_1);
            d.appendBytes(path, 0, path.length).appendByte(0);
            p = new Property("target-path", d.bytes(), d.markers());
        } else {
            d.addMarker(MarkerType.REF_PHANDLE, ref, null);
            d.appendInteger(0xffffffffL, 32);
            p = new Property("target", d.bytes(), d.markers());
        }
        overlay.setName("__overlay__");
        Node fragment = new Node("fragment@" + index);
        fragment.addProperty(p);
        fragment.addChild(overlay);
        fragment.addDefinitions(overlay.definitions());
        dt.addChild(fragment);
    }

    public static void deletePropertyByName(Node node, String name) {
        for (Property p : node.propertyList()) {
            if (p.name().equals(name)) {
                p.delete();
                return;
            }
        }
    }

    public static void deleteNodeByName(Node parent, String name) {
        for (Node c : parent.childList()) {
            if (c.name().equals(name)) {
                c.delete();
                return;
            }
        }
    }

    /** get_node_by_path(): a path relative to tree, each component the full node name. */
    public static Node nodeByPath(Node tree, String path) {
        Node n = tree;
        int i = 0;
        int len = path.length();
        while (true) {
            while (i < len && path.charAt(i) == '/') {
                i++;
            }
            if (i >= len) {
                return n.isDeleted() ? null : n;
            }
            int slash = path.indexOf('/', i);
            int end = slash < 0 ? len : slash;
            Node next = null;
            for (Node c : n.childList()) {
                if (!c.isDeleted() && c.name().length() == end - i && path.startsWith(c.name(), i)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            if (slash < 0) {
                return next;
            }
            n = next;
            i = slash + 1;
            if (i >= len) {
                return n.isDeleted() ? null : n;
            }
        }
    }

    /** get_node_by_label(): first live node in tree order carrying a live label. */
    public static Node nodeByLabel(Node tree, String label) {
        if (tree.hasLabel(label)) {
            return tree;
        }
        for (Node c : tree.childList()) {
            if (!c.isDeleted()) {
                Node n = nodeByLabel(c, label);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** get_node_by_ref(): {@code /} is the root, a leading '/' is a path, anything else a label. */
    public static Node nodeByRef(Node tree, String ref) {
        if (ref.equals("/")) {
            return tree;
        }
        return ref.startsWith("/") ? nodeByPath(tree, ref) : nodeByLabel(tree, ref);
    }

    /** fill_fullpaths() */
    public static void fillFullPaths(Node node) {
        node.fixPath();
        for (Node c : node.childList()) {
            if (!c.isDeleted()) {
                fillFullPaths(c);
            }
        }
    }

    /** guess_boot_cpuid(): the reg of the first child of /cpus when it is one cell. */
    public static int guessBootCpuid(Node tree) {
        Node cpus = nodeByPath(tree, "/cpus");
        if (cpus == null || cpus.childList().isEmpty()) {
            return 0;
        }
        Property reg = cpus.childList().get(0).property("reg");
        if (reg == null || reg.length() != 4) {
            return 0;
        }
        return (int) reg.cell(0);
    }
}
