package org.dmstudio.ui.internal.sim;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceState;
import org.dmstudio.sim.TraceStep;

/**
 * The simulation the workbench is looking at: one scenario run with one seed, and the current
 * step. The Simulation, Trace, Call Stack, Device State and dmesg views all follow it.
 */
public final class SimulationSession {

	private static final SimulationSession INSTANCE = new SimulationSession();

	private final List<Consumer<SimulationSession>> listeners = new CopyOnWriteArrayList<>();
	private Path scenario;
	private SimulationResult result;
	private Trace.Cursor cursor;

	private SimulationSession() {
	}

	public static SimulationSession get() {
		return INSTANCE;
	}

	public void addListener(Consumer<SimulationSession> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<SimulationSession> listener) {
		listeners.remove(listener);
	}

	/** Runs the scenario with the seed (the scenario's own seed when null) and moves to its first step. */
	public SimulationResult run(Path scenarioFile, Long seed) {
		Simulator simulator = Simulator.load(scenarioFile);
		scenario = scenarioFile;
		result = simulator.run(seed == null ? simulator.defaultSeed() : seed);
		cursor = result.trace().cursor();
		if (result.trace().size() > 0) {
			cursor.seek(0);
		}
		fire();
		return result;
	}

	public Path scenario() {
		return scenario;
	}

	public SimulationResult result() {
		return result;
	}

	public boolean hasTrace() {
		return result != null && result.trace() != null && result.trace().size() > 0;
	}

	public int position() {
		return cursor == null ? -1 : cursor.position();
	}

	public TraceStep step() {
		return hasTrace() && position() >= 0 ? result.trace().step(position()) : null;
	}

	public TraceState state() {
		return cursor == null ? null : cursor.state();
	}

	public void seek(int index) {
		if (!hasTrace()) {
			return;
		}
		cursor.seek(Math.max(0, Math.min(index, result.trace().size() - 1)));
		fire();
	}

	public void forward() {
		seek(position() + 1);
	}

	public void back() {
		seek(position() - 1);
	}

	/** The next step at the same call depth or shallower in the same context: steps over the current call. */
	public void stepOver() {
		TraceStep current = step();
		if (current == null) {
			return;
		}
		int next = result.trace().find(position() + 1, true,
				s -> s.context().equals(current.context()) && s.depth() <= current.depth());
		seek(next < 0 ? result.trace().size() - 1 : next);
	}

	/** Moves to the next step (after the current one) that matches; returns false, staying put, when none does. */
	public boolean runTo(Predicate<TraceStep> breakpoint) {
		if (!hasTrace()) {
			return false;
		}
		int found = result.trace().find(position() + 1, true, breakpoint);
		if (found < 0) {
			return false;
		}
		seek(found);
		return true;
	}

	/** Moves to the step where {@code errno} is born (Trace.firstReturning); false when nothing returned it. */
	public boolean seekToBirth(int errno) {
		int born = hasTrace() ? result.trace().firstReturning(errno) : -1;
		if (born < 0) {
			return false;
		}
		seek(born);
		return true;
	}

	/** The call step that encloses frame {@code frame} (0 = outermost) of the current step's stack. */
	public int enclosingCall(int frame) {
		TraceStep current = step();
		if (current == null) {
			return -1;
		}
		for (int i = position(); i >= 0; i--) {
			TraceStep s = result.trace().step(i);
			if (s.context().equals(current.context()) && s.kind() == TraceStep.Kind.CALL && s.depth() == frame) {
				return i;
			}
		}
		return -1;
	}

	private void fire() {
		for (Consumer<SimulationSession> listener : listeners) {
			listener.accept(this);
		}
	}
}
