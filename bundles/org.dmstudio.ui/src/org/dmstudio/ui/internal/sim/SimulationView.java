package org.dmstudio.ui.internal.sim;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.dmstudio.model.Errno;
import org.dmstudio.sim.ExpectationResult;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceFormat;
import org.dmstudio.sim.TraceStep;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/**
 * Runs a scenario and walks its trace: run, play/pause, step back and forward, step over a call,
 * run to a breakpoint on an errno, a function or a state field, and a slider over the whole trace.
 */
public class SimulationView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.simulation";

	private static final int PLAY_INTERVAL_MS = 33;

	private Composite root;
	private Text scenario;
	private Text seed;
	private Text breakpoint;
	private Scale slider;
	private Label position;
	private Text current;
	private Text outcome;
	private Button play;
	private boolean playing;

	@Override
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(10, false));

		new Label(root, SWT.NONE).setText("Scenario:");
		scenario = new Text(root, SWT.BORDER);
		scenario.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
		button(root, "Browse...", this::browse);
		new Label(root, SWT.NONE).setText("Seed:");
		seed = new Text(root, SWT.BORDER);
		seed.setMessage("scenario's");
		seed.setLayoutData(new GridData(80, SWT.DEFAULT));

		button(root, "Run", this::run);
		button(root, "|<", () -> SimulationSession.get().seek(0));
		button(root, "< Back", () -> SimulationSession.get().back());
		button(root, "Step >", () -> SimulationSession.get().forward());
		button(root, "Step over", () -> SimulationSession.get().stepOver());
		button(root, ">|", () -> SimulationSession.get().seek(Integer.MAX_VALUE));
		play = button(root, "Play", this::togglePlay);
		breakpoint = new Text(root, SWT.BORDER);
		breakpoint.setMessage("break on -EINVAL, a function or a field, optionally @device");
		breakpoint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(root, "Run to", this::runToBreakpoint);
		button(root, "Where born", () -> {
			if (!runToBirth(breakpoint.getText())) {
				root.getDisplay().beep();
			}
		});

		slider = new Scale(root, SWT.HORIZONTAL);
		slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 9, 1));
		slider.addListener(SWT.Selection, e -> SimulationSession.get().seek(slider.getSelection()));
		position = new Label(root, SWT.NONE);
		position.setLayoutData(new GridData(120, SWT.DEFAULT));

		current = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		current.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 10, 1));
		outcome = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		outcome.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 10, 1));
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Play steps forward at about 30 steps a second until the end of the trace or Pause. */
	public void togglePlay() {
		playing = !playing && SimulationSession.get().hasTrace();
		play.setText(playing ? "Pause" : "Play");
		if (playing) {
			root.getDisplay().timerExec(PLAY_INTERVAL_MS, this::playStep);
		}
	}

	public boolean isPlaying() {
		return playing;
	}

	private void playStep() {
		SimulationSession session = SimulationSession.get();
		if (!playing || root.isDisposed()) {
			return;
		}
		if (session.position() >= session.result().trace().size() - 1) {
			togglePlay();
			return;
		}
		session.forward();
		root.getDisplay().timerExec(PLAY_INTERVAL_MS, this::playStep);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.scenario" });
		String chosen = dialog.open();
		if (chosen != null) {
			scenario.setText(chosen);
		}
	}

	private void run() {
		if (scenario.getText().isBlank()) {
			scenario.setText(scenarioOfActiveEditor());
		}
		if (scenario.getText().isBlank()) {
			MessageDialog.openInformation(root.getShell(), "Simulation", "Choose a .scenario file (or open one in the editor) first.");
			return;
		}
		try {
			run(Path.of(scenario.getText().trim()), seed.getText().isBlank() ? null : Long.parseLong(seed.getText().trim()));
		} catch (NumberFormatException e) {
			MessageDialog.openError(root.getShell(), "Simulation", "The seed is a number: " + seed.getText());
		} catch (RuntimeException e) {
			MessageDialog.openError(root.getShell(), "Simulation", "The scenario could not be simulated:\n" + e.getMessage());
		}
	}

	/** Runs a scenario file (the seed null for the scenario's own). */
	public SimulationResult run(Path file, Long withSeed) {
		scenario.setText(file.toString());
		return SimulationSession.get().run(file, withSeed);
	}

	private String scenarioOfActiveEditor() {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		IEditorInput input = editor == null ? null : editor.getEditorInput();
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			if ("scenario".equals(file.getFileExtension()) && file.getLocation() != null) {
				return file.getLocation().toOSString();
			}
		}
		return "";
	}

	private void runToBreakpoint() {
		if (!runTo(breakpoint.getText().trim())) {
			root.getDisplay().beep();
		}
	}

	/**
	 * Runs to the next step that matches {@code WHAT[@DEVICE]}: WHAT is an errno the step returns
	 * ("-EINVAL", "-22"), or a kernel function, or a state field the step changes ("runtime_error");
	 * DEVICE, when given, is the object the step acts on.
	 */
	public boolean runTo(String condition) {
		String[] parts = condition.split("@", 2);
		String what = parts[0].trim();
		if (what.isEmpty()) {
			return false;
		}
		Predicate<TraceStep> test;
		try {
			test = Trace.onErrno(Errno.parse(what));
		} catch (IllegalArgumentException notAnErrno) {
			test = Trace.onChange(what).or(s -> s.function().equals(what));
		}
		if (parts.length == 2) {
			String device = parts[1].trim();
			test = test.and(s -> device.equals(s.object()));
		}
		return SimulationSession.get().runTo(test);
	}

	/** Moves to the step where an errno is born: the innermost function that returned it first. */
	public boolean runToBirth(String errno) {
		try {
			return SimulationSession.get().seekToBirth(Errno.parse(errno.trim()));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	@Override
	Control control() {
		return root;
	}

	@Override
	void update(SimulationSession session) {
		if (!session.hasTrace()) {
			current.setText("");
			outcome.setText("");
			position.setText("");
			return;
		}
		int size = session.result().trace().size();
		slider.setMaximum(Math.max(1, size - 1));
		slider.setPageIncrement(Math.max(1, size / 20));
		slider.setSelection(session.position());
		position.setText((session.position() + 1) + " / " + size);
		TraceStep step = session.step();
		StringBuilder text = new StringBuilder(TraceFormat.textLine(step).strip()).append('\n').append(step.stack());
		step.changes().forEach(change -> text.append("\n  ").append(change));
		current.setText(text.toString());
		StringBuilder summary = new StringBuilder("seed " + session.result().seed() + ": " + session.result().outcomeClass());
		for (String bug : session.result().bugs()) {
			summary.append("\nBUG: ").append(bug);
		}
		for (ExpectationResult expectation : session.result().expectations()) {
			summary.append('\n').append(expectation);
		}
		outcome.setText(summary.toString());
	}

	/** The current step as shown (for tests). */
	public String currentText() {
		return current.getText();
	}
}
