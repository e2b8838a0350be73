package org.dmstudio.dts.livetree;

import java.util.ArrayList;
import java.util.List;

/** A devicetree: the root node, memory reservations and header flags. */
public final class LiveTree {
    private final Node root;
    private final List<MemReserve> reserves;
    private final boolean plugin;
    private final int bootCpuid;

    public LiveTree(Node root, List<MemReserve> reserves, boolean plugin, int bootCpuid) {
        this.root = root;
        this.reserves = new ArrayList<>(reserves);
        this.plugin = plugin;
        this.bootCpuid = bootCpuid;
    }

    public Node root() {
        return root;
    }

    public List<MemReserve> memReserves() {
        return reserves;
    }

    /** True for a {@code /plugin/} (overlay) source. */
    public boolean isPlugin() {
        return plugin;
    }

    public int bootCpuid() {
        return bootCpuid;
    }

    /** The live node at an absolute path such as {@code /soc/serial@fe650000}, or null. */
    public Node nodeByPath(String path) {
        Node n = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            n = n.child(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** The first live node (in tree order) carrying the label, or null. */
    public Node nodeByLabel(String label) {
        return byLabel(root, label);
    }

    private static Node byLabel(Node n, String label) {
        if (n.hasLabel(label)) {
            return n;
        }
        for (Node c : n.childList()) {
            if (!c.isDeleted()) {
                Node found = byLabel(c, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The live node with this phandle, or null. */
    public Node nodeByPhandle(int phandle) {
        return byPhandle(root, phandle);
    }

    private static Node byPhandle(Node n, int phandle) {
        if (n.phandle() == phandle) {
            return n;
        }
        for (Node c : n.childList()) {
            if (!c.isDeleted()) {
                Node found = byPhandle(c, phandle);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every live node in depth-first order. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        for (Node c : n.childList()) {
            if (!c.isDeleted()) {
                collect(c, out);
            }
        }
    }
}
