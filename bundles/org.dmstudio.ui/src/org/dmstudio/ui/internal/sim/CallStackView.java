package org.dmstudio.ui.internal.sim;

import org.dmstudio.sim.TraceStep;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.IEditorPart;

/**
 * The kernel call stack of the current step, innermost frame first: choosing a frame selects the
 * element its call acts on in the editor, double-clicking moves the trace to that call.
 */
public class CallStackView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.callstack";

	private List frames;
	private String[] stack = new String[0];

	@Override
	void create(Composite parent) {
		frames = new List(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		frames.addListener(SWT.Selection, e -> selectElementOf(frames.getSelectionIndex()));
		frames.addListener(SWT.DefaultSelection, e -> {
			int selected = frames.getSelectionIndex();
			if (selected >= 0) {
				int call = SimulationSession.get().enclosingCall(stack.length - 1 - selected);
				if (call >= 0) {
					SimulationSession.get().seek(call);
				}
			}
		});
	}

	/** Selects, in the active DM Studio editor, the device or domain the chosen frame's call acts on. */
	public boolean selectElementOf(int frame) {
		int call = frame < 0 ? -1 : SimulationSession.get().enclosingCall(stack.length - 1 - frame);
		TraceStep step = call < 0 ? null : SimulationSession.get().result().trace().step(call);
		IEditorPart editor = getSite().getPage().getActiveEditor();
		return step != null && step.object() != null && editor instanceof DmStudioEditor model && model.selectElementNamed(step.object());
	}

	@Override
	Control control() {
		return frames;
	}

	@Override
	void update(SimulationSession session) {
		TraceStep step = session.step();
		frames.removeAll();
		stack = step == null ? new String[0] : step.stack().split(" > ");
		for (int i = stack.length - 1; i >= 0; i--) {
			String frame = stack[i];
			if (i == stack.length - 1 && step.object() != null) {
				frame += " (" + step.object() + ")" + (step.returned() ? " = " + step.retName() : "");
			}
			frames.add(frame);
		}
	}

	/** The frames as shown, innermost first (for tests and copy). */
	public String[] frames() {
		return frames.getItems();
	}
}
