package org.dmstudio.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.Rect;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.TextMetrics;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.diagram.viewpoint.Direction;
import org.dmstudio.diagram.viewpoint.LayoutKind;
import org.dmstudio.diagram.viewpoint.Pin;
import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.dmstudio.diagram.viewpoint.ViewpointFactory;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Positions a scene: ELK layered with orthogonal edges for graphs (containers laid out with their
 * contents in one pass), ELK mrtree for trees, rows in model order for lists. The same scene gets
 * the same positions on every run. Pinned positions of a {@link ViewLayout} are applied afterwards
 * and the edges at pinned nodes rerouted; unpinned nodes that would overlap a pinned one move aside.
 */
public final class DiagramLayout {

	public static final double EDGE_LABEL_SIZE = 10;
	private static final double CONTAINER_PADDING = 12;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
				new MrTreeMetaDataProvider());
	}

	private DiagramLayout() {
	}

	/** Lays out a scene as its description says, then applies the pins (may be null). */
	public static void layout(Scene scene, DiagramDescription description, ViewLayout pins) {
		LayoutKind kind = description == null ? LayoutKind.LAYERED : description.getLayout();
		Direction direction = description == null ? Direction.RIGHT : description.getDirection();
		double spacing = description == null ? 32 : description.getSpacing();
		switch (kind) {
		case TREE -> elk(scene, direction, spacing, true);
		case LIST -> ListLayout.layout(scene, spacing);
		case TIMELINE -> TimelineLayout.layout(scene, spacing);
		default -> elk(scene, direction, spacing, false);
		}
		if (pins != null && !pins.getPins().isEmpty()) {
			applyPins(scene, pins);
		}
	}

	/** Forgets every pin: the next layout arranges everything. */
	public static void arrangeAll(ViewLayout pins) {
		pins.getPins().clear();
	}

	/**
	 * Keeps every node where it is except the selected ones, which the next layout arranges: pins all
	 * other top-level nodes at their current positions and unpins the selection.
	 */
	public static void arrangeSelection(Scene scene, ViewLayout pins, Collection<String> nodeIds) {
		for (SceneNode node : scene.nodes()) {
			if (!nodeIds.contains(node.id())) {
				pin(pins, node);
			}
		}
		pins.getPins().removeIf(pin -> nodeIds.contains(pin.getNode()));
	}

	/** Records a node's current position as a pin (replacing an older one). */
	public static void pin(ViewLayout pins, SceneNode node) {
		pins.getPins().removeIf(pin -> pin.getNode().equals(node.id()));
		Pin pin = ViewpointFactory.eINSTANCE.createPin();
		pin.setNode(node.id());
		pin.setX(node.bounds().x());
		pin.setY(node.bounds().y());
		pins.getPins().add(pin);
	}

	private static void elk(Scene scene, Direction direction, double spacing, boolean tree) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, tree ? MrTreeOptions.ALGORITHM_ID : LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, org.eclipse.elk.core.options.Direction.valueOf(direction.getName()));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		if (!tree) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
			root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing * 1.5);
			root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing / 2);
			root.setProperty(CoreOptions.SPACING_EDGE_NODE, spacing / 2);
			root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
			root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
			root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, spacing);
		}
		Map<SceneNode, ElkNode> elkOf = new IdentityHashMap<>();
		for (SceneNode node : scene.nodes()) {
			create(node, root, elkOf, spacing, tree);
		}
		Map<SceneEdge, ElkEdge> edgeOf = new IdentityHashMap<>();
		for (SceneEdge edge : scene.edges()) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(elkOf.get(edge.source()), elkOf.get(edge.target()));
			if (edge.label() != null && !tree) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				label.setDimensions(Math.ceil(TextMetrics.width(edge.label(), EDGE_LABEL_SIZE, false)) + 4,
						TextMetrics.lineHeight(EDGE_LABEL_SIZE));
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edgeOf.put(edge, elkEdge);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Map<ElkNode, Point> origin = new HashMap<>();
		for (SceneNode node : scene.allNodes()) {
			ElkNode elk = elkOf.get(node);
			Point parent = node.parent() == null ? new Point(0, 0) : origin.get(elkOf.get(node.parent()));
			Point at = new Point(parent.x() + elk.getX(), parent.y() + elk.getY());
			origin.put(elk, at);
			node.setBounds(new Rect(at.x(), at.y(), elk.getWidth(), elk.getHeight()));
		}
		for (SceneEdge edge : scene.edges()) {
			edge.points().clear();
			ElkEdge elkEdge = edgeOf.get(edge);
			if (tree || elkEdge.getSections().isEmpty()) {
				edge.points().addAll(Routes.orthogonal(edge.source().bounds(), edge.target().bounds(), direction));
				continue;
			}
			ElkNode container = elkEdge.getContainingNode();
			Point offset = container == root || container == null ? new Point(0, 0) : origin.get(container);
			ElkEdgeSection section = elkEdge.getSections().get(0);
			edge.points().add(new Point(offset.x() + section.getStartX(), offset.y() + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				edge.points().add(new Point(offset.x() + bend.getX(), offset.y() + bend.getY()));
			}
			edge.points().add(new Point(offset.x() + section.getEndX(), offset.y() + section.getEndY()));
			if (!elkEdge.getLabels().isEmpty()) {
				ElkLabel label = elkEdge.getLabels().get(0);
				edge.setLabelBounds(new Rect(offset.x() + label.getX(), offset.y() + label.getY(), label.getWidth(), label.getHeight()));
			}
		}
	}

	private static void create(SceneNode node, ElkNode parent, Map<SceneNode, ElkNode> elkOf, double spacing, boolean tree) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setIdentifier(node.id());
		elkOf.put(node, elk);
		double width = node.preferredWidth();
		double height = node.preferredHeight();
		elk.setDimensions(width, height);
		if (node.isContainer() && !tree) {
			double top = node.labelHeight() + 2 * SceneNode.PADDING_Y;
			elk.setProperty(CoreOptions.PADDING, new ElkPadding(top, CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING));
			elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
			elk.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopLeft());
			elk.setProperty(CoreOptions.SPACING_NODE_NODE, spacing * 0.75);
			for (SceneNode child : node.children()) {
				create(child, elk, elkOf, spacing, tree);
			}
		}
	}

	private static void applyPins(Scene scene, ViewLayout pins) {
		Map<String, Pin> byNode = new HashMap<>();
		for (Pin pin : pins.getPins()) {
			byNode.put(pin.getNode(), pin);
		}
		List<SceneNode> moved = new ArrayList<>();
		for (SceneNode node : scene.allNodes()) {
			Pin pin = byNode.get(node.id());
			if (pin != null) {
				move(node, pin.getX() - node.bounds().x(), pin.getY() - node.bounds().y());
				node.setPinned(true);
				moved.add(node);
			}
		}
		for (SceneNode node : scene.nodes()) {
			if (node.isPinned()) {
				continue;
			}
			for (boolean clear = false; !clear;) {
				clear = true;
				for (SceneNode other : scene.nodes()) {
					if (other.isPinned() && other != node && gap(other.bounds()).overlaps(node.bounds())) {
						move(node, other.bounds().right() + 24 - node.bounds().x(), 0);
						moved.add(node);
						clear = false;
					}
				}
			}
		}
		for (SceneEdge edge : scene.edges()) {
			if (touches(edge.source(), moved) || touches(edge.target(), moved)) {
				edge.points().clear();
				edge.points().addAll(Routes.orthogonal(edge.source().bounds(), edge.target().bounds(), Direction.RIGHT));
				edge.setLabelBounds(Routes.labelAt(edge));
			}
		}
	}

	private static Rect gap(Rect r) {
		return new Rect(r.x() - 8, r.y() - 8, r.width() + 16, r.height() + 16);
	}

	private static boolean touches(SceneNode node, List<SceneNode> moved) {
		for (SceneNode up = node; up != null; up = up.parent()) {
			if (moved.contains(up)) {
				return true;
			}
		}
		return false;
	}

	private static void move(SceneNode node, double dx, double dy) {
		node.setBounds(node.bounds().translate(dx, dy));
		for (SceneNode child : node.children()) {
			move(child, dx, dy);
		}
	}
}
