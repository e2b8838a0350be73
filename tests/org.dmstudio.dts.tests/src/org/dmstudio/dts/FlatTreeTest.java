package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Reference;
import org.dmstudio.dts.livetree.ValueChunk;
import org.junit.jupiter.api.Test;

/** DTB layout and the reader, without the reference tools. */
class FlatTreeTest {

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    @Test
    void headerAndReserveMap() {
        byte[] dtb = TestSupport.compile("syntax/features.dts").toDtb();
        assertEquals(0xd00dfeed, u32(dtb, 0));
        assertEquals(dtb.length, u32(dtb, 4));
        assertEquals(40, u32(dtb, 16), "reserve map right after the 40-byte header");
        assertEquals(40 + 3 * 16, u32(dtb, 8), "two entries plus the terminator");
        assertEquals(17, u32(dtb, 20));
        assertEquals(16, u32(dtb, 24));
        assertEquals(u32(dtb, 8) + u32(dtb, 36), u32(dtb, 12), "strings follow the structure block");
        assertEquals(dtb.length, u32(dtb, 12) + u32(dtb, 32));
        assertEquals(0x10000000, u32(dtb, 44));
    }

    @Test
    void roundTripWithSymbols() {
        DeviceTreeSource src = new DtsCompiler(TestSupport.options(TestSupport.data("syntax/features.dts"))
                .withSymbols(true)).compile(TestSupport.data("syntax/features.dts"));
        byte[] dtb = src.toDtb();
        LiveTree read = DeviceTreeBlob.read(dtb);
        TestSupport.assertSameTree(src.tree(), read, true);
        assertArrayEquals(dtb, DeviceTreeBlob.write(read));
        assertEquals(List.of("uart_alias", "uart0"), read.nodeByPath("/soc/serial@2000").labels());
        assertEquals(2, read.nodeByLabel("uart0").phandle());
    }

    @Test
    void overlayReferencesComeBackFromFixups() {
        byte[] dtb = TestSupport.compile("overlay/overlay.dtso").toDtb();
        LiveTree read = DeviceTreeBlob.read(dtb);
        List<ValueChunk> peer = read.nodeByPath("/fragment@1/__overlay__/new-node").property("peer").chunks();
        ValueChunk.Cells cells = (ValueChunk.Cells) peer.get(0);
        assertEquals(new ValueChunk.PhandleRef(new Reference("/fragment@0/__overlay__/child"), 1), cells.items().get(0));
        assertEquals(new ValueChunk.PhandleRef(new Reference("other"), 0xffffffffL), cells.items().get(1));
    }

    @Test
    void malformedBlobsAreRejected() {
        byte[] dtb = TestSupport.compile("syntax/features.dts").toDtb();
        assertThrows(IllegalArgumentException.class, () -> DeviceTreeBlob.read(new byte[10]));
        byte[] bad = Arrays.copyOf(dtb, dtb.length);
        bad[0] = 0;
        assertThrows(IllegalArgumentException.class, () -> DeviceTreeBlob.read(bad));
        assertThrows(IllegalArgumentException.class, () -> DeviceTreeBlob.read(Arrays.copyOf(dtb, dtb.length / 2)));
    }
}
