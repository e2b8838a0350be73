package org.dmstudio.ui.internal.dts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.model.SourceEdits;
import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.topology.Board;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns the edits made to a board imported from devicetree sources into {@link SourceEdits}: a
 * property's value set, a property added to a node, a property removed. The board is compared with a
 * copy taken when it was imported, so an edit that was undone writes nothing. Any other change (a
 * node, a label, the derived topology) cannot be written into the sources and is refused.
 */
final class DtsWriteBack {

	/** A change the sources cannot express; nothing is written. */
	static final class RefusedException extends IOException {
		private static final long serialVersionUID = 1L;

		RefusedException(String message) {
			super(message);
		}
	}

	private final EcoreUtil.Copier baseline = new EcoreUtil.Copier();
	private final Board baselineBoard;

	DtsWriteBack(Board board) {
		baselineBoard = (Board) baseline.copy(board);
		baseline.copyReferences();
	}

	/** The source edits that make the sources say what {@code board} says now. */
	List<SourceEdits.Edit> edits(Board board) throws RefusedException {
		Difference difference = new Difference();
		if (!difference.equals(board, baselineBoard)) {
			throw refused(difference.describe());
		}
		List<SourceEdits.Edit> edits = new ArrayList<>();
		if (board.getDeviceTree() == null) {
			return edits;
		}
		for (TreeIterator<EObject> contents = board.getDeviceTree().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Property property) {
				contents.prune();
				Property before = (Property) baseline.get(property);
				Node node = (Node) property.eContainer();
				try {
					if (before == null) {
						if (baseline.get(node) == null) {
							throw refused("node " + node.getPath() + " is new");
						}
						edits.add(SourceEdits.addProperty(node, property.getName(), DtsValues.format(property)));
					} else if (baseline.get(node) != before.eContainer()) {
						throw refused("property " + property.getName() + " moved to " + node.getPath());
					} else {
						Difference propertyDifference = new Difference();
						if (!propertyDifference.equals(property, before)) {
							throw refused(propertyDifference.describe());
						}
						String value = DtsValues.format(property);
						if (!value.equals(DtsValues.format(before))) {
							edits.add(SourceEdits.setProperty(property, value));
						}
					}
				} catch (IOException | IllegalArgumentException e) {
					throw refused(path(property) + ": " + e.getMessage());
				}
			}
		}
		for (Map.Entry<EObject, EObject> entry : baseline.entrySet()) {
			if (entry.getKey() instanceof Property removed && !EcoreUtil.isAncestor(board, removed)) {
				try {
					edits.add(SourceEdits.removeProperty((Property) entry.getValue()));
				} catch (IOException | IllegalArgumentException e) {
					throw refused(path((Property) entry.getValue()) + ": " + e.getMessage());
				}
			}
		}
		return edits;
	}

	private static RefusedException refused(String what) {
		return new RefusedException("Only devicetree property values, and properties added or removed, are written back into the "
				+ ".dts/.dtsi sources; this change cannot be, so nothing was saved (undo it to save the rest): " + what);
	}

	private static String path(Property property) {
		return property.eContainer() instanceof Node node ? node.getPath() + "/" + property.getName() : property.getName();
	}

	/**
	 * Structural equality that leaves property values and the property lists of nodes to the caller and
	 * remembers the first difference it found.
	 */
	private static final class Difference extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		private String first;

		@Override
		protected boolean haveEqualFeature(EObject current, EObject before, EStructuralFeature feature) {
			if (feature == DtPackage.Literals.PROPERTY__VALUES || feature == DtPackage.Literals.NODE__PROPERTIES) {
				return true;
			}
			boolean equal = super.haveEqualFeature(current, before, feature);
			if (!equal && first == null) {
				first = name(current) + ": " + feature.getName() + " changed";
			}
			return equal;
		}

		String describe() {
			return first == null ? "the model changed" : first;
		}

		private static String name(EObject element) {
			if (element instanceof Node node) {
				return "node " + node.getPath();
			}
			if (element instanceof Property property) {
				return "property " + path(property);
			}
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : element.eGet(name);
			return element.eClass().getName() + (value == null ? "" : " " + value);
		}
	}
}
