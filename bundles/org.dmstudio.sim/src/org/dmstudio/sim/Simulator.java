package org.dmstudio.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dmstudio.model.Errno;
import org.dmstudio.model.scenario.ExpectationKind;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.sim.internal.Image;
import org.dmstudio.sim.internal.Kernel;
import org.dmstudio.sim.internal.ModelLoader;
import org.dmstudio.sim.internal.ScenarioImage.Expect;

/**
 * Simulates a scenario: the model is compiled once into the engine's own state layout (the user's
 * model is never modified), then each {@link #run} is one deterministic boot for a seed.
 * Instances are immutable and can run boots on several threads at once.
 */
public final class Simulator {

	/** How far a boot runs at most, in virtual ns: past the 30 s regulator cleanup and the deferred probe timeout. */
	public static final long END_NS = 120_000_000_000L;

	private final Image image;

	private Simulator(Image image) {
		this.image = image;
	}

	public static Simulator of(Scenario scenario) {
		return new Simulator(ModelLoader.load(scenario));
	}

	/** Loads a .scenario file (and the board it references) and compiles it. */
	public static Simulator load(Path scenarioFile) {
		ModelStore.Loaded loaded = ModelStore.load(scenarioFile);
		if (!loaded.ok()) {
			throw new IllegalArgumentException(loaded.problems().get(0).toString());
		}
		if (!(loaded.root() instanceof Scenario scenario)) {
			throw new IllegalArgumentException(scenarioFile + " holds no scenario:Scenario");
		}
		return of(scenario);
	}

	public String name() {
		return image.scenario().name();
	}

	/** The seed the scenario file names (used when none is given). */
	public long defaultSeed() {
		return image.scenario().seed();
	}

	public SimulationResult run(long seed) {
		return run(seed, true);
	}

	/** One boot for a seed. Without {@code trace} only the outcome is kept (much faster). */
	public SimulationResult run(long seed, boolean trace) {
		Kernel k = new Kernel(image, seed, trace);
		return boot(k, seed, trace);
	}

	/** A boot driven by a choice script instead of a seed: what it produced and the choice points it met. */
	public record Scripted(SimulationResult result, int[] arities, int[] defaults, long orderHash) {
	}

	/**
	 * A boot whose choice points (the initcall order within a level, each timing jitter as early,
	 * middle or late) take the script's values; -1 or a position past its end takes the default.
	 */
	public Scripted runScripted(int[] script, boolean trace) {
		Kernel k = new Kernel(image, 0, trace);
		k.setScript(script);
		SimulationResult result = boot(k, 0, trace);
		int[][] points = k.choicePoints();
		return new Scripted(result, points[0], points[1], k.orderHash());
	}

	private SimulationResult boot(Kernel k, long seed, boolean trace) {
		k.start();
		List<Expect> timed = new ArrayList<>(image.scenario().expectations());
		timed.sort(Comparator.comparingLong(Expect::atNs));
		List<ExpectationResult> results = new ArrayList<>();
		for (Expect e : timed) {
			if (e.atNs() >= 0) {
				k.runUntil(e.atNs());
				results.add(check(k, e));
			}
		}
		k.runUntil(END_NS);
		for (Expect e : timed) {
			if (e.atNs() < 0) {
				results.add(check(k, e));
			}
		}
		Map<String, String> devices = new LinkedHashMap<>();
		for (Image.Dev dev : image.devices()) {
			String state = k.deviceValue(dev.name, "probe state");
			long error = Long.parseLong(k.deviceValue(dev.name, "probe error"));
			devices.put(dev.name, state + (error != 0 ? " " + Errno.name((int) error) : ""));
		}
		Trace t = trace ? new Trace(k.log(), image.slots(), k.strings(),
				image.devices().stream().map(d -> d.name).toList()) : null;
		return new SimulationResult(name(), seed, t, List.copyOf(k.dmesg()), List.copyOf(k.bugs()), devices, results, k.now());
	}

	private static ExpectationResult check(Kernel k, Expect e) {
		String expected = e.value() == null ? "" : e.value().trim();
		String actual;
		boolean passed;
		ExpectationKind kind = e.kind();
		switch (kind) {
		case PROBE_STATE -> {
			actual = k.deviceValue(e.device(), "probe state");
			passed = expected.equalsIgnoreCase(actual);
		}
		case PROBE_ERROR, RUNTIME_ERROR -> {
			String raw = k.deviceValue(e.device(), kind == ExpectationKind.PROBE_ERROR ? "probe error" : "runtime_error");
			actual = raw == null ? null : Errno.name(Integer.parseInt(raw));
			passed = raw != null && errno(expected) == Integer.parseInt(raw);
		}
		case RPM_STATUS -> {
			actual = k.deviceValue(e.device(), "runtime_status");
			passed = actual != null && actual.equalsIgnoreCase(expected.startsWith("RPM_") ? expected : "RPM_" + expected);
		}
		case USAGE_COUNT -> {
			actual = k.deviceValue(e.device(), "usage_count");
			passed = expected.equals(actual);
		}
		case DMESG_CONTAINS, DMESG_LACKS -> {
			String line = k.dmesg().stream().filter(l -> l.contains(expected)).findFirst().orElse(null);
			actual = line == null ? "no such line" : line;
			passed = (line != null) == (kind == ExpectationKind.DMESG_CONTAINS);
		}
		case JOB_FENCE_ERROR -> {
			int colon = expected.lastIndexOf(':');
			String job = colon < 0 ? expected : expected.substring(0, colon);
			Integer error = k.jobFenceError(job);
			actual = error == null ? "not finished" : Errno.name(error);
			passed = error != null && colon >= 0 && error == errno(expected.substring(colon + 1));
		}
		case KERNEL_BUG, NO_KERNEL_BUG -> {
			String needle = expected.toLowerCase(Locale.ROOT);
			List<String> bugs = k.bugs().stream().filter(b -> b.toLowerCase(Locale.ROOT).contains(needle)).toList();
			actual = bugs.isEmpty() ? "no such bug" : String.join(" | ", bugs);
			passed = (kind == ExpectationKind.KERNEL_BUG) != bugs.isEmpty();
		}
		default -> {
			actual = "unsupported";
			passed = false;
		}
		}
		return new ExpectationResult(e.description(), kind.getLiteral(), e.device(), expected, actual, passed);
	}

	private static int errno(String text) {
		return text.equals("0") ? 0 : Errno.parse(text);
	}
}
