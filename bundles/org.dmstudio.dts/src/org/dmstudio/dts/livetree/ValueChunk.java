package org.dmstudio.dts.livetree;

import java.util.List;

/**
 * One piece of a property value as the source wrote it: a cell array, a string,
 * a byte string, a path reference or a label between pieces.
 */
public sealed interface ValueChunk {

    /** An item of a cell array. */
    sealed interface CellItem {
    }

    /** {@code <...>} or {@code /bits/ N <...>}. */
    record Cells(int bits, List<CellItem> items) implements ValueChunk {
    }

    /** A string literal (without its terminating NUL). */
    record Text(String value) implements ValueChunk {
    }

    /** {@code [00 11 ...]}. */
    record Bytes(byte[] bytes) implements ValueChunk {
    }

    /** {@code &label} or {@code &{/path}} outside cells: the path string of the target. */
    record PathRef(Reference target, String path) implements ValueChunk {
    }

    /** A label inside a value ({@code <1 here: 2>}). */
    record ValueLabel(String name) implements ValueChunk, CellItem {
    }

    /** A plain number in a cell array. */
    record Number(long value) implements CellItem {
    }

    /** A phandle reference in a cell array, with the value it resolved to (-1 if unresolved). */
    record PhandleRef(Reference target, long value) implements CellItem {
    }
}
