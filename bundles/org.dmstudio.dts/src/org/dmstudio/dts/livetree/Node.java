package org.dmstudio.dts.livetree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.SourceSpan;

/**
 * A node of the live tree. Like dtc, a node keeps deleted children and properties
 * in its lists (later source may revive them); {@link #children()} and
 * {@link #properties()} show only live ones.
 */
public final class Node {
    private String name;
    private Node parent;
    private final ArrayList<Property> props = new ArrayList<>();
    private final ArrayList<Node> kids = new ArrayList<>();
    private List<Label> labels;
    private List<SourceSpan> definitions;
    private String fullPath;
    private int phandle;
    private boolean deleted;
    private boolean omitIfNoRef;
    private boolean referenced;

    public Node(String name) {
        this.name = name;
    }

    /** The node name with unit address ({@code cpu@0}); the root's name is empty. */
    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String baseName() {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    /** The unit address after '@', or the empty string. */
    public String unitAddress() {
        int at = name.indexOf('@');
        return at < 0 ? "" : name.substring(at + 1);
    }

    public Node parent() {
        return parent;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** The full path, e.g. {@code /soc/i2c@fe5a0000}; the root is {@code /}. */
    public String path() {
        if (fullPath != null) {
            return fullPath;
        }
        if (parent == null) {
            return "/";
        }
        String p = parent.path();
        return p.endsWith("/") ? p + name : p + "/" + name;
    }

    /** Freezes the full path, as dtc's fill_fullpaths() does before the checks. */
    public void fixPath() {
        fullPath = null;
        fullPath = path();
    }

    public List<Node> children() {
        List<Node> out = new ArrayList<>(kids.size());
        for (Node n : kids) {
            if (!n.deleted) {
                out.add(n);
            }
        }
        return out;
    }

    /** All children in order, including deleted ones; mutable, for the compiler. */
    public List<Node> childList() {
        return kids;
    }

    public Node child(String childName) {
        for (Node n : kids) {
            if (!n.deleted && n.name.equals(childName)) {
                return n;
            }
        }
        return null;
    }

    public void addChild(Node child) {
        child.parent = this;
        kids.add(child);
    }

    public List<Property> properties() {
        List<Property> out = new ArrayList<>(props.size());
        for (Property p : props) {
            if (!p.isDeleted()) {
                out.add(p);
            }
        }
        return out;
    }

    /** All properties in order, including deleted ones; mutable, for the compiler. */
    public List<Property> propertyList() {
        return props;
    }

    public Property property(String propName) {
        for (Property p : props) {
            if (!p.isDeleted() && p.name().equals(propName)) {
                return p;
            }
        }
        return null;
    }

    public void addProperty(Property p) {
        props.add(p);
    }

    /** Live label names, newest first (dtc's order). */
    public List<String> labels() {
        return Labels.names(labels);
    }

    /** All labels including deleted ones. */
    public List<Label> labelList() {
        return labels == null ? List.of() : Collections.unmodifiableList(labels);
    }

    public boolean hasLabel(String label) {
        if (labels != null) {
            for (Label l : labels) {
                if (!l.isDeleted() && l.name().equals(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    public void addLabel(String label, SourcePosition at) {
        labels = Labels.add(labels, label, at);
    }

    /** The phandle assigned by the source or the compiler, 0 if none. */
    public int phandle() {
        return phandle;
    }

    public void setPhandle(int phandle) {
        this.phandle = phandle;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    /** Deletes this node, its subtree, their properties and labels, like dtc's delete_node(). */
    public void delete() {
        deleted = true;
        for (Node c : kids) {
            if (!c.deleted) {
                c.delete();
            }
        }
        for (Property p : props) {
            if (!p.isDeleted()) {
                p.delete();
            }
        }
        Labels.deleteAll(labels);
    }

    public boolean isOmitIfNoRef() {
        return omitIfNoRef;
    }

    public void setOmitIfNoRef(boolean omit) {
        omitIfNoRef = omit;
    }

    public boolean isReferenced() {
        return referenced;
    }

    public void setReferenced(boolean referenced) {
        this.referenced = referenced;
    }

    /** Every block that defined or changed this node, in source order. */
    public List<SourceSpan> definitions() {
        return definitions == null ? List.of() : Collections.unmodifiableList(definitions);
    }

    public void addDefinition(SourceSpan span) {
        if (span == null) {
            return;
        }
        if (definitions == null) {
            definitions = new ArrayList<>(1);
        }
        definitions.add(span);
    }

    public void addDefinitions(List<SourceSpan> spans) {
        for (SourceSpan s : spans) {
            addDefinition(s);
        }
    }

    @Override
    public String toString() {
        return path();
    }
}
