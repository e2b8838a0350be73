package org.dmstudio.diagram.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A box: a node, or a container when it has children. Bounds are absolute scene coordinates. The
 * label is drawn centred in a node and at the top left of a container; badge lines follow it.
 */
public final class SceneNode extends SceneElement {

	public static final double PADDING_X = 10;
	public static final double PADDING_Y = 6;
	public static final double MIN_WIDTH = 48;

	private final List<String> label = new ArrayList<>();
	private final List<String> badges = new ArrayList<>();
	private final List<SceneNode> children = new ArrayList<>();
	private SceneNode parent;
	private Rect bounds = new Rect(0, 0, 0, 0);
	private boolean pinned;
	private boolean collapsed;

	public SceneNode(String id, String elementId, String mapping, Object semantic, Style style) {
		super(id, elementId, mapping, semantic, style);
	}

	public List<String> label() {
		return label;
	}

	/** Extra lines such as {@code -EPROBE_DEFER stored}, drawn in the text colour under the label. */
	public List<String> badges() {
		return badges;
	}

	/** The label and badge lines, in drawing order. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(label);
		lines.addAll(badges);
		return lines;
	}

	public List<SceneNode> children() {
		return Collections.unmodifiableList(children);
	}

	public void addChild(SceneNode child) {
		child.parent = this;
		children.add(child);
	}

	public void removeChild(SceneNode child) {
		if (children.remove(child)) {
			child.parent = null;
		}
	}

	public SceneNode parent() {
		return parent;
	}

	public boolean isContainer() {
		return !children.isEmpty();
	}

	/** A container drawn folded, as one node standing for everything inside it. */
	public boolean isCollapsed() {
		return collapsed;
	}

	public void setCollapsed(boolean collapsed) {
		this.collapsed = collapsed;
	}

	public Rect bounds() {
		return bounds;
	}

	public void setBounds(Rect bounds) {
		this.bounds = bounds;
	}

	/** True when the user placed the node; layouts keep its position. */
	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	/** The size the text needs: every line fits with the padding. */
	public double textWidth() {
		double width = 0;
		for (String line : lines()) {
			width = Math.max(width, TextMetrics.width(line, style().fontSize(), style().bold()));
		}
		return width;
	}

	public double labelHeight() {
		return lines().size() * TextMetrics.lineHeight(style().fontSize());
	}

	/** The smallest box that holds the label and badges (for a leaf; containers grow around children). */
	public double preferredWidth() {
		double extra = style().shape() == Style.Shape.ELLIPSE || style().shape() == Style.Shape.TOKEN ? 1.45 : 1;
		return Math.max(MIN_WIDTH, Math.ceil(textWidth() * extra + 2 * PADDING_X));
	}

	public double preferredHeight() {
		double extra = style().shape() == Style.Shape.ELLIPSE || style().shape() == Style.Shape.TOKEN ? 1.45 : 1;
		return Math.ceil(labelHeight() * extra + 2 * PADDING_Y);
	}

	/** The depth of this node in the container tree, 0 for top-level nodes. */
	public int depth() {
		int depth = 0;
		for (SceneNode up = parent; up != null; up = up.parent) {
			depth++;
		}
		return depth;
	}

	@Override
	public String toString() {
		return id() + " " + bounds;
	}
}
