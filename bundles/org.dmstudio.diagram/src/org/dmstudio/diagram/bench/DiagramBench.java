package org.dmstudio.diagram.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.trace.HtmlPlayer;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.model.scenario.FaultInjection;
import org.dmstudio.model.scenario.JobSubmission;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.Stimulus;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.eclipse.emf.ecore.EObject;

/**
 * The speed goals of diagrams, measured warm in one run: layout plus SVG export of a board's
 * device-link view, of a synthetic 2,000-device graph, and the build of a 10,000-step HTML player
 * (its size too). Prints medians in ms and whether each goal holds.
 */
public final class DiagramBench {

	public static final double BOARD_GOAL_MS = 1000;
	public static final double SYNTHETIC_GOAL_MS = 3000;
	public static final long PLAYER_GOAL_BYTES = 5L << 20;
	public static final int PLAYER_STEPS = 10_000;

	private static final String SEED000 = "examples/seed000-rk3588-npu/rk3588-npu.dmstudio";
	private static final String SEED001 = "examples/seed001-rocket-scheduler/job-per-task.scenario";

	private DiagramBench() {
	}

	/**
	 * {@code [MODEL.dmstudio]}: benches the device-link view of MODEL (default: the seed 000 example
	 * of the repository at {@code -Ddmstudio.root} or above the working directory). Returns 0 when every
	 * goal holds, 1 otherwise.
	 */
	public static int run(List<String> args, PrintStream out) {
		Path root = repository();
		Path model = args.isEmpty() ? root.resolve(SEED000) : Path.of(args.get(0));
		ModelStore.Loaded loaded = ModelStore.load(model);
		if (!loaded.ok()) {
			throw new IllegalArgumentException(loaded.problems().get(0).toString());
		}
		return run(model.getFileName().toString(), loaded.resource().getContents(), root, out);
	}

	/** Benches the device-link view of a board given as model roots (e.g. a board imported from its devicetree). */
	public static int run(String boardName, List<? extends EObject> board, Path repository, PrintStream out) {
		boolean ok = true;
		int devices = count(board);
		double boardMs = median(() -> SvgPainter.paint(Diagrams.build(Diagrams.description("links"), board, new DiagramRequest())), 10);
		ok &= report(out, String.format("links view of %s (%d devices), layout + SVG", boardName, devices), boardMs, BOARD_GOAL_MS);
		List<EObject> synthetic = List.of(synthetic(2000, 1.5, 42));
		double syntheticMs = median(() -> SvgPainter.paint(Diagrams.build(Diagrams.description("links"), synthetic,
				new DiagramRequest())), 3);
		ok &= report(out, "links view of a synthetic board (2000 devices, 3000 links), layout + SVG", syntheticMs, SYNTHETIC_GOAL_MS);

		Scenario scenario = longScenario(repository.resolve(SEED001), PLAYER_STEPS);
		SimulationResult result = Simulator.of(scenario).run(scenario.getSeed());
		List<EObject> roots = scenario.getBoard().eResource().getContents();
		TraceView view = new TraceView(result, roots);
		String[] page = new String[1];
		double playerMs = median(() -> page[0] = HtmlPlayer.write(Diagrams.description("links"), roots,
				new DiagramRequest().modelName("rocket-scheduler.dmstudio"), view, 0), 3);
		long bytes = page[0].getBytes(StandardCharsets.UTF_8).length;
		out.println(String.format("%-78s %9.1f ms", "HTML player of " + result.trace().size() + " steps (" + scenario.getName()
				+ "), build", playerMs));
		boolean small = bytes < PLAYER_GOAL_BYTES;
		out.println(String.format("%-78s %9.2f MB  goal < %d MB: %s", "HTML player size", bytes / 1048576.0, PLAYER_GOAL_BYTES >> 20,
				small ? "ok" : "MISSED"));
		timeInBrowser(page[0], repository, out);
		return ok && small ? 0 : 1;
	}

	/** Steps the player in Debian's chromium through releng/browser-tests, when node, chromium and playwright-core are there. */
	private static void timeInBrowser(String page, Path repository, PrintStream out) {
		Path tools = repository.resolve("releng/browser-tests");
		if (!Files.isDirectory(tools.resolve("node_modules/playwright-core")) || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
			out.println("player in chromium: not measured (needs /usr/bin/chromium and npm ci --prefix " + tools + ")");
			return;
		}
		try {
			Path file = Files.createTempFile("dmstudio-player-", ".html");
			try {
				Files.writeString(file, page);
				Process node = new ProcessBuilder("node", tools.resolve("player-speed.mjs").toString(), file.toString())
						.redirectErrorStream(true).start();
				String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
				out.println(node.waitFor() == 0 ? output : "player in chromium: failed: " + output);
			} finally {
				Files.deleteIfExists(file);
			}
		} catch (IOException | InterruptedException e) {
			out.println("player in chromium: not measured: " + e);
		}
	}

	/**
	 * The seed 001 job-per-task scenario without its faults, with as many tasks per inference as a
	 * trace of at least {@code steps} steps needs.
	 */
	public static Scenario longScenario(Path scenarioFile, int steps) {
		for (int tasks = 64;; tasks = tasks * 3 / 2) {
			ModelStore.Loaded loaded = ModelStore.load(scenarioFile);
			if (!loaded.ok() || !(loaded.root() instanceof Scenario scenario)) {
				throw new IllegalArgumentException(scenarioFile + ": " + loaded.problems());
			}
			scenario.getStimuli().removeIf(s -> s instanceof FaultInjection);
			scenario.getExpectations().clear();
			for (Stimulus stimulus : scenario.getStimuli()) {
				if (stimulus instanceof JobSubmission job) {
					job.setTaskCount(tasks);
				}
			}
			if (Simulator.of(scenario).run(scenario.getSeed(), true).trace().size() >= steps) {
				return scenario;
			}
		}
	}

	/** A board with {@code count} platform devices and about {@code density * count} links, supplier before consumer. */
	public static Board synthetic(int count, double density, long seed) {
		Random random = new Random(seed);
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName("synthetic-" + count);
		Bus platform = TopologyFactory.eINSTANCE.createBus();
		platform.setName("platform");
		board.getBuses().add(platform);
		List<Device> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Device device = TopologyFactory.eINSTANCE.createDevice();
			device.setName(String.format("%08x.dev%d", 0xfd000000L + i * 0x1000L, i));
			device.setBus(platform);
			board.getDevices().add(device);
			all.add(device);
		}
		String[] kinds = { "clocks", "resets", "power-domains", "iommus", "vdd-supply", "interrupts", "phys", "dmas" };
		for (int i = 0; i < (int) (count * density); i++) {
			int consumer = 1 + random.nextInt(count - 1);
			DeviceLink link = TopologyFactory.eINSTANCE.createDeviceLink();
			link.setSupplier(all.get(random.nextInt(consumer)));
			link.setConsumer(all.get(consumer));
			link.setOriginProperty(kinds[random.nextInt(kinds.length)]);
			link.getFlags().add(DeviceLinkFlag.MANAGED);
			if (random.nextBoolean()) {
				link.getFlags().add(DeviceLinkFlag.PM_RUNTIME);
			}
			board.getLinks().add(link);
		}
		return board;
	}

	/** The repository: {@code -Ddmstudio.root}, else the first folder above the working directory with examples/. */
	public static Path repository() {
		String property = System.getProperty("dmstudio.root");
		if (property != null) {
			return Path.of(property);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("bundles"))) {
				return p;
			}
		}
		throw new IllegalStateException("cannot find the DM Studio repository from " + System.getProperty("user.dir"));
	}

	private static int count(List<? extends EObject> roots) {
		return roots.stream().filter(Board.class::isInstance).mapToInt(b -> ((Board) b).getDevices().size()).sum();
	}

	private static boolean report(PrintStream out, String what, double ms, double goalMs) {
		boolean ok = ms < goalMs;
		out.println(String.format("%-78s %9.1f ms  goal < %.0f ms: %s", what, ms, goalMs, ok ? "ok" : "MISSED"));
		return ok;
	}

	private static double median(Supplier<?> work, int runs) {
		for (int i = 0; i < 2; i++) {
			work.get();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}
}
