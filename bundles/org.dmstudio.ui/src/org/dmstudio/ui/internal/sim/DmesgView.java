package org.dmstudio.ui.internal.sim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.dmstudio.sim.TraceFormat;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** The kernel log up to the current step, as dmesg prints it. */
public class DmesgView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.dmesg";

	private Text text;

	@Override
	void create(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(parent.getDisplay().getSystemFont());
	}

	@Override
	Control control() {
		return text;
	}

	@Override
	void update(SimulationSession session) {
		if (!session.hasTrace()) {
			text.setText("");
			return;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TraceFormat.DMESG.write(session.result(), new PrintStream(bytes, true, StandardCharsets.UTF_8), session.position());
		text.setText(bytes.toString(StandardCharsets.UTF_8));
		text.setTopIndex(text.getLineCount());
	}

	public String text() {
		return text.getText();
	}
}
