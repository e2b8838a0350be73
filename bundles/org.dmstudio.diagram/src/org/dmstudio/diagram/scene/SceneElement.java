package org.dmstudio.diagram.scene;

import java.util.ArrayList;
import java.util.List;

/** What nodes and edges share: ids, the model element they draw, style classes and tooltip data. */
public abstract sealed class SceneElement permits SceneNode, SceneEdge {

	private final String id;
	private final String elementId;
	private final String mapping;
	private final Object semantic;
	private final List<String> styleClasses = new ArrayList<>();
	private Style style;
	private String tooltip;

	protected SceneElement(String id, String elementId, String mapping, Object semantic, Style style) {
		this.id = id;
		this.elementId = elementId;
		this.mapping = mapping;
		this.semantic = semantic;
		this.style = style;
	}

	/** Unique in its scene and stable across runs and model edits that keep names: mapping and element. */
	public String id() {
		return id;
	}

	/** The model element's URI fragment (or another stable key for derived elements). */
	public String elementId() {
		return elementId;
	}

	/** The viewpoint mapping that made this element. */
	public String mapping() {
		return mapping;
	}

	/** The model element (an EObject, or a record such as a resume step); not painted. */
	public Object semantic() {
		return semantic;
	}

	public List<String> styleClasses() {
		return styleClasses;
	}

	public Style style() {
		return style;
	}

	public void setStyle(Style style) {
		this.style = style;
	}

	public String tooltip() {
		return tooltip;
	}

	public void setTooltip(String tooltip) {
		this.tooltip = tooltip;
	}
}
