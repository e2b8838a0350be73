package org.dmstudio.dts.internal.source;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.MemReserve;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * Canonical DTS text as dtc 1.6.1 writes it with {@code -O dts} (treesource.c);
 * like it, {@code /plugin/} is not written: overlays come out as their fragments.
 */
public final class SourceWriter {
    private final StringBuilder out = new StringBuilder(1 << 16);

    private SourceWriter() {
    }

    public static String write(LiveTree tree) {
        SourceWriter w = new SourceWriter();
        w.out.append("/dts-v1/;\n\n");
        for (MemReserve r : tree.memReserves()) {
            for (String l : r.labels()) {
                w.out.append(l).append(": ");
            }
            w.out.append(String.format("/memreserve/\t0x%016x 0x%016x;\n", r.address(), r.size()));
        }
        w.node(tree.root(), 0);
        return w.out.toString();
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) {
            out.append('\t');
        }
    }

    private void node(Node node, int level) {
        indent(level);
        for (Label l : node.labelList()) {
            if (!l.isDeleted()) {
                out.append(l.name()).append(": ");
            }
        }
        out.append(node.name().isEmpty() ? "/" : node.name()).append(" {\n");
        for (Property p : node.propertyList()) {
            if (p.isDeleted()) {
                continue;
            }
            indent(level + 1);
            for (Label l : p.labelList()) {
                if (!l.isDeleted()) {
                    out.append(l.name()).append(": ");
                }
            }
            out.append(p.name());
            value(p);
        }
        for (Node c : node.childList()) {
            if (!c.isDeleted()) {
                out.append('\n');
                node(c, level + 1);
            }
        }
        indent(level);
        out.append("};\n");
    }

    private static int width(MarkerType t) {
        return switch (t) {
            case TYPE_UINT16 -> 2;
            case TYPE_UINT32 -> 4;
            case TYPE_UINT64 -> 8;
            default -> 1;
        };
    }

    private static String start(MarkerType t) {
        return switch (t) {
            case TYPE_UINT8 -> "[";
            case TYPE_UINT16 -> "/bits/ 16 <";
            case TYPE_UINT32 -> "<";
            case TYPE_UINT64 -> "/bits/ 64 <";
            default -> "";
        };
    }

    private static String end(MarkerType t) {
        return switch (t) {
            case TYPE_UINT8 -> "]";
            case TYPE_UINT16, TYPE_UINT32, TYPE_UINT64 -> ">";
            default -> "";
        };
    }

    private void value(Property p) {
        byte[] v = p.value();
        int len = v.length;
        if (len == 0) {
            out.append(";\n");
            return;
        }
        out.append(" =");
        List<Marker> markers = new ArrayList<>(p.markers());
        if (markers.stream().noneMatch(m -> m.type().isType())) {
            markers.add(0, new Marker(guessType(p), 0, null, null));
        }
        MarkerType emit = null;
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            int chunkLen = (i + 1 < markers.size() ? markers.get(i + 1).offset() : len) - m.offset();
            int next = nextType(markers, i + 1);
            int dataLen = next >= 0 ? markers.get(next).offset() - m.offset() : 0;
            if (dataLen == 0) {
                dataLen = len - m.offset();
            }
            if (m.type().isType()) {
                emit = m.type();
                out.append(' ').append(start(emit));
            } else if (m.type() == MarkerType.LABEL) {
                out.append(' ').append(m.ref()).append(':');
            } else if (m.offset() != 0) {
                out.append(' ');
            }
            if (emit == null) {
                continue;
            }
            switch (emit) {
                case TYPE_STRING -> string(v, m.offset(), chunkLen);
                default -> ints(v, m.offset(), chunkLen, width(emit));
            }
            if (chunkLen == dataLen) {
                out.append(end(emit));
                if (m.offset() + chunkLen != len) {
                    out.append(',');
                }
                emit = null;
            }
        }
        out.append(";\n");
    }

    private static int nextType(List<Marker> markers, int from) {
        for (int i = from; i < markers.size(); i++) {
            if (markers.get(i).type().isType()) {
                return i;
            }
        }
        return -1;
    }

    private void ints(byte[] v, int at, int len, int width) {
        int end = at + len;
        for (int p = at; p + width <= end; p += width) {
            if (width == 1) {
                out.append(String.format("%02x", v[p] & 0xff));
            } else {
                long x = 0;
                for (int k = 0; k < width; k++) {
                    x = (x << 8) | (v[p + k] & 0xff);
                }
                out.append("0x").append(String.format("%02x", x));
            }
            if (p + width < end) {
                out.append(' ');
            }
        }
    }

    private void string(byte[] v, int at, int len) {
        if (len == 0) {
            return;
        }
        out.append('"');
        int end = at + len - 1;
        for (int i = at; i < end; i++) {
            int c = v[i] & 0xff;
            switch (c) {
                case 7 -> out.append("\\a");
                case 8 -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 11 -> out.append("\\v");
                case 12 -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case 0 -> out.append("\\0");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        out.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        out.append('"');
    }

    /** dtc 1.6.1's guess_value_type(), which also weighs labels inside the value. */
    private static MarkerType guessType(Property p) {
        byte[] v = p.value();
        int len = v.length;
        int notString = 0;
        int nul = 0;
        for (byte b : v) {
            int c = b & 0xff;
            if (!((c >= 0x20 && c < 0x7f) || c == 0 || (c >= 7 && c <= 13))) {
                notString++;
            }
            if (c == 0) {
                nul++;
            }
        }
        int notStringLabel = 0;
        int notCellLabel = 0;
        for (Marker m : p.markers()) {
            if (m.type() == MarkerType.LABEL) {
                if (m.offset() > 0 && v[m.offset() - 1] != 0) {
                    notStringLabel++;
                }
                if (m.offset() % 4 != 0) {
                    notCellLabel++;
                }
            }
        }
        if (v[len - 1] == 0 && notString == 0 && nul <= len - nul && notStringLabel == 0) {
            return MarkerType.TYPE_STRING;
        }
        if (len % 4 == 0 && notCellLabel == 0) {
            return MarkerType.TYPE_UINT32;
        }
        return MarkerType.TYPE_UINT8;
    }
}
