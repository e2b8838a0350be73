package org.dmstudio.dts.internal.srcpos;

import java.util.Arrays;

import org.dmstudio.dts.SourcePosition;

/**
 * Maps offsets of a generated text (preprocessor output) back to original files.
 * A verbatim segment maps char by char; a fixed segment (a macro expansion) maps
 * every char to one position, the invocation site.
 */
public final class SourceMap {
    private SourceFile[] files = new SourceFile[64];
    private int[] outStart = new int[64];
    private int[] srcStart = new int[64];
    private boolean[] fixed = new boolean[64];
    private int count;

    public static SourceMap identity(SourceFile file) {
        SourceMap m = new SourceMap();
        m.verbatim(0, file, 0);
        return m;
    }

    public void verbatim(int outOffset, SourceFile file, int srcOffset) {
        if (count > 0) {
            int last = count - 1;
            if (!fixed[last] && files[last] == file && srcStart[last] + (outOffset - outStart[last]) == srcOffset) {
                return;
            }
        }
        add(outOffset, file, srcOffset, false);
    }

    public void fixed(int outOffset, SourceFile file, int srcOffset) {
        add(outOffset, file, srcOffset, true);
    }

    private void add(int outOffset, SourceFile file, int srcOffset, boolean isFixed) {
        if (count > 0 && outStart[count - 1] == outOffset) {
            count--;
        }
        if (count == files.length) {
            int n = count * 2;
            files = Arrays.copyOf(files, n);
            outStart = Arrays.copyOf(outStart, n);
            srcStart = Arrays.copyOf(srcStart, n);
            fixed = Arrays.copyOf(fixed, n);
        }
        files[count] = file;
        outStart[count] = outOffset;
        srcStart[count] = srcOffset;
        fixed[count] = isFixed;
        count++;
    }

    private int segment(int outOffset) {
        int i = Arrays.binarySearch(outStart, 0, count, outOffset);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(i, 0);
    }

    public SourceFile file(int outOffset) {
        return count == 0 ? null : files[segment(outOffset)];
    }

    public int sourceOffset(int outOffset) {
        int s = segment(outOffset);
        return fixed[s] ? srcStart[s] : srcStart[s] + (outOffset - outStart[s]);
    }

    public SourcePosition position(int outOffset) {
        if (count == 0) {
            return null;
        }
        int s = segment(outOffset);
        int src = fixed[s] ? srcStart[s] : srcStart[s] + (outOffset - outStart[s]);
        return files[s].position(Math.min(src, Math.max(files[s].length(), 0)));
    }
}
