package org.dmstudio.dts;

import java.nio.file.Path;
import java.util.List;

/** The outcome of {@link DtsCompiler#compileAll}: one entry per input, in input order. */
public record BatchResult(List<Entry> entries) {

    /** One input: the DTB written (null if it failed) and its diagnostics. */
    public record Entry(Path input, Path output, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return output != null;
        }
    }

    public BatchResult {
        entries = List.copyOf(entries);
    }

    public List<Entry> failed() {
        return entries.stream().filter(e -> !e.ok()).toList();
    }

    public boolean allOk() {
        return entries.stream().allMatch(Entry::ok);
    }
}
