package org.dmstudio.ui.internal.diagram;

import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.model.dt.Located;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.topology.DeviceLink;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a diagram element comes from in the devicetree sources, for tooltips. */
public final class SourceLocations {

	private SourceLocations() {
	}

	/** The devicetree source location of a model element ({@code file:line}), or null when it has none. */
	public static String of(EObject element) {
		SourceLocation location = locationOf(element);
		if (location == null || location.getFile() == null || location.getFile().isEmpty()) {
			return null;
		}
		return location.getFile() + ":" + location.getLine();
	}

	/** Where a model element was defined: a device link's origin, the first location of its node; null when none is known. */
	public static SourceLocation locationOf(EObject element) {
		SourceLocation location = null;
		if (element instanceof DeviceLink link) {
			location = link.getOriginLocation();
		} else if (element instanceof Located located && !located.getLocations().isEmpty()) {
			location = located.getLocations().get(0);
		} else if (element != null) {
			EStructuralFeature node = element.eClass().getEStructuralFeature("node");
			if (node != null && element.eGet(node) instanceof Located located && !located.getLocations().isEmpty()) {
				location = located.getLocations().get(0);
			}
		}
		return location;
	}

	/** The element's tooltip from the viewpoint, its name and its source location. */
	public static String tooltip(SceneElement element) {
		EObject semantic = DiagramPage.semantic(element);
		StringBuilder text = new StringBuilder();
		if (semantic != null && semantic.eClass().getEStructuralFeature("name") != null) {
			text.append(semantic.eClass().getName()).append(' ').append(ResumeChain.name(semantic));
		}
		if (element.tooltip() != null && !element.tooltip().isBlank()) {
			text.append(text.isEmpty() ? "" : "\n").append(element.tooltip().strip());
		}
		String location = of(semantic);
		if (location != null) {
			text.append(text.isEmpty() ? "" : "\n").append(location);
		}
		return text.isEmpty() ? null : text.toString();
	}
}
