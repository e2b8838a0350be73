package org.dmstudio.dts.livetree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dmstudio.dts.SourceSpan;

/**
 * A property of the live tree: its bytes (big-endian, as they go into a DTB), the
 * markers that say how the source wrote them, labels, and where it was defined.
 */
public final class Property {
    private static final byte[] EMPTY = new byte[0];

    private final String name;
    private byte[] value;
    private List<Marker> markers;
    private List<Label> labels;
    private boolean deleted;
    private List<SourceSpan> definitions;

    public Property(String name, byte[] value, List<Marker> markers) {
        this.name = name;
        this.value = value == null ? EMPTY : value;
        this.markers = markers == null ? List.of() : markers;
    }

    public String name() {
        return name;
    }

    /** The value bytes; the array is shared, do not modify it. */
    public byte[] value() {
        return value;
    }

    public int length() {
        return value.length;
    }

    public List<Marker> markers() {
        return Collections.unmodifiableList(markers);
    }

    public void setValue(byte[] newValue, List<Marker> newMarkers) {
        value = newValue == null ? EMPTY : newValue;
        markers = newMarkers == null ? List.of() : newMarkers;
    }

    /** Live label names, newest first (dtc's order). */
    public List<String> labels() {
        return Labels.names(labels);
    }

    /** All labels including deleted ones. */
    public List<Label> labelList() {
        return labels == null ? List.of() : Collections.unmodifiableList(labels);
    }

    public void addLabel(Label label) {
        labels = Labels.add(labels, label.name(), label.position());
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Marks the property deleted and deletes its labels, like dtc's delete_property(). */
    public void delete() {
        deleted = true;
        Labels.deleteAll(labels);
    }

    public void undelete() {
        deleted = false;
    }

    /** The span of the definition that gave the current value, or null if generated. */
    public SourceSpan span() {
        return definitions == null || definitions.isEmpty() ? null : definitions.get(definitions.size() - 1);
    }

    /** Every definition of this property in source order; the last one is in effect. */
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

    /** The value split into the pieces the source wrote (guessed when it came from a DTB). */
    public List<ValueChunk> chunks() {
        return ValueChunks.of(this);
    }

    /** The value as one string, or null if it is not a single NUL-terminated string. */
    public String asString() {
        List<String> list = asStrings();
        return list != null && list.size() == 1 ? list.get(0) : null;
    }

    /** The value as a string list, or null if it does not end with a NUL. */
    public List<String> asStrings() {
        if (value.length == 0 || value[value.length - 1] != 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == 0) {
                out.add(new String(value, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    /** The value as 32-bit cells, or null if its length is not a multiple of 4. */
    public long[] asCells() {
        if (value.length % 4 != 0) {
            return null;
        }
        long[] cells = new long[value.length / 4];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(i);
        }
        return cells;
    }

    /** The 32-bit cell at index i (unsigned). */
    public long cell(int i) {
        int o = i * 4;
        return ((value[o] & 0xffL) << 24) | ((value[o + 1] & 0xffL) << 16) | ((value[o + 2] & 0xffL) << 8)
                | (value[o + 3] & 0xffL);
    }

    @Override
    public String toString() {
        return name;
    }
}
