package org.dmstudio.dts;

/**
 * A problem found while preprocessing, parsing or checking a devicetree source.
 * The position is in original file coordinates; it is null only for problems that
 * belong to no file (for example an output file that cannot be written).
 */
public record Diagnostic(Severity severity, SourcePosition position, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        return position == null ? kind + ": " + message : position + ": " + kind + ": " + message;
    }
}
