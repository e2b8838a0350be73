package org.dmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.DtFactory;
import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.dt.StringValue;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.TopologyFactory;
import org.junit.jupiter.api.Test;

class TreeViewTest {

	private static Node node(Node parent, String name, String unit, String label, String file, int line) {
		Node node = DtFactory.eINSTANCE.createNode();
		node.setName(name);
		node.setUnitAddress(unit);
		if (label != null) {
			Label l = DtFactory.eINSTANCE.createLabel();
			l.setName(label);
			node.getLabels().add(l);
		}
		SourceLocation location = DtFactory.eINSTANCE.createSourceLocation();
		location.setFile(file);
		location.setLine(line);
		location.setColumn(1);
		node.getLocations().add(location);
		if (parent != null) {
			parent.getChildren().add(node);
		}
		return node;
	}

	private static Board board() {
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName("tree");
		DeviceTree tree = DtFactory.eINSTANCE.createDeviceTree();
		Node root = node(null, "", null, null, "rk3588.dtsi", 1);
		tree.setRoot(root);
		board.setDeviceTree(tree);
		node(root, "npu", "fdab0000", "rknn_core_0", "rk3588-base.dtsi", 1200);
		node(root, "iommu", "fdab9000", "rknn_mmu_0", "rk3588-base.dtsi", 1230);
		Node i2c = node(root, "i2c", "fea90000", "i2c1", "rk3588-base.dtsi", 2000);
		node(i2c, "regulator", "42", "vdd_npu_s0", "rk3588-rock-5b.dts", 504);
		Node off = node(root, "spi", "feb00000", null, "rk3588-base.dtsi", 2100);
		Property status = DtFactory.eINSTANCE.createProperty();
		status.setName("status");
		StringValue disabled = DtFactory.eINSTANCE.createStringValue();
		disabled.setValue("disabled");
		status.getValues().add(disabled);
		off.getProperties().add(status);
		return board;
	}

	@Test
	void nodesWithLabelsAndSourceLocationsInTheTooltip() {
		Scene scene = Diagrams.build(Diagrams.description("tree"), List.of(board()), new DiagramRequest().modelName("tree"));
		assertEquals(6, scene.allNodes().size());
		assertEquals(5, scene.edges().size());
		SceneNode regulator = scene.allNodes().stream().filter(n -> n.label().get(0).equals("regulator@42")).findFirst().orElseThrow();
		assertEquals(List.of("regulator@42", "vdd_npu_s0"), regulator.label());
		assertTrue(regulator.tooltip().contains("/i2c@fea90000/regulator@42"));
		assertTrue(regulator.tooltip().contains("rk3588-rock-5b.dts:504:1"));
		SceneNode spi = scene.allNodes().stream().filter(n -> n.label().get(0).equals("spi@feb00000")).findFirst().orElseThrow();
		assertTrue(spi.styleClasses().contains("status-disabled"));
		for (var edge : scene.edges()) {
			assertTrue(edge.source().bounds().x() < edge.target().bounds().x(), "tree grows to the right");
		}
	}

	@Test
	void hideDisabledRemovesTheDisabledNodeAndItsEdge() {
		Scene scene = Diagrams.build(Diagrams.description("tree"), List.of(board()),
				new DiagramRequest().filter("hide-disabled", true));
		assertEquals(5, scene.allNodes().size());
		assertEquals(4, scene.edges().size());
		assertFalse(scene.allNodes().stream().anyMatch(n -> n.label().get(0).startsWith("spi")));
	}
}
