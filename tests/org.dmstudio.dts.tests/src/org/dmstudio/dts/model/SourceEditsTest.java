package org.dmstudio.dts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-back changes only the edited lines; the whole files are compared. */
class SourceEditsTest {

	@TempDir
	Path temp;
	private String dts;
	private String dtsi;

	@BeforeEach
	void copy() throws Exception {
		dts = Files.readString(ModelTestSupport.data("edit.dts"));
		dtsi = Files.readString(ModelTestSupport.data("edit.dtsi"));
		Files.writeString(temp.resolve("edit.dts"), dts);
		Files.writeString(temp.resolve("edit.dtsi"), dtsi);
	}

	private Node uart() {
		Path file = temp.resolve("edit.dts");
		CompilerOptions options = DeviceTreeImport.options(file, List.of());
		DeviceTree tree = DeviceTreeImport.toModel(new DtsCompiler(options).compile(file), options);
		Node uart = tree.getRoot().getChildren().stream().filter(n -> n.getName().equals("serial")).findFirst().orElseThrow();
		assertEquals(2, uart.getLocations().size(), "one location per definition: .dtsi, then the board's &uart");
		return uart;
	}

	@Test
	void setChangesOnlyThePropertyInTheFileThatGaveItsValue() throws Exception {
		SourceEdits.setProperty(uart().getProperty("status"), "\"disabled\"").write();
		assertEquals(dts.replace("\tstatus = \"okay\";", "\tstatus = \"disabled\";"), Files.readString(temp.resolve("edit.dts")));
		assertEquals(dtsi, Files.readString(temp.resolve("edit.dtsi")));
	}

	@Test
	void setInTheDtsiKeepsMacrosAndComments() throws Exception {
		SourceEdits.setProperty(uart().getProperty("compatible"), "\"test,uart2\"").write();
		assertEquals(dtsi.replace("compatible = \"test,uart\";", "compatible = \"test,uart2\";"),
				Files.readString(temp.resolve("edit.dtsi")));
		assertTrue(Files.readString(temp.resolve("edit.dtsi")).contains("/* keep me */"));
		assertEquals(dts, Files.readString(temp.resolve("edit.dts")));
	}

	@Test
	void removeDeletesTheWholeLine() throws Exception {
		SourceEdits.removeProperty(uart().getProperty("clock-frequency")).write();
		assertEquals(dts.replace("\tclock-frequency = <24000000>;\t// a comment after\n", ""), Files.readString(temp.resolve("edit.dts")));
	}

	@Test
	void addGoesAfterTheLastPropertyOfTheBoardBlock() throws Exception {
		SourceEdits.addProperty(uart(), "pinctrl-names", "\"default\"").write();
		assertEquals(dts.replace("// a comment after\n", "// a comment after\n\tpinctrl-names = \"default\";\n"),
				Files.readString(temp.resolve("edit.dts")));
		assertEquals(dtsi, Files.readString(temp.resolve("edit.dtsi")));
		Path file = temp.resolve("edit.dts");
		CompilerOptions options = DeviceTreeImport.options(file, List.of());
		assertEquals("default", new DtsCompiler(options).compile(file).tree().nodeByLabel("uart").property("pinctrl-names").asString());
	}
}
