package org.dmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.TopologyFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted model files: bad input gives file:line:column, external entities are refused, saves are atomic. */
class ModelStoreTest {

	static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	static final String BOARD = "<topology:Board xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:topology=\"http://dmstudio.org/model/topology/1.0\" name=\"b\">\n";

	@TempDir
	Path temp;

	@Test
	void externalEntitiesAreNeverRead() throws IOException {
		Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
		Path model = Files.writeString(temp.resolve("evil.dmstudio"), HEADER
				+ "<!DOCTYPE b [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>\n" + BOARD
				+ "  <devices name=\"&x;\"/>\n</topology:Board>\n");
		ModelStore.Loaded loaded = ModelStore.load(model);
		assertFalse(loaded.ok());
		assertTrue(loaded.problems().get(0).message().contains("DOCTYPE"), loaded.problems()::toString);
		loaded.resource().getAllContents().forEachRemaining(o -> assertFalse(o.toString().contains("TOP-SECRET")));
	}

	@Test
	void malformedXmlIsReportedWithLineAndColumn() throws IOException {
		Path model = Files.writeString(temp.resolve("broken.dmstudio"), HEADER + BOARD
				+ "  <devices name=\"a\">\n  </device>\n</topology:Board>\n");
		ModelStore.Loaded loaded = ModelStore.load(model);
		assertFalse(loaded.ok());
		ModelStore.Problem problem = loaded.problems().get(0);
		assertEquals(model.toString(), problem.file());
		assertEquals(4, problem.line(), problem::toString);
		assertTrue(problem.column() > 0);
	}

	@Test
	void danglingReferencesAndUnknownFeaturesAreReportedWithThePartialModel() throws IOException {
		Path model = Files.writeString(temp.resolve("dangling.dmstudio"), HEADER + BOARD
				+ "  <devices name=\"a\" driver=\"//@drivers[name='nope']\"/>\n"
				+ "  <devices name=\"b\" colour=\"red\"/>\n</topology:Board>\n");
		ModelStore.Loaded loaded = ModelStore.load(model);
		assertEquals(2, loaded.problems().size(), loaded.problems()::toString);
		assertEquals(3, problemAbout(loaded, "nope").line());
		assertEquals(4, problemAbout(loaded, "colour").line());
		Board partial = (Board) loaded.root();
		assertEquals(List.of("a", "b"), partial.getDevices().stream().map(Device::getName).toList());
	}

	static ModelStore.Problem problemAbout(ModelStore.Loaded loaded, String word) {
		return loaded.problems().stream().filter(p -> p.message().contains(word)).findFirst()
				.orElseThrow(() -> new AssertionError("no problem about " + word + " in " + loaded.problems()));
	}

	@Test
	void aMissingFileIsAProblemNotACrash() {
		ModelStore.Loaded loaded = ModelStore.load(temp.resolve("nothing.dmstudio"));
		assertFalse(loaded.ok());
		assertTrue(loaded.problems().get(0).toString().contains("no such file"));
	}

	@Test
	void aFailedSaveLeavesTheFileAsItWas() throws IOException {
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName("kept");
		Resource resource = ModelStore.saveAs(List.of(board), temp.resolve("board.dmstudio"));
		Path file = temp.resolve("board.dmstudio");
		byte[] before = Files.readAllBytes(file);

		Device outsider = TopologyFactory.eINSTANCE.createDevice();
		DeviceLink link = TopologyFactory.eINSTANCE.createDeviceLink();
		link.setSupplier(outsider);
		link.setConsumer(outsider);
		board.getLinks().add(link);
		board.setName("changed");
		assertThrows(IOException.class, () -> ModelStore.save(resource), "a reference to an object in no resource cannot be saved");
		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}

		board.getLinks().clear();
		ModelStore.save(resource);
		assertTrue(Files.readString(file).contains("name=\"changed\""));
	}
}
