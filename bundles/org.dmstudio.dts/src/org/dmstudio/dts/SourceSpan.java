package org.dmstudio.dts;

/**
 * A region of an original source file. The end column is exclusive: it is the
 * column just after the last character of the region (for a property, after its
 * {@code ;}).
 */
public record SourceSpan(String file, int startLine, int startColumn, int endLine, int endColumn) {

    public static SourceSpan of(SourcePosition start, SourcePosition endInclusive) {
        if (endInclusive == null || !endInclusive.file().equals(start.file())) {
            return new SourceSpan(start.file(), start.line(), start.column(), start.line(), start.column() + 1);
        }
        return new SourceSpan(start.file(), start.line(), start.column(), endInclusive.line(),
                endInclusive.column() + 1);
    }

    public SourcePosition start() {
        return new SourcePosition(file, startLine, startColumn);
    }

    @Override
    public String toString() {
        return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
