package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.dmstudio.dts.livetree.LiveTree;
import org.junit.jupiter.api.Test;

/** {@code /plugin/} sources: fragments, __fixups__, __local_fixups__. */
class OverlayTest {

    @Test
    void fragmentsAndFixups() {
        DeviceTreeSource src = TestSupport.compile("overlay/overlay.dtso");
        assertEquals(List.of(), src.errors());
        LiveTree t = src.tree();
        assertTrue(t.isPlugin());
        assertArrayEquals(new long[] {0xffffffffL}, t.nodeByPath("/fragment@0").property("target").asCells());
        assertEquals("/soc", t.nodeByPath("/fragment@1").property("target-path").asString());
        assertNotNull(t.nodeByPath("/fragment@0/__overlay__/child").property("merged-locally"),
                "&local merges into the overlay's own node");
        assertNull(t.nodeByPath("/fragment@2"));
        assertEquals(List.of("/fragment@0:target:0"), t.nodeByPath("/__fixups__").property("uart0").asStrings());
        assertEquals(List.of("/fragment@0/__overlay__/child:interrupts-extended:0"),
                t.nodeByPath("/__fixups__").property("intc").asStrings());
        assertEquals(List.of("/fragment@1/__overlay__/new-node:peer:4"),
                t.nodeByPath("/__fixups__").property("other").asStrings());
        assertArrayEquals(new long[] {0}, t.nodeByPath("/__local_fixups__/fragment@0/__overlay__/child")
                .property("self").asCells());
        assertArrayEquals(new long[] {1, 0xffffffffL}, t.nodeByPath("/fragment@1/__overlay__/new-node")
                .property("peer").asCells());
    }

    @Test
    void byteIdenticalToDtc() throws Exception {
        TestSupport.requireTools("cpp", "dtc");
        Path f = TestSupport.data("overlay/overlay.dtso");
        for (boolean symbols : new boolean[] {false, true}) {
            byte[] ref = TestSupport.referenceDtb(TestSupport.dataDir(), TestSupport.options(f).includeDirs(), f,
                    symbols, "dtb");
            byte[] mine = new DtsCompiler(TestSupport.options(f).withSymbols(symbols)).compile(f).toDtb();
            assertNull(TestSupport.firstDifference(mine, ref), "overlay.dtso with symbols=" + symbols);
        }
    }
}
