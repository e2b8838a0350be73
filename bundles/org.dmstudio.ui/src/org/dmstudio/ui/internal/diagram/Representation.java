package org.dmstudio.ui.internal.diagram;

import org.eclipse.emf.ecore.resource.Resource;

/** The shipped diagram descriptions the editor shows as pages, in page order. */
public enum Representation {

	LINKS("links", "Device links"),
	POWER("power", "Power"),
	TREE("tree", "Devicetree"),
	CHAIN("chain", "Resume chain"),
	SCHEDULER("sched", "Scheduler"),
	TIMELINE("timeline", "Timeline");

	private final String description;
	private final String label;

	Representation(String description, String label) {
		this.description = description;
		this.label = label;
	}

	/** The name of the shipped diagram description. */
	public String description() {
		return description;
	}

	public String label() {
		return label;
	}

	/** Whether a model has anything for this page: the scheduler pages only for models with a DRM device. */
	public boolean appliesTo(Resource resource) {
		if (this != SCHEDULER && this != TIMELINE) {
			return true;
		}
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			if ("DrmDevice".equals(contents.next().eClass().getName())) {
				return true;
			}
		}
		return false;
	}
}
