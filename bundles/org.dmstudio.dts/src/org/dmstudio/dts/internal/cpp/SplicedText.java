package org.dmstudio.dts.internal.cpp;

import java.util.Arrays;

import org.dmstudio.dts.internal.srcpos.SourceFile;

/** A file's text with backslash-newline line continuations removed, mapped back to the original offsets. */
final class SplicedText {
    final SourceFile file;
    final char[] text;
    final int length;
    private final int[] splicePos;
    private final int[] removed;
    private final int splices;

    SplicedText(SourceFile file) {
        this.file = file;
        char[] src = file.text();
        int n = file.length();
        int first = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (src[i] == '\\' && (src[i + 1] == '\n' || (src[i + 1] == '\r' && i + 2 < n && src[i + 2] == '\n'))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            text = src;
            length = n;
            splicePos = new int[0];
            removed = new int[0];
            splices = 0;
            return;
        }
        char[] out = new char[n];
        int[] pos = new int[16];
        int[] rem = new int[16];
        int count = 0;
        int o = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (c == '\\' && i + 1 < n) {
                int skip = src[i + 1] == '\n' ? 2 : (src[i + 1] == '\r' && i + 2 < n && src[i + 2] == '\n') ? 3 : 0;
                if (skip > 0) {
                    total += skip;
                    if (count == pos.length) {
                        pos = Arrays.copyOf(pos, count * 2);
                        rem = Arrays.copyOf(rem, count * 2);
                    }
                    pos[count] = o;
                    rem[count] = total;
                    count++;
                    i += skip - 1;
                    continue;
                }
            }
            out[o++] = c;
        }
        text = out;
        length = o;
        splicePos = pos;
        removed = rem;
        splices = count;
    }

    /** The original offset of a spliced offset. */
    int orig(int offset) {
        if (splices == 0) {
            return offset;
        }
        int i = Arrays.binarySearch(splicePos, 0, splices, offset);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < splices && splicePos[i + 1] == offset) {
                i++;
            }
        }
        return i < 0 ? offset : offset + removed[i];
    }

    /** The first splice point strictly inside (from, to), or -1. */
    int spliceWithin(int from, int to) {
        if (splices == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(splicePos, 0, splices, from + 1);
        if (i < 0) {
            i = -i - 1;
        }
        return i < splices && splicePos[i] < to ? splicePos[i] : -1;
    }
}
