package org.dmstudio.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dmstudio.diagram.viewpoint.ViewLayout;
import org.eclipse.emf.ecore.EObject;

/**
 * What to draw besides the model: the selection (a resume chain's device, a neighbourhood's centre),
 * the simulation state, layer and filter switches that differ from the description's defaults,
 * folded containers, and the pinned positions of the view.
 */
public final class DiagramRequest {

	private final List<EObject> selection = new ArrayList<>();
	private final Map<String, Boolean> layers = new HashMap<>();
	private final Map<String, Boolean> filters = new HashMap<>();
	private final Set<EObject> collapsed = new LinkedHashSet<>();
	private DiagramState state = DiagramState.NONE;
	private String modelName = "";
	private ViewLayout pins;

	public DiagramRequest select(EObject... elements) {
		selection.addAll(List.of(elements));
		return this;
	}

	public DiagramRequest state(DiagramState value) {
		state = value == null ? DiagramState.NONE : value;
		return this;
	}

	public DiagramRequest layer(String name, boolean visible) {
		layers.put(name, visible);
		return this;
	}

	public DiagramRequest filter(String name, boolean active) {
		filters.put(name, active);
		return this;
	}

	/** Folds a container (a bus, a device with children) into one node. */
	public DiagramRequest collapse(EObject element) {
		collapsed.add(element);
		return this;
	}

	/** The model's name for the title, e.g. the file name. */
	public DiagramRequest modelName(String value) {
		modelName = value == null ? "" : value;
		return this;
	}

	/** The user's pinned positions for this view (from a {@link DiagramFiles diagram file}); null for none. */
	public DiagramRequest pins(ViewLayout value) {
		pins = value;
		return this;
	}

	public List<EObject> selection() {
		return selection;
	}

	public DiagramState state() {
		return state;
	}

	public Map<String, Boolean> layers() {
		return layers;
	}

	public Map<String, Boolean> filters() {
		return filters;
	}

	public Set<EObject> collapsed() {
		return collapsed;
	}

	public String modelName() {
		return modelName;
	}

	public ViewLayout pins() {
		return pins;
	}
}
