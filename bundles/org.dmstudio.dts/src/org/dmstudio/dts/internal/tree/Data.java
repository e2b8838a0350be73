package org.dmstudio.dts.internal.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;

/** dtc's {@code struct data}: a growing byte buffer with markers. */
public final class Data {
    private byte[] val = new byte[16];
    private int len;
    private final ArrayList<Marker> markers = new ArrayList<>(2);

    public int length() {
        return len;
    }

    public Data addMarker(MarkerType type, String ref, SourcePosition at) {
        markers.add(new Marker(type, len, ref, at));
        return this;
    }

    public Data appendInteger(long value, int bits) {
        int bytes = bits / 8;
        ensure(bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            val[len++] = (byte) (value >>> (i * 8));
        }
        return this;
    }

    public Data appendByte(int b) {
        ensure(1);
        val[len++] = (byte) b;
        return this;
    }

    public Data appendBytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, val, len, n);
        len += n;
        return this;
    }

    /** data_merge(): appends the other data and its markers. */
    public Data merge(byte[] bytes, List<Marker> otherMarkers) {
        int base = len;
        appendBytes(bytes, 0, bytes.length);
        for (Marker m : otherMarkers) {
            markers.add(m.withOffset(m.offset() + base));
        }
        return this;
    }

    public byte[] bytes() {
        return Arrays.copyOf(val, len);
    }

    public List<Marker> markers() {
        return new ArrayList<>(markers);
    }

    private void ensure(int more) {
        if (len + more > val.length) {
            val = Arrays.copyOf(val, Math.max(val.length * 2, len + more));
        }
    }

    /** data_insert_at_marker(): inserts bytes at a marker's offset, moving later markers. */
    public static byte[] insertAt(byte[] value, List<Marker> markers, int markerIndex, byte[] insert) {
        int at = markers.get(markerIndex).offset();
        byte[] out = new byte[value.length + insert.length];
        System.arraycopy(value, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(value, at, out, at + insert.length, value.length - at);
        for (int i = markerIndex + 1; i < markers.size(); i++) {
            Marker m = markers.get(i);
            markers.set(i, m.withOffset(m.offset() + insert.length));
        }
        return out;
    }
}
