package org.dmstudio.dts.internal.srcpos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.dmstudio.dts.SourcePosition;

/**
 * The text of one input file. Bytes are read as ISO-8859-1 so that every char is
 * one byte: values copy through unchanged and columns count bytes like dtc.
 */
public final class SourceFile {
    private final String name;
    private final Path path;
    private final char[] text;
    private final int length;
    private int[] lineStarts;

    public SourceFile(String name, Path path, char[] text, int length) {
        this.name = name;
        this.path = path;
        this.text = text;
        this.length = length;
    }

    public static SourceFile read(String name, Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return new SourceFile(name, path, chars, chars.length);
    }

    public static SourceFile of(String name, Path path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return new SourceFile(name, path, chars, chars.length);
    }

    /** The name used in positions and {@code __FILE__}. */
    public String name() {
        return name;
    }

    /** The file on disk, or null for in-memory text. */
    public Path path() {
        return path;
    }

    public char[] text() {
        return text;
    }

    public int length() {
        return length;
    }

    public Path directory() {
        if (path == null) {
            return null;
        }
        Path abs = path.toAbsolutePath();
        return abs.getParent();
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[64];
            int n = 1;
            for (int i = 0; i < length; i++) {
                if (text[i] == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }

    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public SourcePosition position(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new SourcePosition(name, line + 1, offset - starts[line] + 1);
    }

    @Override
    public String toString() {
        return name;
    }
}
