package org.dmstudio.dts.internal.tree;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * dtc's get_node_phandle(): hands out phandles 1, 2, ... skipping values that a
 * live node already has, and adds the {@code phandle} property. The counter lives
 * for one compilation, like dtc's static.
 */
public final class Phandles {
    private int next = 1;
    private Set<Integer> used;

    /** Forgets the used set; call when nodes may have been deleted or phandles set directly. */
    public void rescan() {
        used = null;
    }

    public static boolean isValid(int phandle) {
        return phandle != 0 && phandle != -1;
    }

    public int phandleOf(Node root, Node node) {
        if (isValid(node.phandle())) {
            return node.phandle();
        }
        if (used == null) {
            used = new HashSet<>();
            collect(root, used);
        }
        while (used.contains(next)) {
            next++;
        }
        node.setPhandle(next);
        used.add(next);
        if (node.property("phandle") == null) {
            Data d = new Data().addMarker(MarkerType.TYPE_UINT32, null, null).appendInteger(next, 32);
            node.addProperty(new Property("phandle", d.bytes(), d.markers()));
        }
        return next;
    }

    private static void collect(Node n, Set<Integer> out) {
        if (n.phandle() != 0) {
            out.add(n.phandle());
        }
        List<Node> kids = n.childList();
        for (Node c : kids) {
            if (!c.isDeleted()) {
                collect(c, out);
            }
        }
    }
}
