package org.dmstudio.dts.livetree;

import org.dmstudio.dts.SourcePosition;

/**
 * An annotation at a byte offset of a property value: where a typed chunk
 * starts, where a label sits, or where a phandle or path reference was written.
 * {@code ref} is the label or path of a reference, or the name of a label; the
 * position is where the source wrote it (null for generated markers).
 */
public record Marker(MarkerType type, int offset, String ref, SourcePosition position) {

    public Marker withOffset(int newOffset) {
        return new Marker(type, newOffset, ref, position);
    }
}
