package org.dmstudio.dts.internal.tree;

import java.util.HashMap;
import java.util.Map;

import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.Node;

/**
 * get_node_by_ref() over a tree whose labels do not change: the first live node
 * in tree order wins for each label, as in dtc's tree walk.
 */
public final class Resolver {
    private final Node root;
    private final Map<String, Node> byLabel = new HashMap<>();

    public Resolver(Node root) {
        this.root = root;
        index(root);
    }

    private void index(Node n) {
        for (Label l : n.labelList()) {
            if (!l.isDeleted()) {
                byLabel.putIfAbsent(l.name(), n);
            }
        }
        for (Node c : n.childList()) {
            if (!c.isDeleted()) {
                index(c);
            }
        }
    }

    public Node resolve(String ref) {
        if (ref.equals("/")) {
            return root;
        }
        return ref.startsWith("/") ? Trees.nodeByPath(root, ref) : byLabel.get(ref);
    }
}
