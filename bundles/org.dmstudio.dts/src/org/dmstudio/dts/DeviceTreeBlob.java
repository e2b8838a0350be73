package org.dmstudio.dts;

import org.dmstudio.dts.internal.flattree.FlatTreeReader;
import org.dmstudio.dts.internal.flattree.FlatTreeWriter;
import org.dmstudio.dts.internal.source.SourceWriter;
import org.dmstudio.dts.livetree.LiveTree;

/** Reading and writing flattened device trees (DTB, FDT version 17). */
public final class DeviceTreeBlob {
    private DeviceTreeBlob() {
    }

    /**
     * Reads a DTB. Labels are restored from {@code __symbols__} and phandle
     * references from {@code __local_fixups__}/{@code __fixups__} when present.
     *
     * @throws IllegalArgumentException if the bytes are not a well-formed DTB
     */
    public static LiveTree read(byte[] dtb) {
        return FlatTreeReader.read(dtb);
    }

    /** Writes a tree as dtc 1.6.1 would. */
    public static byte[] write(LiveTree tree) {
        return FlatTreeWriter.write(tree);
    }

    /** Canonical DTS text for a tree, like {@code dtc -O dts}. */
    public static String toDts(LiveTree tree) {
        return SourceWriter.write(tree);
    }
}
