package org.dmstudio.ui.internal.recovery;

import java.util.HashMap;
import java.util.Map;

import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.topology.Board;
import org.dmstudio.ui.internal.dts.DtsValues;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Replays the pending devicetree edits of a recovery copy onto a board imported from devicetree
 * sources: property values set, properties added and removed, node by node path. These are the
 * edits a save writes back into the sources; the board's own objects stay, so the write-back still
 * finds the lines they came from.
 */
final class DeviceTreeRestore {

	private DeviceTreeRestore() {
	}

	/** The command that makes the device tree of {@code board} say what the one of {@code recovered} says; null when they agree. */
	static Command command(EditingDomain domain, Board board, Board recovered) {
		if (board.getDeviceTree() == null || recovered.getDeviceTree() == null) {
			return null;
		}
		Map<String, Node> nodes = nodesByPath(board.getDeviceTree());
		LiveNodeCopier copier = new LiveNodeCopier(nodes);
		CompoundCommand command = new CompoundCommand("Restore devicetree edits");
		for (Node recoveredNode : nodesByPath(recovered.getDeviceTree()).values()) {
			Node node = nodes.get(recoveredNode.getPath());
			if (node != null) {
				restoreProperties(domain, node, recoveredNode, copier, command);
			}
		}
		copier.copyReferences();
		return command.isEmpty() ? null : command;
	}

	private static void restoreProperties(EditingDomain domain, Node node, Node recoveredNode, LiveNodeCopier copier, CompoundCommand command) {
		Map<String, Property> properties = new HashMap<>();
		node.getProperties().forEach(property -> properties.putIfAbsent(property.getName(), property));
		for (Property recoveredProperty : recoveredNode.getProperties()) {
			Property property = properties.remove(recoveredProperty.getName());
			if (property == null) {
				command.append(AddCommand.create(domain, node, DtPackage.Literals.NODE__PROPERTIES, copier.copy(recoveredProperty)));
			} else if (!DtsValues.format(property).equals(DtsValues.format(recoveredProperty))) {
				command.append(SetCommand.create(domain, property, DtPackage.Literals.PROPERTY__VALUES, copier.copyAll(recoveredProperty.getValues())));
			}
		}
		for (Property removed : properties.values()) {
			command.append(RemoveCommand.create(domain, node, DtPackage.Literals.NODE__PROPERTIES, removed));
		}
	}

	private static Map<String, Node> nodesByPath(EObject deviceTree) {
		Map<String, Node> nodes = new HashMap<>();
		for (TreeIterator<EObject> contents = deviceTree.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Node node) {
				nodes.putIfAbsent(node.getPath(), node);
			}
		}
		return nodes;
	}

	/** Copies recovered values; their references to recovered nodes (phandles, paths) point at the board's nodes of the same path. */
	private static final class LiveNodeCopier extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;

		private final transient Map<String, Node> nodes;

		LiveNodeCopier(Map<String, Node> nodes) {
			this.nodes = nodes;
		}

		@Override
		public EObject get(Object original) {
			EObject copy = super.get(original);
			return copy == null && original instanceof Node node ? nodes.get(node.getPath()) : copy;
		}
	}
}
