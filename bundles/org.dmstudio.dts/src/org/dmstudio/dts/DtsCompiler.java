package org.dmstudio.dts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dmstudio.dts.internal.checks.Checks;
import org.dmstudio.dts.internal.cpp.Preprocessor;
import org.dmstudio.dts.internal.lexer.DtsLexer;
import org.dmstudio.dts.internal.parser.DtsParser;
import org.dmstudio.dts.internal.srcpos.SourceFile;
import org.dmstudio.dts.internal.srcpos.SourceMap;
import org.dmstudio.dts.internal.tree.Phandles;
import org.dmstudio.dts.internal.tree.Symbols;
import org.dmstudio.dts.internal.tree.Trees;
import org.dmstudio.dts.livetree.LiveTree;

/**
 * Compiles devicetree sources the way the kernel does ({@code cpp | dtc}):
 * preprocess, parse, run dtc's checks and fixups, and optionally write DTBs.
 * Instances are immutable and may be shared between threads.
 */
public final class DtsCompiler {
    private final CompilerOptions options;

    public DtsCompiler(CompilerOptions options) {
        this.options = options;
    }

    public CompilerOptions options() {
        return options;
    }

    /** Compiles a file from disk. I/O problems become diagnostics. */
    public DeviceTreeSource compile(Path file) {
        SourceFile source;
        try {
            source = SourceFile.read(file.toString(), file);
        } catch (IOException e) {
            List<Diagnostic> d = List.of(Diagnostic.error(null, "cannot read " + file + ": " + e.getMessage()));
            return new DeviceTreeSource(file, emptyTree(), d, List.of());
        }
        return compile(file, source);
    }

    /**
     * Compiles text that is not (or not yet) on disk, e.g. an editor buffer.
     * {@code file} names it in positions and locates its quote includes.
     */
    public DeviceTreeSource compile(Path file, String content) {
        return compile(file, SourceFile.of(file.toString(), file, content));
    }

    private static LiveTree emptyTree() {
        return new LiveTree(new org.dmstudio.dts.livetree.Node(""), List.of(), false, 0);
    }

    private DeviceTreeSource compile(Path file, SourceFile source) {
        List<Diagnostic> diags = new ArrayList<>();
        Consumer<Diagnostic> sink = diags::add;
        Set<Path> files = new LinkedHashSet<>();
        files.add(file.toAbsolutePath().normalize());
        char[] text;
        int length;
        SourceMap map;
        if (options.preprocess()) {
            Preprocessor.Output out = new Preprocessor(options.includeDirs(), options.defines(), sink).run(source);
            text = out.text();
            length = out.length();
            map = out.map();
            files.addAll(out.files());
        } else {
            text = source.text();
            length = source.length();
            map = SourceMap.identity(source);
        }
        DtsLexer lexer = new DtsLexer(text, length, map, options.includeDirs(), sink);
        DtsParser parser = new DtsParser(lexer, options.includeDirs(), sink);
        LiveTree tree = parser.parse();
        for (Path p : lexer.includedFiles()) {
            files.add(p.toAbsolutePath().normalize());
        }
        Trees.fillFullPaths(tree.root());
        Phandles phandles = new Phandles();
        Checks.run(tree, options.symbols(), phandles, sink);
        if (options.symbols()) {
            Symbols.generateSymbols(tree.root(), phandles, sink);
        }
        if (tree.isPlugin()) {
            Symbols.generateFixups(tree.root(), sink);
        }
        return new DeviceTreeSource(file, tree, diags, new ArrayList<>(files));
    }

    /**
     * Compiles each input to {@code <outDir>/<name>.dtb} ({@code name} is the file
     * name without {@code .dts}/{@code .dtso}). An input with errors gets no DTB
     * (as dtc without {@code -f}); the others are still compiled.
     */
    public BatchResult compileAll(List<Path> inputs, Path outDir) {
        List<BatchResult.Entry> entries = new ArrayList<>();
        for (Path in : inputs) {
            DeviceTreeSource src = compile(in);
            List<Diagnostic> diags = new ArrayList<>(src.diagnostics());
            Path out = null;
            if (!src.hasErrors()) {
                Path target = outDir.resolve(dtbName(in));
                try {
                    Files.createDirectories(outDir);
                    Files.write(target, src.toDtb());
                    out = target;
                } catch (IOException e) {
                    diags.add(Diagnostic.error(null, "cannot write " + target + ": " + e.getMessage()));
                }
            }
            entries.add(new BatchResult.Entry(in, out, diags));
        }
        return new BatchResult(entries);
    }

    /** {@code board.dts} and {@code board.dtso} both become {@code board.dtb}. */
    public static String dtbName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".dtb";
    }
}
