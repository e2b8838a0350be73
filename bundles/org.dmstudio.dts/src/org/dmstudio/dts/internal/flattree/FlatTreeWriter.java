package org.dmstudio.dts.internal.flattree;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.MemReserve;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/** Writes a flattened device tree (FDT version 17) laid out exactly like dtc's dt_to_blob(). */
public final class FlatTreeWriter {
    static final int FDT_MAGIC = 0xd00dfeed;
    static final int FDT_BEGIN_NODE = 1;
    static final int FDT_END_NODE = 2;
    static final int FDT_PROP = 3;
    static final int FDT_NOP = 4;
    static final int FDT_END = 9;
    static final int HEADER_SIZE = 40;
    static final int VERSION = 17;
    static final int LAST_COMP_VERSION = 16;

    private byte[] buf = new byte[1 << 16];
    private int len;
    private final StringTable strings = new StringTable();

    private FlatTreeWriter() {
    }

    public static byte[] write(LiveTree tree) {
        FlatTreeWriter w = new FlatTreeWriter();
        w.flatten(tree.root());
        w.cell(FDT_END);
        byte[] struct = Arrays.copyOf(w.buf, w.len);
        byte[] strs = w.strings.bytes();
        List<MemReserve> reserves = tree.memReserves();
        int reserveOff = HEADER_SIZE;
        int reserveSize = (reserves.size() + 1) * 16;
        int structOff = reserveOff + reserveSize;
        int stringsOff = structOff + struct.length;
        int total = stringsOff + strs.length;
        byte[] out = new byte[total];
        putInt(out, 0, FDT_MAGIC);
        putInt(out, 4, total);
        putInt(out, 8, structOff);
        putInt(out, 12, stringsOff);
        putInt(out, 16, reserveOff);
        putInt(out, 20, VERSION);
        putInt(out, 24, LAST_COMP_VERSION);
        putInt(out, 28, tree.bootCpuid());
        putInt(out, 32, strs.length);
        putInt(out, 36, struct.length);
        int o = reserveOff;
        for (MemReserve r : reserves) {
            putLong(out, o, r.address());
            putLong(out, o + 8, r.size());
            o += 16;
        }
        System.arraycopy(struct, 0, out, structOff, struct.length);
        System.arraycopy(strs, 0, out, stringsOff, strs.length);
        return out;
    }

    private void flatten(Node node) {
        if (node.isDeleted()) {
            return;
        }
        cell(FDT_BEGIN_NODE);
        bytes(node.name().getBytes(StandardCharsets.ISO_8859_1));
        ensure(1);
        buf[len++] = 0;
        align();
        for (Property p : node.propertyList()) {
            if (p.isDeleted()) {
                continue;
            }
            cell(FDT_PROP);
            cell(p.length());
            cell(strings.insert(p.name()));
            bytes(p.value());
            align();
        }
        for (Node c : node.childList()) {
            flatten(c);
        }
        cell(FDT_END_NODE);
    }

    private void cell(int v) {
        ensure(4);
        putInt(buf, len, v);
        len += 4;
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void align() {
        int pad = (4 - (len & 3)) & 3;
        ensure(pad);
        len += pad;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    /** dtc's string block: a name already present, even as the tail of another name, is reused. */
    private static final class StringTable {
        private final Map<String, Integer> suffixes = new HashMap<>();
        private byte[] data = new byte[1024];
        private int size;

        int insert(String name) {
            Integer at = suffixes.get(name);
            if (at != null) {
                return at;
            }
            int off = size;
            byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
            if (size + b.length + 1 > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + b.length + 1));
            }
            System.arraycopy(b, 0, data, size, b.length);
            size += b.length;
            data[size++] = 0;
            for (int k = 0; k < name.length(); k++) {
                suffixes.putIfAbsent(name.substring(k), off + k);
            }
            return off;
        }

        byte[] bytes() {
            return Arrays.copyOf(data, size);
        }
    }
}
