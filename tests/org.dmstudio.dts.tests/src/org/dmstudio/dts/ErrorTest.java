package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every error is collected with its original file:line:column; a partial tree still comes back. */
class ErrorTest {

    private static Diagnostic find(DeviceTreeSource src, String messagePart) {
        for (Diagnostic d : src.diagnostics()) {
            if (d.message().contains(messagePart)) {
                return d;
            }
        }
        throw new AssertionError("no diagnostic containing '" + messagePart + "' in " + src.diagnostics());
    }

    private static void assertAt(Diagnostic d, Diagnostic.Severity severity, String file, int line, int column) {
        assertEquals(severity, d.severity(), d.toString());
        assertNotNull(d.position(), d.toString());
        assertTrue(d.position().file().endsWith(file), d.toString());
        assertEquals(line, d.position().line(), d.toString());
        assertEquals(column, d.position().column(), d.toString());
    }

    @Test
    void unterminatedString() {
        DeviceTreeSource src = TestSupport.compile("errors/unterminated-string.dts");
        assertAt(find(src, "unterminated string"), Diagnostic.Severity.ERROR, "unterminated-string.dts", 5, 15);
        assertNotNull(src.tree().root().property("good"), "properties before the error survive");
    }

    @Test
    void unknownLabels() {
        DeviceTreeSource src = TestSupport.compile("errors/unknown-label.dts");
        Diagnostic cell = find(src, "Reference to non-existent node or label \"nosuch\"");
        assertAt(cell, Diagnostic.Severity.ERROR, "unknown-label.dts", 5, 13);
        assertTrue(cell.message().startsWith("/node: "), cell.message());
        assertAt(find(src, "non-existent node or label \"missing\""), Diagnostic.Severity.ERROR, "unknown-label.dts",
                6, 14);
        assertAt(find(src, "Label or path &foo not found"), Diagnostic.Severity.ERROR, "unknown-label.dts", 10, 1);
        assertNotNull(src.tree().nodeByPath("/node"));
    }

    @Test
    void duplicateLabel() {
        DeviceTreeSource src = TestSupport.compile("errors/duplicate-label.dts");
        Diagnostic d = find(src, "Duplicate label 'same' on /second and /first");
        assertAt(d, Diagnostic.Severity.ERROR, "duplicate-label.dts", 6, 2);
    }

    @Test
    void duplicateNamesAndBadCharacters() {
        DeviceTreeSource src = TestSupport.compile("errors/duplicates.dts");
        assertAt(find(src, "/:twice: Duplicate property name"), Diagnostic.Severity.ERROR, "duplicates.dts", 5, 2);
        assertAt(find(src, "/n: Duplicate node name"), Diagnostic.Severity.ERROR, "duplicates.dts", 8, 2);
        assertAt(find(src, "syntax error near '!'"), Diagnostic.Severity.ERROR, "duplicates.dts", 10, 10);
    }

    @Test
    void bitsWidthAndRange() {
        DeviceTreeSource src = TestSupport.compile("errors/bits.dts");
        Diagnostic trunc = find(src, "Value 0x0000000000000100 truncated to 0x00");
        assertAt(trunc, Diagnostic.Severity.WARNING, "bits.dts", 5, 24);
        assertAt(find(src, "Array elements must be 8, 16, 32 or 64-bits"), Diagnostic.Severity.ERROR, "bits.dts", 6,
                21);
        assertAt(find(src, "References are only allowed in arrays with 32-bit elements"), Diagnostic.Severity.ERROR,
                "bits.dts", 7, 21);
        assertEquals(3, src.diagnostics().size(), src.diagnostics().toString());
        assertEquals(1, src.tree().root().property("truncated").length());
    }

    @Test
    void includeNotFoundListsSearchPaths() {
        Path f = TestSupport.data("errors/include-missing.dts");
        DeviceTreeSource src = TestSupport.compile("errors/include-missing.dts");
        Diagnostic cpp = find(src, "include file \"no-such-header.h\" not found; searched: ");
        assertAt(cpp, Diagnostic.Severity.ERROR, "include-missing.dts", 3, 1);
        assertTrue(cpp.message().contains(f.getParent().toString()), cpp.message());
        assertTrue(cpp.message().contains(TestSupport.data("include").toString()), cpp.message());
        Diagnostic dtc = find(src, "/include/ file \"no-such-file.dtsi\" not found; searched: ");
        assertAt(dtc, Diagnostic.Severity.ERROR, "include-missing.dts", 4, 1);
        assertEquals("parsed", src.tree().root().property("still").asString());
    }

    @Test
    void syntaxErrorsAreCollectedAndParsingGoesOn() {
        DeviceTreeSource src = TestSupport.compile("errors/syntax.dts");
        assertAt(find(src, "syntax error near ':': expected '=', ';' or '{' after 'bad-label'"),
                Diagnostic.Severity.ERROR, "syntax.dts", 4, 11);
        assertAt(find(src, "syntax error near ';'"), Diagnostic.Severity.ERROR, "syntax.dts", 5, 17);
        assertAt(find(src, "syntax error near 'UNDEFINED_MACRO'"), Diagnostic.Severity.ERROR, "syntax.dts", 6, 13);
        assertAt(find(src, "Division by zero"), Diagnostic.Severity.ERROR, "syntax.dts", 11, 10);
        assertAt(find(src, "Bad integer literal '08'"), Diagnostic.Severity.ERROR, "syntax.dts", 12, 11);
        assertAt(find(src, "Properties must precede subnodes"), Diagnostic.Severity.ERROR, "syntax.dts", 10, 2);
        assertEquals(1, src.diagnostics().stream().filter(d -> d.message().contains("UNDEFINED_MACRO")).count(),
                "one mistake, one message");
        assertEquals("errors", src.tree().root().property("after").asString());
        assertNotNull(src.tree().nodeByPath("/node"));
        assertTrue(src.hasErrors());
    }

    @Test
    void preprocessorErrors() {
        DeviceTreeSource src = TestSupport.compile("errors/cpp-errors.dts");
        assertAt(find(src, "macro \"PIN\" requires 2 arguments, but only 1 given"), Diagnostic.Severity.ERROR,
                "cpp-errors.dts", 5, 10);
        assertAt(find(src, "unterminated #if"), Diagnostic.Severity.ERROR, "cpp-errors.dts", 6, 1);
    }

    @Test
    void recursiveIncludeIsBounded() {
        DeviceTreeSource src = TestSupport.compile("errors/recursive.dts");
        Diagnostic d = find(src, "#include nested depth 200 exceeds maximum of 200");
        assertAt(d, Diagnostic.Severity.ERROR, "recursive.dtsi", 1, 1);
        assertEquals(1, src.errors().size(), src.errors().toString());
    }

    @Test
    void batchCompileReportsFailuresAndCompilesTheRest() throws Exception {
        Path out = java.nio.file.Files.createTempDirectory("dmstudio-batch");
        Path good = TestSupport.data("syntax/features.dts");
        Path bad = TestSupport.data("errors/syntax.dts");
        Path overlay = TestSupport.data("overlay/overlay.dtso");
        CompilerOptions o = CompilerOptions.defaults()
                .withIncludeDirs(List.of(TestSupport.data("include"), TestSupport.data("syntax")));
        BatchResult r = new DtsCompiler(o).compileAll(List.of(bad, good, overlay), out);
        assertFalse(r.allOk());
        assertEquals(List.of(bad), r.failed().stream().map(BatchResult.Entry::input).toList());
        assertEquals(out.resolve("features.dtb"), r.entries().get(1).output());
        assertEquals(out.resolve("overlay.dtb"), r.entries().get(2).output());
        assertTrue(java.nio.file.Files.size(out.resolve("features.dtb")) > 0);
        assertFalse(java.nio.file.Files.exists(out.resolve("syntax.dtb")));
        byte[] direct = new DtsCompiler(o).compile(good).toDtb();
        assertTrue(java.util.Arrays.equals(direct, java.nio.file.Files.readAllBytes(out.resolve("features.dtb"))));
    }
}
