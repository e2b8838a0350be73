package org.dmstudio.ui.internal.sim;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/** A view that shows something of the {@link SimulationSession} and follows its current step. */
abstract class SessionView extends ViewPart {

	private final Consumer<SimulationSession> listener = session -> {
		Control control = control();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					update(session);
				}
			});
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		create(parent);
		SimulationSession.get().addListener(listener);
		update(SimulationSession.get());
	}

	abstract void create(Composite parent);

	abstract Control control();

	abstract void update(SimulationSession session);

	@Override
	public void setFocus() {
		control().setFocus();
	}

	@Override
	public void dispose() {
		SimulationSession.get().removeListener(listener);
		super.dispose();
	}
}
