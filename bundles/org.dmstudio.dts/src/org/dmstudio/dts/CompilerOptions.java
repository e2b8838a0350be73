package org.dmstudio.dts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to compile: include directories (used by {@code #include} and by dtc's
 * {@code /include/} and {@code /incbin/}), extra macro definitions, whether to
 * run the C preprocessor, and whether to emit {@code __symbols__} (dtc's
 * {@code -@}).
 */
public record CompilerOptions(List<Path> includeDirs, Map<String, String> defines, boolean preprocess,
        boolean symbols) {

    public CompilerOptions {
        includeDirs = List.copyOf(includeDirs);
        defines = Map.copyOf(defines);
    }

    public static CompilerOptions defaults() {
        return new CompilerOptions(List.of(), Map.of(), true, false);
    }

    /** The kernel's setup for a board: {@code -I include -I <board dir> -I src}, all relative to a tree root. */
    public static CompilerOptions kernel(Path treeRoot, Path boardDir) {
        return defaults().withIncludeDirs(List.of(treeRoot.resolve("include"), boardDir, treeRoot.resolve("src")));
    }

    public CompilerOptions withIncludeDirs(List<Path> dirs) {
        return new CompilerOptions(dirs, defines, preprocess, symbols);
    }

    public CompilerOptions withIncludeDir(Path dir) {
        List<Path> dirs = new ArrayList<>(includeDirs);
        dirs.add(dir);
        return withIncludeDirs(dirs);
    }

    /** Adds {@code -D name=value}; a null value means {@code 1}. */
    public CompilerOptions withDefine(String name, String value) {
        Map<String, String> d = new LinkedHashMap<>(defines);
        d.put(name, value == null ? "1" : value);
        return new CompilerOptions(includeDirs, d, preprocess, symbols);
    }

    public CompilerOptions withPreprocess(boolean on) {
        return new CompilerOptions(includeDirs, defines, on, symbols);
    }

    public CompilerOptions withSymbols(boolean on) {
        return new CompilerOptions(includeDirs, defines, preprocess, on);
    }
}
