package org.dmstudio.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.DmStudioCommands;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compile, import and check through DmStudioCommands.dispatch. */
class DevicetreeCommandsTest {

	@TempDir
	Path temp;

	record Run(int status, String out, String err) {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = DmStudioCommands.dispatch(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path write(String name, String text) throws Exception {
		Path p = temp.resolve(name);
		Files.writeString(p, text);
		return p;
	}

	private static Path rock5b() {
		Path corpus = Path.of(System.getProperty("dmstudio.corpus", "../../../shared/dts-corpus"));
		Path f = corpus.resolve("src/arm64/rockchip/rk3588-rock-5b.dts");
		if (!Files.isRegularFile(f)) {
			String message = "devicetree corpus not found (set -Ddmstudio.corpus): " + f;
			System.err.println("SKIPPED: " + message);
			Assumptions.assumeTrue(false, message);
		}
		return f;
	}

	@Test
	void compileWritesOneDtbPerInputAndReportsTheBadOne() throws Exception {
		Path inc = Files.createDirectories(temp.resolve("inc"));
		Files.writeString(inc.resolve("values.h"), "#define VALUE 42\n");
		Files.writeString(inc.resolve("part.dtsi"), "/ { part; };\n");
		Path good = write("good.dts", "/dts-v1/;\n#include \"values.h\"\n/include/ \"part.dtsi\"\n/ { value = <VALUE>; };\n");
		Path bad = write("bad.dts", "/dts-v1/;\n/ {\n\tclocks = <&nowhere>;\n};\n");
		Path out = temp.resolve("out");
		Run r = run("compile", "-I", inc.toString(), "--out-dir", out.toString(), bad.toString(), good.toString());
		assertEquals(1, r.status(), r.out() + r.err());
		assertTrue(r.err().contains("bad.dts:3:"), r.err());
		assertTrue(Files.isRegularFile(out.resolve("good.dtb")));
		assertFalse(Files.exists(out.resolve("bad.dtb")));
		byte[] expected = new DtsCompiler(DeviceTreeImport.options(good, List.of(inc))).compile(good).toDtb();
		assertArrayEquals(expected, Files.readAllBytes(out.resolve("good.dtb")));
		assertEquals(0, run("compile", "-I", inc.toString(), "-o", temp.resolve("g.dtb").toString(), good.toString()).status());
		assertEquals(2, run("compile", good.toString()).status(), "needs -o or --out-dir");
	}

	@Test
	void importWritesALoadableBoard() throws Exception {
		Path model = temp.resolve("rock5b.dmstudio");
		Run r = run("import", rock5b().toString(), "-o", model.toString());
		assertEquals(0, r.status(), r.out() + r.err());
		ModelStore.Loaded loaded = ModelStore.load(model);
		assertTrue(loaded.ok(), loaded.problems().toString());
		Board board = (Board) loaded.resource().getContents().get(0);
		assertTrue(board.getDevices().stream().anyMatch(d -> d.getName().equals("fdab0000.npu")));
		assertEquals("rk3588-rock-5b", board.getDeviceTree().getName());
	}

	@Test
	void checkNamesTheNpuDomainSupplyRisk() {
		Run r = run("check", rock5b().toString());
		assertEquals(1, r.status(), r.out() + r.err());
		assertTrue(r.out().contains("rk3588-rock-5b-5bp-5t.dtsi:504:2: error: power domain npu (pd_npu"), r.out());
		assertTrue(r.out().contains("vdd_npu_s0 from 1-0042 on i2c-1"), r.out());
	}

	@Test
	void checkIsCleanWithoutRisks() throws Exception {
		Path ok = write("ok.dts", "/dts-v1/;\n/ {\n\tcompatible = \"test,ok\";\n\tuart@1000 { compatible = \"test,uart\"; reg = <0x1000>; };\n};\n");
		Run r = run("check", ok.toString());
		assertEquals(0, r.status(), r.out() + r.err());
		assertTrue(r.out().contains("0 error(s)"), r.out());
	}
}
