package org.dmstudio.dts.livetree;

import org.dmstudio.dts.SourcePosition;

/** A label on a node, property or memreserve entry. */
public final class Label {
    private final String name;
    private final SourcePosition position;
    private boolean deleted;

    public Label(String name, SourcePosition position) {
        this.name = name;
        this.position = position;
    }

    public String name() {
        return name;
    }

    /** Where the label was written, or null when it came from a DTB. */
    public SourcePosition position() {
        return position;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    @Override
    public String toString() {
        return name + ":";
    }
}
