package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.internal.cpp.Preprocessor;
import org.dmstudio.dts.internal.srcpos.SourceFile;
import org.dmstudio.dts.livetree.Property;
import org.junit.jupiter.api.Test;

/** cpp semantics for devicetree use, and the map back to original positions. */
class PreprocessorTest {

    private static String run(String text, List<Diagnostic> diags, Preprocessor.Output[] keep) {
        Preprocessor pp = new Preprocessor(List.of(TestSupport.data("include")), Map.of("FROM_OPTIONS", "42"),
                diags::add);
        Preprocessor.Output out = pp.run(SourceFile.of("mem.dts", Path.of("mem.dts"), text));
        if (keep != null) {
            keep[0] = out;
        }
        return new String(out.text(), 0, out.length());
    }

    @Test
    void assemblerLinesStartingWithHashPassThrough() {
        List<Diagnostic> d = new ArrayList<>();
        String out = run("#address-cells = <1>;\n  #size-cells = <0>;\n# 12 \"x\"\n", d, null);
        assertEquals(List.of(), d);
        assertTrue(out.contains("#address-cells = <1>;"), out);
        assertTrue(out.contains("#size-cells = <0>;"), out);
    }

    @Test
    void commentsApostrophesAndContinuations() {
        List<Diagnostic> d = new ArrayList<>();
        String out = run("// it's fine\n/* don't #define X */ a = <Y>;\n#define Y \\\n  7\nb = <Y>; /* #if 0 */\n", d,
                null);
        assertEquals(List.of(), d);
        assertTrue(out.contains("a = <Y>;"), out);
        assertTrue(out.contains("b = <7>;"), out);
        assertTrue(!out.contains("it's"), out);
    }

    @Test
    void functionMacrosStringifyPasteAndRescan() {
        List<Diagnostic> d = new ArrayList<>();
        String out = run("#define CAT(a, b) a##b\n#define S(x) #x\n#define F(x) G(x)\n#define G(x) <x x>\n"
                + "#define REC REC + 1\n#define LATE(x) x\n#define NAME LATE\n"
                + "p = CAT(0x, 10) S( a  \"b\" ) F(1) REC NAME(3) FROM_OPTIONS __LINE__;\n", d, null);
        assertEquals(List.of(), d);
        assertTrue(out.contains("p = 0x10 \"a \\\"b\\\"\" <1 1> REC + 1 3 42 8;"), out);
    }

    @Test
    void conditionals() {
        List<Diagnostic> d = new ArrayList<>();
        String out = run("#define A 2\n#if defined(A) && (A << 2) == 8 && !defined B\nyes1\n#else\nno1\n#endif\n"
                + "#ifndef A\nno2\n#elif A > 1 ? 1 : 0\nyes2\n#endif\n#if 0\n#if 1\nno3\n#endif\n#else\nyes3\n#endif\n",
                d, null);
        assertEquals(List.of(), d);
        assertTrue(out.contains("yes1") && out.contains("yes2") && out.contains("yes3"), out);
        assertTrue(!out.contains("no1") && !out.contains("no2") && !out.contains("no3"), out);
    }

    @Test
    void expansionsMapToTheInvocationAndTextMapsToItself() {
        Preprocessor.Output[] keep = new Preprocessor.Output[1];
        String out = run("#define V 1234\n\tx = <V>;\n  y;\n", new ArrayList<>(), keep);
        int v = out.indexOf("1234");
        SourcePosition at = keep[0].map().position(v + 2);
        assertEquals(new SourcePosition("mem.dts", 2, 7), at);
        SourcePosition y = keep[0].map().position(out.indexOf("y;"));
        assertEquals(new SourcePosition("mem.dts", 3, 3), y);
        SourcePosition semi = keep[0].map().position(out.indexOf(">;") + 1);
        assertEquals(new SourcePosition("mem.dts", 2, 9), semi);
    }

    @Test
    void propertyFromMacroIsPlacedAtTheInvocation() {
        DtsCompiler c = new DtsCompiler(CompilerOptions.defaults());
        DeviceTreeSource src = c.compile(Path.of("macro-prop.dts"),
                "/dts-v1/;\n#define PROP(n, v) n = <v>;\n/ {\n\tPROP(speed, 5)\n};\n");
        assertEquals(List.of(), src.errors());
        Property p = src.tree().root().property("speed");
        assertNotNull(p);
        assertArrayEquals(new long[] {5}, p.asCells());
        assertEquals(new SourceSpan("macro-prop.dts", 4, 2, 4, 3), p.span());
    }
}
