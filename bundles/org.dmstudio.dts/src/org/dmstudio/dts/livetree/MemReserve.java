package org.dmstudio.dts.livetree;

import java.util.List;

import org.dmstudio.dts.SourcePosition;

/** A {@code /memreserve/} entry. */
public final class MemReserve {
    private final long address;
    private final long size;
    private final SourcePosition position;
    private List<Label> labels;

    public MemReserve(long address, long size, SourcePosition position) {
        this.address = address;
        this.size = size;
        this.position = position;
    }

    public long address() {
        return address;
    }

    public long size() {
        return size;
    }

    public SourcePosition position() {
        return position;
    }

    public List<String> labels() {
        return Labels.names(labels);
    }

    public void addLabel(String name, SourcePosition at) {
        labels = Labels.add(labels, name, at);
    }
}
