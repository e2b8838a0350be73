package org.dmstudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dmstudio.model.edit.DmStudioAdapterFactory;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.topology.TopologyPackage;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;

/** The edit layer the workbench uses: labels, property descriptors, children, and undoable commands. */
class ItemProvidersTest {

	static ComposedAdapterFactory adapterFactory() {
		return new DmStudioAdapterFactory();
	}

	static Path root() {
		return Path.of(System.getProperty("dmstudio.root", "../.."));
	}

	@Test
	void everyObjectOfEveryExampleHasALabelAndProperties() throws Exception {
		ComposedAdapterFactory factory = adapterFactory();
		List<Path> models;
		try (Stream<Path> files = Files.walk(root().resolve("examples"), 2)) {
			models = files.filter(p -> p.toString().endsWith(".dmstudio")).toList();
		}
		assertFalse(models.isEmpty());
		int objects = 0;
		for (Path model : models) {
			ModelStore.Loaded loaded = ModelStore.load(model);
			assertTrue(loaded.ok(), loaded.problems()::toString);
			for (EObject root : loaded.resource().getContents()) {
				for (EObject object : (Iterable<EObject>) () -> root.eAllContents()) {
					IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
					assertNotNull(labels, object::toString);
					String text = labels.getText(object);
					assertFalse(text == null || text.isBlank(), object::toString);
					assertFalse(text.startsWith("_UI_"), "untranslated label " + text);
					IItemPropertySource properties = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
					Set<Object> described = properties.getPropertyDescriptors(object).stream()
							.map(d -> d.getFeature(object)).collect(Collectors.toSet());
					for (EAttribute attribute : object.eClass().getEAllAttributes()) {
						assertTrue(described.contains(attribute), object.eClass().getName() + "." + attribute.getName() + " has no property descriptor");
					}
					objects++;
				}
			}
		}
		assertTrue(objects > 100, "expected the examples to hold over 100 objects, got " + objects);
	}

	@Test
	void labelsUseKernelNames() {
		ComposedAdapterFactory factory = adapterFactory();
		Board board = TopologyFactory.eINSTANCE.createBoard();
		Device device = TopologyFactory.eINSTANCE.createDevice();
		device.setName("fdab0000.npu");
		board.getDevices().add(device);
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(device, IItemLabelProvider.class);
		assertEquals("Device fdab0000.npu", labels.getText(device));
		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(board, ITreeItemContentProvider.class);
		Collection<?> children = tree.getChildren(board);
		assertEquals(List.of(device), List.copyOf(children));
	}

	@Test
	void editsAreCommandsThatUndoAndRedo() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory(), new BasicCommandStack());
		Board board = TopologyFactory.eINSTANCE.createBoard();
		domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/board.dmstudio")).getContents().add(board);
		Regulator regulator = TopologyFactory.eINSTANCE.createRegulator();
		Command add = AddCommand.create(domain, board, TopologyPackage.Literals.BOARD__REGULATORS, regulator);
		assertTrue(add.canExecute());
		domain.getCommandStack().execute(add);
		Command rename = SetCommand.create(domain, regulator, TopologyPackage.Literals.REGULATOR__NAME, "vdd_npu_s0");
		domain.getCommandStack().execute(rename);
		assertEquals("vdd_npu_s0", board.getRegulators().get(0).getName());
		domain.getCommandStack().undo();
		assertEquals(null, regulator.getName());
		domain.getCommandStack().undo();
		assertTrue(board.getRegulators().isEmpty());
		domain.getCommandStack().redo();
		domain.getCommandStack().redo();
		assertEquals(List.of(regulator), board.getRegulators());
		assertEquals("vdd_npu_s0", regulator.getName());
	}
}
