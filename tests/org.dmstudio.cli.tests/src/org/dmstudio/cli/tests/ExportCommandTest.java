package org.dmstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dmstudio.cli.DmStudioCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code dmstudio export} of a scenario at a step, read back from the SVG, and as an HTML player. */
class ExportCommandTest {

	private static final String BUILTIN = "examples/seed000-rk3588-npu/builtin.scenario";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private static Path root() {
		return Path.of(System.getProperty("dmstudio.root", "../.."));
	}

	private int export(String... args) {
		List<String> all = new ArrayList<>(List.of("export"));
		all.addAll(List.of(args));
		return DmStudioCommands.dispatch(all, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static Element group(Document svg, String id) {
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("id").equals(id)) {
				return g;
			}
		}
		throw new AssertionError("no element " + id);
	}

	private static String text(Element g) {
		return g.getTextContent();
	}

	@Test
	void scenarioAtTheFailingProbeMarksTheIommuAndTheCore() throws Exception {
		Path svg = temp.resolve("step.svg");
		assertEquals(0, export(root().resolve(BUILTIN).toString(), "--view", "links", "--step", "-EINVAL@fdab0000.npu", "--format",
				"svg", "-o", svg.toString()), err.toString());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		Element iommu = group(document, "device:fdab9000.iommu");
		assertTrue(iommu.getAttribute("class").contains("error-stored") && text(iommu).contains("-EPROBE_DEFER stored"),
				iommu.getAttribute("class") + ": " + text(iommu));
		Element core = group(document, "device:fdab0000.npu");
		assertTrue(core.getAttribute("class").contains("error-returned") && text(core).contains("returned -EINVAL"),
				core.getAttribute("class") + ": " + text(core));
		String title = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(0).getTextContent();
		assertTrue(title.contains("rk3588-npu.dmstudio") && title.contains("scenario seed000-builtin") && title.contains("step 380"),
				title);
		assertTrue(Files.readString(svg).contains("class=\"legend\""));
	}

	@Test
	void modelWithScenarioOptionAndDefaultLastStepShowsTheFailedProbe() throws Exception {
		Path svg = temp.resolve("last.svg");
		assertEquals(0, export(root().resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio").toString(), "--scenario",
				root().resolve(BUILTIN).toString(), "--view", "links", "--format", "svg", "-o", svg.toString()), err.toString());
		String content = Files.readString(svg);
		assertTrue(content.contains("probe failed -EINVAL"), "the last step shows the failed probes");
		assertTrue(out.toString().contains("step 584 of seed000-builtin"), out.toString());
	}

	@Test
	void htmlPlayerOpensAtTheStepAsked() throws Exception {
		Path html = temp.resolve("player.html");
		assertEquals(0, export(root().resolve(BUILTIN).toString(), "--view", "links", "--step", "born:-EPROBE_DEFER", "--format", "html",
				"-o", html.toString()), err.toString());
		String page = Files.readString(html);
		assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("id=\"dm-data\"") && page.contains("\"initial\":200,"),
				"opens where -EPROBE_DEFER is born");
	}

	@Test
	void mistakesAreReported() {
		assertEquals(2, export(root().resolve("examples/seed000-rk3588-npu/rk3588-npu.dmstudio").toString(), "--view", "links",
				"--format", "html", "-o", temp.resolve("x.html").toString()));
		assertTrue(err.toString().contains("give a scenario"), err.toString());
		assertEquals(1, export(root().resolve(BUILTIN).toString(), "--view", "links", "--step", "born:-ENOSPC", "--format", "svg", "-o",
				temp.resolve("x.svg").toString()));
		assertTrue(err.toString().contains("no call returns -ENOSPC"), err.toString());
		assertEquals(1, export(root().resolve(BUILTIN).toString(), "--view", "links", "--step", "99999", "--format", "svg", "-o",
				temp.resolve("x.svg").toString()));
		assertTrue(err.toString().contains("past the end"), err.toString());
	}
}
