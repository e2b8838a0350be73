package org.dmstudio.dts;

/**
 * A position in an original source file (not in preprocessed text). Lines and
 * columns are 1-based; columns count bytes, as dtc and cpp do.
 */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
