package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML player of seed 000 (built in, links view) in Debian's chromium through
 * releng/browser-tests/player-check.mjs (playwright-core), which goes to the failing probe and checks
 * the marks on the IOMMU and the core, and saves a screenshot under target/browser-tests.
 * Skips, saying why, without node, /usr/bin/chromium or {@code npm ci --prefix releng/browser-tests}.
 */
class PlayerBrowserTest {

	@Test
	void failingProbeShowsInChromium() throws Exception {
		Path root = Fixtures.root();
		Path script = root.resolve("releng/browser-tests/player-check.mjs");
		String node = executable("node");
		skipUnless(node != null, "node is not on PATH (apt-get install nodejs npm)");
		skipUnless(Files.isExecutable(Path.of("/usr/bin/chromium")), "/usr/bin/chromium is missing (apt-get install chromium)");
		skipUnless(Files.isDirectory(root.resolve("releng/browser-tests/node_modules/playwright-core")),
				"playwright-core is not installed (npm ci --prefix releng/browser-tests)");
		Path out = root.resolve("tests/org.dmstudio.diagram.tests/target/browser-tests");
		Files.createDirectories(out);
		Path html = out.resolve("player-seed000-builtin.html");
		Path screenshot = out.resolve("player-seed000-builtin.png");
		Files.deleteIfExists(screenshot);
		Files.writeString(html, HtmlPlayerTest.player(HtmlPlayerTest.builtin(), "links", -1));
		Process process = new ProcessBuilder(List.of(node, script.toString(), html.toString(), screenshot.toString()))
				.redirectErrorStream(true).start();
		boolean finished = process.waitFor(180, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!finished) {
			process.destroyForcibly();
		}
		System.out.println(output);
		assertTrue(finished, "the browser run did not finish in 180 s:\n" + output);
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("ok   the IOMMU is marked -EPROBE_DEFER stored"), output);
		assertTrue(output.contains("ok   the core is marked returned -EINVAL"), output);
		assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot);
	}

	private static void skipUnless(boolean condition, String reason) {
		if (!condition) {
			System.err.println("SKIPPED PlayerBrowserTest: " + reason);
		}
		Assumptions.assumeTrue(condition, reason);
	}

	private static String executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}
}
