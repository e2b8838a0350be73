package org.dmstudio.ui.internal;

import org.dmstudio.ui.internal.sim.CallStackView;
import org.dmstudio.ui.internal.sim.DeviceStateView;
import org.dmstudio.ui.internal.sim.DmesgView;
import org.dmstudio.ui.internal.sim.SchedulerTimelineView;
import org.dmstudio.ui.internal.sim.SimulationView;
import org.dmstudio.ui.internal.sim.TraceView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The DM Studio perspective: projects on the left, the editor in the middle, the simulation views around it. */
public class DmStudioPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dmstudio.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, editors);
		bottom.addView(SimulationView.ID);
		bottom.addView(TraceView.ID);
		bottom.addView(DmesgView.ID);
		bottom.addView(SchedulerTimelineView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout state = layout.createFolder("state", IPageLayout.RIGHT, 0.55f, "bottom");
		state.addView(CallStackView.ID);
		state.addView(DeviceStateView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.8f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
	}
}
