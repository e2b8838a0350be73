package org.dmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.DmStudioCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

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

	static Path example(String relative) {
		return Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples").resolve(relative);
	}

	@Test
	void noArgumentsListsTheSubcommands() {
		Run run = run();
		assertEquals(2, run.status());
		assertTrue(run.err().contains("ide"), run.err());
		assertTrue(run.err().contains("validate"), run.err());
	}

	@Test
	void unknownCommandIsAUsageError() {
		Run run = run("frobnicate");
		assertEquals(2, run.status());
		assertTrue(run.err().contains("unknown command 'frobnicate'"));
	}

	@Test
	void validateAcceptsTheExamples() {
		Run run = run("validate", example("seed000-rk3588-npu/rk3588-npu.dmstudio").toString(),
				example("seed002-mtk-smi-larb/mt8195-smi-larb.dmstudio").toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains("rk3588-npu.dmstudio: ") && run.out().contains("valid"), run.out());
	}

	@Test
	void validateNamesFileLineAndColumnOfABrokenModel() throws Exception {
		Path broken = Files.writeString(temp.resolve("broken.dmstudio"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:topology="http://dmstudio.org/model/topology/1.0">
				  <devices name="a" driver="//@drivers[name='missing']"/>
				</topology:Board>
				""");
		Run run = run("validate", broken.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains(broken + ":3:"), run.out());
		assertTrue(run.out().contains("missing"), run.out());
	}

	@Test
	void validateReportsKernelRuleViolations() throws Exception {
		Path model = Files.writeString(temp.resolve("selflink.dmstudio"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Board xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:topology="http://dmstudio.org/model/topology/1.0">
				  <devices name="a"/>
				  <links supplier="//@devices[name='a']" consumer="//@devices[name='a']"/>
				</topology:Board>
				""");
		Run run = run("validate", model.toString());
		assertEquals(1, run.status());
		assertTrue(run.out().contains("error: DeviceLink a -> a: device_link_add() refuses a link from a device to itself"), run.out());
	}
}
