package org.dmstudio.dts.livetree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class ValueChunks {
    private ValueChunks() {
    }

    static List<ValueChunk> of(Property p) {
        byte[] v = p.value();
        List<Marker> markers = new ArrayList<>(p.markers());
        if (v.length > 0 && markers.stream().noneMatch(m -> m.type().isType())) {
            markers.add(0, new Marker(guess(v), 0, null, null));
        }
        List<ValueChunk> out = new ArrayList<>();
        int i = 0;
        while (i < markers.size() && !markers.get(i).type().isType()) {
            if (markers.get(i).type() == MarkerType.LABEL) {
                out.add(new ValueChunk.ValueLabel(markers.get(i).ref()));
            }
            i++;
        }
        while (i < markers.size()) {
            int next = i + 1;
            while (next < markers.size() && !markers.get(next).type().isType()) {
                next++;
            }
            int end = next < markers.size() ? markers.get(next).offset() : v.length;
            List<Marker> inner = markers.subList(i + 1, next);
            chunk(markers.get(i), v, end, inner, out);
            i = next;
        }
        return out;
    }

    private static void chunk(Marker type, byte[] v, int end, List<Marker> inner, List<ValueChunk> out) {
        int start = type.offset();
        int w = width(type.type());
        if (w > 1) {
            List<ValueChunk.CellItem> items = new ArrayList<>();
            for (int o = start; o <= end; o += w) {
                String ref = null;
                for (Marker m : inner) {
                    if (m.offset() == o && m.type() == MarkerType.LABEL) {
                        items.add(new ValueChunk.ValueLabel(m.ref()));
                    } else if (m.offset() == o && m.type() == MarkerType.REF_PHANDLE) {
                        ref = m.ref();
                    }
                }
                if (o + w > end) {
                    break;
                }
                long value = 0;
                for (int k = 0; k < w; k++) {
                    value = (value << 8) | (v[o + k] & 0xff);
                }
                items.add(ref != null ? new ValueChunk.PhandleRef(new Reference(ref), value)
                        : new ValueChunk.Number(value));
            }
            out.add(new ValueChunk.Cells(w * 8, items));
            return;
        }
        List<ValueChunk> after = new ArrayList<>();
        String pathRef = null;
        for (Marker m : inner) {
            if (m.type() == MarkerType.REF_PATH && m.offset() == start) {
                pathRef = m.ref();
            } else if (m.type() == MarkerType.LABEL) {
                if (m.offset() <= start) {
                    out.add(new ValueChunk.ValueLabel(m.ref()));
                } else {
                    after.add(new ValueChunk.ValueLabel(m.ref()));
                }
            }
        }
        if (type.type() == MarkerType.TYPE_UINT8) {
            out.add(new ValueChunk.Bytes(Arrays.copyOfRange(v, start, end)));
        } else if (pathRef != null) {
            out.add(new ValueChunk.PathRef(new Reference(pathRef), string(v, start, end)));
        } else {
            out.add(new ValueChunk.Text(string(v, start, end)));
        }
        out.addAll(after);
    }

    private static int width(MarkerType t) {
        return switch (t) {
            case TYPE_UINT8 -> 1;
            case TYPE_UINT16 -> 2;
            case TYPE_UINT32 -> 4;
            case TYPE_UINT64 -> 8;
            default -> 0;
        };
    }

    private static String string(byte[] v, int start, int end) {
        int e = Math.min(end, v.length);
        while (e > start && v[e - 1] == 0) {
            e--;
        }
        return new String(v, start, e - start, StandardCharsets.UTF_8);
    }

    /** dtc 1.6.1's guess_value_type() for values without type markers. */
    static MarkerType guess(byte[] v) {
        int len = v.length;
        int notString = 0;
        int nul = 0;
        for (byte b : v) {
            if (!isStringChar(b)) {
                notString++;
            }
            if (b == 0) {
                nul++;
            }
        }
        if (v[len - 1] == 0 && notString == 0 && nul <= len - nul) {
            return MarkerType.TYPE_STRING;
        }
        return len % 4 == 0 ? MarkerType.TYPE_UINT32 : MarkerType.TYPE_UINT8;
    }

    static boolean isStringChar(byte b) {
        int c = b & 0xff;
        return (c >= 0x20 && c < 0x7f) || c == 0 || (c >= 7 && c <= 13);
    }
}
