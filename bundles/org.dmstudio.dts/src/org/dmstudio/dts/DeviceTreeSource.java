package org.dmstudio.dts;

import java.nio.file.Path;
import java.util.List;

import org.dmstudio.dts.internal.flattree.FlatTreeWriter;
import org.dmstudio.dts.internal.source.SourceWriter;
import org.dmstudio.dts.livetree.LiveTree;

/**
 * The result of compiling one source: the resolved live tree (phandles
 * assigned, references filled in, overlay fixups generated) and every
 * diagnostic. The tree is there even when there are errors.
 */
public final class DeviceTreeSource {
    private final Path file;
    private final LiveTree tree;
    private final List<Diagnostic> diagnostics;
    private final List<Path> files;

    DeviceTreeSource(Path file, LiveTree tree, List<Diagnostic> diagnostics, List<Path> files) {
        this.file = file;
        this.tree = tree;
        this.diagnostics = List.copyOf(diagnostics);
        this.files = List.copyOf(files);
    }

    public Path file() {
        return file;
    }

    public LiveTree tree() {
        return tree;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every file read: the source, its includes and {@code /include/}s. */
    public List<Path> files() {
        return files;
    }

    /** The DTB, byte-identical to dtc 1.6.1's; written even with errors (like {@code dtc -f}). */
    public byte[] toDtb() {
        return FlatTreeWriter.write(tree);
    }

    /** Canonical source like {@code dtc -O dts}. */
    public String toDts() {
        return SourceWriter.write(tree);
    }
}
