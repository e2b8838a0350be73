package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.dmstudio.dts.livetree.Reference;
import org.dmstudio.dts.livetree.ValueChunk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every syntax feature of the source language, on data/syntax/features.dts. */
class SyntaxTest {
    private static DeviceTreeSource src;
    private static LiveTree tree;

    @BeforeAll
    static void compile() {
        src = TestSupport.compile("syntax/features.dts");
        tree = src.tree();
    }

    private static Node node(String path) {
        Node n = tree.nodeByPath(path);
        assertNotNull(n, "node " + path);
        return n;
    }

    private static Property prop(String path, String name) {
        Property p = node(path).property(name);
        assertNotNull(p, path + ":" + name);
        return p;
    }

    private static long[] cells(String path, String name) {
        return prop(path, name).asCells();
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void compilesWithoutErrors() {
        assertEquals(List.of(), src.errors());
        assertFalse(tree.isPlugin());
    }

    @Test
    void memreserves() {
        assertEquals(2, tree.memReserves().size());
        assertEquals(0x10000000L, tree.memReserves().get(0).address());
        assertEquals(0x4000L, tree.memReserves().get(0).size());
        assertEquals(List.of("mem"), tree.memReserves().get(0).labels());
        assertEquals(0x20000000L, tree.memReserves().get(1).address());
    }

    @Test
    void integersCharactersAndExpressions() {
        assertArrayEquals(new long[] {1, 2, 8, 'a', '\n', 0xffffffffL, 0xffffffffL}, cells("/values", "cells"));
        assertArrayEquals(new long[] {7, 9, 3, 1, 16, 16, 1, 0, 1, 0, 1, 0, 2, 7, 5, 0, 1, 1, 7, 8, 9},
                cells("/values", "expr"));
    }

    @Test
    void macrosFromIncludedHeader() {
        assertArrayEquals(new long[] {67, 66, 0x102, 0x1f, 3}, cells("/values", "macros"));
        assertEquals("3", prop("/values", "str").asString());
        assertArrayEquals(new long[] {0, 5, 4}, cells("/soc/serial@2000", "interrupts"));
        assertNotNull(node("/values").property("version-ok"));
        assertNull(node("/values").property("version-bad"));
        assertNotNull(node("/values").property("elif-taken"));
        assertNull(node("/values").property("not-here"));
    }

    @Test
    void bitsWidths() {
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, prop("/values", "bits8").value());
        assertArrayEquals(new byte[] {0x12, 0x34, (byte) 0xff, (byte) 0xff}, prop("/values", "bits16").value());
        ValueChunk.Cells c16 = (ValueChunk.Cells) prop("/values", "bits16").chunks().get(0);
        assertEquals(16, c16.bits());
        assertEquals(List.of(new ValueChunk.Number(0x1234), new ValueChunk.Number(0xffff)), c16.items());
        ValueChunk.Cells c64 = (ValueChunk.Cells) prop("/values", "bits64").chunks().get(0);
        assertEquals(64, c64.bits());
        assertEquals(new ValueChunk.Number(0x123456789abcdef0L), c64.items().get(0));
    }

    @Test
    void stringsAndByteStrings() {
        assertEquals("Test \"board\"\twith\\escapesAA", prop("/", "model").asString());
        assertEquals(List.of("first", "second"), prop("/values", "strings").asStrings());
        assertArrayEquals(new byte[] {0, 0x11, 0x22, (byte) 0xab, (byte) 0xcd}, prop("/values", "bytes").value());
        assertArrayEquals(new byte[] {0, 0x11, 0x22, 0x33}, prop("/values", "bytes-spaced").value());
        assertEquals(0, prop("/values", "empty").length());
    }

    @Test
    void mixedValueChunks() {
        List<ValueChunk> chunks = prop("/values", "mixed").chunks();
        assertEquals(new ValueChunk.Text("a"), chunks.get(0));
        assertEquals(new ValueChunk.Cells(32, List.of(new ValueChunk.Number(1))), chunks.get(1));
        assertArrayEquals(new byte[] {2}, ((ValueChunk.Bytes) chunks.get(2)).bytes());
        assertEquals(new ValueChunk.PathRef(new Reference("uart0"), "/soc/serial@2000"), chunks.get(3));
        assertEquals(new ValueChunk.Cells(32, List.of(new ValueChunk.PhandleRef(new Reference("intc"), 1),
                new ValueChunk.Number(5))), chunks.get(4));
    }

    @Test
    void phandleReferencesByLabelAndPath() {
        assertEquals(1, node("/soc/interrupt-controller@1000").phandle());
        assertEquals(2, node("/soc/serial@2000").phandle());
        assertEquals(3, node("/cpus/cpu@0").phandle());
        assertArrayEquals(new long[] {2, 2, 3, 1}, cells("/values", "refs"));
        ValueChunk.Cells refs = (ValueChunk.Cells) prop("/values", "refs").chunks().get(0);
        assertEquals(new ValueChunk.PhandleRef(new Reference("uart0"), 2), refs.items().get(0));
        assertEquals(new ValueChunk.PhandleRef(new Reference("/soc/serial@2000"), 2), refs.items().get(1));
        assertTrue(((ValueChunk.PhandleRef) refs.items().get(1)).target().isPath());
        assertArrayEquals(new long[] {2}, cells("/soc/serial@2000", "phandle"));
        assertEquals("/soc/serial@2000", prop("/aliases", "serial0").asString());
        assertEquals("/soc", prop("/aliases", "soc").asString());
    }

    @Test
    void labelsOnNodesPropertiesAndValues() {
        assertEquals(List.of("uart_alias", "uart0"), node("/soc/serial@2000").labels());
        assertEquals(List.of("extra_label"), prop("/soc/serial@2000", "current-speed").labels());
        Property labelled = prop("/values", "labelled");
        assertEquals(List.of("lbl_prop"), labelled.labels());
        ValueChunk.Cells c = (ValueChunk.Cells) labelled.chunks().get(0);
        assertEquals(List.of(new ValueChunk.ValueLabel("start"), new ValueChunk.Number(1),
                new ValueChunk.ValueLabel("mid"), new ValueChunk.Number(2), new ValueChunk.ValueLabel("end")), c.items());
        assertEquals(node("/soc"), tree.nodeByLabel("soc"));
    }

    @Test
    void extensionsMergeInSourceOrder() {
        Node uart = node("/soc/serial@2000");
        assertEquals("okay", uart.property("status").asString());
        assertNotNull(uart.property("by-path"));
        assertNull(uart.property("merged-twice"), "deleted by a later /delete-property/");
        assertEquals(List.of("reg", "interrupts", "status", "current-speed", "by-path", "phandle"),
                uart.properties().stream().map(Property::name).toList());
        assertNotNull(node("/soc/added"));
        assertArrayEquals(new long[] {0x10}, cells("/extra", "raw"), "from /include/");
    }

    @Test
    void deletionsAndOmission() {
        assertNull(tree.nodeByPath("/soc/byname@4000"), "/delete-node/ by name");
        assertNull(tree.nodeByPath("/soc/doomed@3000"), "/delete-node/ &label");
        assertNull(tree.nodeByPath("/soc/bypath@5000"), "/delete-node/ &{/path}");
        assertNull(tree.nodeByPath("/soc/unused@6000"), "/omit-if-no-ref/ &label, unreferenced");
        assertNull(tree.nodeByPath("/soc/pinmux-unused"), "/omit-if-no-ref/ node, unreferenced");
        assertNotNull(tree.nodeByPath("/soc/pinmux-used"), "/omit-if-no-ref/ node, referenced");
        assertNull(tree.nodeByLabel("doomed"), "labels of deleted nodes go too");
    }

    @Test
    void provenanceOfMergedNodesAndProperties() throws IOException {
        Path base = TestSupport.data("syntax/board-base.dtsi");
        Path board = TestSupport.data("syntax/features.dts");
        Node uart = node("/soc/serial@2000");
        List<SourceSpan> defs = uart.definitions();
        assertEquals(5, defs.size(), defs.toString());
        assertTrue(defs.get(0).file().endsWith("board-base.dtsi"), defs.get(0).toString());
        assertEquals(lineOf(base, "uart0: serial@2000 {"), defs.get(0).startLine());
        assertEquals(3, defs.get(0).startColumn());
        assertTrue(defs.get(1).file().endsWith("features.dts"));
        assertEquals(lineOf(board, "&uart0 {"), defs.get(1).startLine());
        assertEquals(1, defs.get(1).startColumn());
        assertEquals(lineOf(board, "&{/soc/serial@2000} {"), defs.get(2).startLine());
        assertEquals(lineOf(board, "uart_alias: &uart0 {"), defs.get(3).startLine());

        Property status = uart.property("status");
        SourceSpan span = status.span();
        int line = lineOf(board, "status = \"okay\";");
        assertEquals(new SourceSpan(span.file(), line, 2, line, 18), span);
        assertEquals(2, status.definitions().size());
        assertTrue(status.definitions().get(0).file().endsWith("board-base.dtsi"));

        SourceSpan interrupts = uart.property("interrupts").span();
        int iline = lineOf(base, "interrupts = <GIC_SPI 5 IRQ_TYPE_LEVEL_HIGH>;");
        assertEquals(new SourceSpan(interrupts.file(), iline, 4, iline, 49), interrupts);
        assertEquals(lineOf(base, "uart0: serial@2000 {"),
                uart.labelList().stream().filter(l -> l.name().equals("uart0")).findFirst().orElseThrow().position().line());
    }

    @Test
    void bootCpuidFromFirstCpu() {
        assertEquals(0, tree.bootCpuid());
    }

    @Test
    void byteIdenticalToDtc() throws Exception {
        TestSupport.requireTools("cpp", "dtc");
        Path f = TestSupport.data("syntax/features.dts");
        List<Path> inc = TestSupport.options(f).includeDirs();
        for (boolean symbols : new boolean[] {false, true}) {
            byte[] ref = TestSupport.referenceDtb(TestSupport.dataDir(), inc, f, symbols, "dtb");
            DeviceTreeSource s = new DtsCompiler(TestSupport.options(f).withSymbols(symbols)).compile(f);
            assertNull(TestSupport.firstDifference(s.toDtb(), ref), "features.dts with symbols=" + symbols);
            byte[] refDts = TestSupport.referenceDtb(TestSupport.dataDir(), inc, f, symbols, "dts");
            assertEquals(new String(refDts, java.nio.charset.StandardCharsets.ISO_8859_1), s.toDts());
        }
    }
}
