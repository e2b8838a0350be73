package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.model.behaviour.BehaviourFactory;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.InitcallLevel;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.Trace;

/**
 * {@code dmstudio bench sim}: 1,000 seeded boots of the rk3588-rock-5b board imported from the
 * shared devicetree corpus, then random backward seeks in a 100,000-step trace. Where a boot has
 * fewer steps, or the corpus is missing, a synthetic board built here stands in, with the shape
 * of an RK3588 board (a power controller with a domain tree, i2c PMICs with regulators, and
 * devices with fw_devlink links, supplies and runtime PM in their probes).
 */
public final class SimBench {

	private SimBench() {
	}

	/** The board the issue asks for, from the shared corpus, relative to the working directory. */
	static final Path ROCK_5B = Path.of("../shared/dts-corpus/src/arm64/rockchip/rk3588-rock-5b.dts");

	/**
	 * Arguments: [--dts FILE] [--boots N] [--devices N] [--steps N]. The boots run on FILE
	 * (default: rk3588-rock-5b.dts of the shared corpus) imported with DriverModelDerivation, or
	 * on the synthetic board of N devices when the file is not there. Returns 0 when both
	 * targets are met, 1 otherwise.
	 */
	public static int run(List<String> args, PrintStream out) {
		int boots = 1000, devices = 800, steps = 100_000;
		Path dts = ROCK_5B;
		for (int i = 0; i + 1 < args.size(); i += 2) {
			String value = args.get(i + 1);
			switch (args.get(i)) {
			case "--dts" -> dts = Path.of(value);
			case "--boots" -> boots = Integer.parseInt(value);
			case "--devices" -> devices = Integer.parseInt(value);
			case "--steps" -> steps = Integer.parseInt(value);
			default -> throw new IllegalArgumentException("unknown option " + args.get(i));
			}
		}
		long t0 = System.nanoTime();
		Scenario scenario = Files.isRegularFile(dts) ? imported(dts) : bigBoard(devices);
		Simulator simulator = Simulator.of(scenario);
		long compiled = System.nanoTime() - t0;
		simulator.run(1, false);
		ConcurrentHashMap<String, Integer> classes = new ConcurrentHashMap<>();
		long t1 = System.nanoTime();
		IntStream.rangeClosed(1, boots).parallel()
				.forEach(seed -> classes.merge(simulator.run(seed, false).outcomeClass().replaceAll("dev-\\d+", "dev-N"), 1,
						Integer::sum));
		long booted = System.nanoTime() - t1;
		out.println(String.format("board: %s, %d devices, %s, imported and compiled in %.1f ms", scenario.getBoard().getName(),
				scenario.getBoard().getDevices().size(), Files.isRegularFile(dts) ? dts.normalize() : "synthetic", compiled / 1e6));
		out.println(String.format("%d seeded boots in %.2f s (%.2f ms per boot, %d threads), target < 10 s", boots,
				booted / 1e9, booted / 1e6 / boots, Runtime.getRuntime().availableProcessors()));
		classes.forEach((outcome, count) -> out.println(String.format("  %5d  %s", count,
				outcome.length() > 160 ? outcome.substring(0, 160) + "..." : outcome)));

		Trace trace = simulator.run(1, true).trace();
		String traced = scenario.getBoard().getName();
		for (int n = devices; trace.size() < steps; n *= 2) {
			Scenario big = bigBoard(n);
			trace = Simulator.of(big).run(1, true).trace();
			traced = big.getBoard().getName() + " (synthetic: the boot above has fewer steps)";
		}
		out.println("traced boot: " + traced);
		SplittableRandom random = new SplittableRandom(42);
		Trace.Cursor cursor = trace.cursor();
		cursor.seek(trace.size() - 1);
		long total = 0;
		int seeks = 1000, warmup = 200;
		long[] took = new long[seeks];
		for (int i = -warmup; i < seeks; i++) {
			int target = random.nextInt(cursor.position() + 1);
			long s = System.nanoTime();
			cursor.seek(target);
			cursor.state();
			if (i >= 0) {
				took[i] = System.nanoTime() - s;
				total += took[i];
			}
			cursor.seek(trace.size() - 1);
		}
		Arrays.sort(took);
		long p99 = took[seeks * 99 / 100], worst = took[seeks - 1];
		out.println(String.format("trace of %d steps: %d backward seeks from the last step to a random step (after %d to warm up),"
				+ " %.3f ms mean, %.3f ms p99, %.3f ms worst, target < 50 ms", trace.size(), seeks, warmup, total / 1e6 / seeks,
				p99 / 1e6, worst / 1e6));
		return booted < 10_000_000_000L && worst < 50_000_000L ? 0 : 1;
	}

	/** A devicetree imported as the kernel would populate it, booted built in with timing jitter. */
	static Scenario imported(Path dts) {
		CompilerOptions options = DeviceTreeImport.options(dts, List.of());
		Board board = new DriverModelDerivation().derive(new DtsCompiler(options).compile(dts), options).board();
		return scenario(board);
	}

	private static Scenario scenario(Board board) {
		ScenarioFactory s = ScenarioFactory.eINSTANCE;
		Scenario scenario = s.createScenario();
		scenario.setName(board.getName());
		scenario.setBoard(board);
		KernelConfig config = s.createKernelConfig();
		config.setJitterNs(2_000_000);
		scenario.setConfig(config);
		return scenario;
	}

	/** The synthetic board with about {@code n} devices, and a built-in scenario with timing jitter. */
	static Scenario bigBoard(int n) {
		TopologyFactory t = TopologyFactory.eINSTANCE;
		Board board = t.createBoard();
		board.setName("synthetic-rk3588-" + n);
		Bus platform = t.createBus();
		platform.setName("platform");
		board.getBuses().add(platform);
		SplittableRandom random = new SplittableRandom(n);

		Device pmu = device(board, platform, "fd8d8000.power-controller", "rockchip,rk3588-power-controller");
		Driver pmDomains = driver(board, "rockchip-pm-domain", "rockchip,rk3588-power-controller", InitcallLevel.POSTCORE,
				null);
		pmu.setDriver(pmDomains);
		List<PowerDomain> domains = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			PowerDomain pd = t.createPowerDomain();
			pd.setName("pd" + i);
			pd.setProvider(pmu);
			pd.setOn(i % 3 == 0);
			if (i >= 4) {
				pd.getParents().add(domains.get(i % 4));
			}
			domains.add(pd);
			board.getPowerDomains().add(pd);
		}

		Driver i2cDriver = driver(board, "rk3x-i2c", "rockchip,rk3588-i2c", InitcallLevel.SUBSYS, null);
		Driver pmicDriver = driver(board, "fan53555-regulator", "rockchip,rk8602", InitcallLevel.DEVICE, null);
		List<Regulator> regulators = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Device i2c = device(board, platform, "fea9" + i + "000.i2c", "rockchip,rk3588-i2c");
			i2c.setDriver(i2cDriver);
			Bus bus = t.createBus();
			bus.setName("i2c-" + i);
			bus.setType(BusType.I2C);
			bus.setController(i2c);
			board.getBuses().add(bus);
			for (int c = 0; c < 2; c++) {
				Device pmic = device(board, bus, i + "-004" + (2 + c), "rockchip,rk8602");
				pmic.setParent(i2c);
				pmic.setDriver(pmicDriver);
				Regulator r = t.createRegulator();
				r.setName("vdd_" + i + "_" + c);
				r.setProvider(pmic);
				r.setEnabled(true);
				r.setBootOn(c == 0);
				regulators.add(r);
				board.getRegulators().add(r);
			}
		}
		domains.get(1).setDomainSupply(regulators.get(0));
		domains.get(2).setDomainSupply(regulators.get(1));

		List<Driver> drivers = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			String compatible = "vendor,block-" + i;
			Driver d = driver(board, "block" + i, compatible, InitcallLevel.get(1 + i % 8), behaviour("block" + i));
			if (i % 6 == 5) {
				d.setKind(DriverKind.MODULE);
				d.setModuleLoadTimeNs(3_000_000_000L + i * 10_000_000L);
			}
			drivers.add(d);
		}
		List<Device> blocks = new ArrayList<>();
		int count = n - board.getDevices().size();
		for (int i = 0; i < count; i++) {
			Driver d = drivers.get(i % drivers.size());
			Device dev = device(board, platform, String.format("dev-%d", i), d.getCompatibles().get(0));
			dev.setDriver(d);
			dev.getPowerDomains().add(domains.get(random.nextInt(domains.size())));
			dev.setRuntimePm(t.createRuntimePmState());
			RegulatorSupply supply = t.createRegulatorSupply();
			supply.setName("vdd");
			supply.setRegulator(regulators.get(random.nextInt(regulators.size())));
			dev.getSupplies().add(supply);
			link(board, pmu, dev, "power-domains");
			if (!blocks.isEmpty() && random.nextInt(3) == 0) {
				link(board, blocks.get(random.nextInt(blocks.size())), dev, "clocks");
			}
			link(board, supply.getRegulator().getProvider(), dev, "vdd-supply");
			blocks.add(dev);
		}

		return scenario(board);
	}

	private static Device device(Board board, Bus bus, String name, String compatible) {
		Device d = TopologyFactory.eINSTANCE.createDevice();
		d.setName(name);
		d.getCompatible().add(compatible);
		d.setBus(bus);
		d.setRuntimePm(TopologyFactory.eINSTANCE.createRuntimePmState());
		board.getDevices().add(d);
		return d;
	}

	private static Driver driver(Board board, String name, String compatible, InitcallLevel level, DriverBehaviour b) {
		Driver d = TopologyFactory.eINSTANCE.createDriver();
		d.setName(name);
		d.getCompatibles().add(compatible);
		d.setInitcallLevel(level);
		d.setBehaviour(b);
		board.getDrivers().add(d);
		return d;
	}

	/** A fw_devlink link: managed and INFERRED, with PM_RUNTIME and AUTOPROBE_CONSUMER under fw_devlink=rpm. */
	private static void link(Board board, Device supplier, Device consumer, String property) {
		DeviceLink l = TopologyFactory.eINSTANCE.createDeviceLink();
		l.setSupplier(supplier);
		l.setConsumer(consumer);
		l.setOriginProperty(property);
		l.getFlags().add(DeviceLinkFlag.MANAGED);
		l.getFlags().add(DeviceLinkFlag.INFERRED);
		l.getFlags().add(DeviceLinkFlag.PM_RUNTIME);
		l.getFlags().add(DeviceLinkFlag.AUTOPROBE_CONSUMER);
		board.getLinks().add(l);
	}

	/** A typical probe: supply, clocks, runtime PM with autosuspend, one resume to read the version. */
	private static DriverBehaviour behaviour(String name) {
		BehaviourFactory f = BehaviourFactory.eINSTANCE;
		DriverBehaviour b = f.createDriverBehaviour();
		b.setName(name);
		Recipe probe = f.createRecipe();
		probe.setName(name + "_probe");
		probe.setKind(CallbackKind.PROBE);
		probe.setSource("drivers/synthetic/" + name + ".c");
		for (Object[] s : new Object[][] { { KernelCall.DEVM_REGULATOR_GET, "vdd" }, { KernelCall.REGULATOR_ENABLE, "vdd" },
				{ KernelCall.CLK_GET, "core" }, { KernelCall.PM_RUNTIME_USE_AUTOSUSPEND, null },
				{ KernelCall.PM_RUNTIME_SET_AUTOSUSPEND_DELAY, null }, { KernelCall.PM_RUNTIME_ENABLE, null },
				{ KernelCall.PM_RUNTIME_RESUME_AND_GET, null }, { KernelCall.REG_READ, "VERSION" },
				{ KernelCall.PM_RUNTIME_PUT_AUTOSUSPEND, null }, { KernelCall.RETURN, null } }) {
			Step step = f.createStep();
			step.setCall((KernelCall) s[0]);
			step.setArgument((String) s[1]);
			if (s[0] == KernelCall.PM_RUNTIME_SET_AUTOSUSPEND_DELAY) {
				step.setValue(100);
			}
			probe.getSteps().add(step);
		}
		b.getCallbacks().add(probe);
		return b;
	}
}
