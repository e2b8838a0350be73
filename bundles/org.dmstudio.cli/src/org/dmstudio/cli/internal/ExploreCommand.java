package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.sim.Exploration;
import org.dmstudio.sim.Simulator;

/**
 * {@code dmstudio explore SCENARIO}: many boots of one scenario grouped by outcome
 * ({@link Exploration}): {@code --seeds N}, or {@code --orders [--bound K]}.
 */
public class ExploreCommand implements Command {

	@Override
	public String name() {
		return "explore";
	}

	@Override
	public String synopsis() {
		return "run many seeded boots or enumerate interleavings, grouped by outcome";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio explore SCENARIO (--seeds N | --orders [--bound K])
				  --seeds N   boots seeds 1..N and prints each outcome class (every device not bound,
				              with its state and error, and every kind of bug) with its count and
				              smallest seed; a boot fails when its outcome is not "all bound, no bug"
				  --orders    enumerates the interleavings of independent events: the initcall order
				              of the built-in drivers of one level and each timing jitter (early,
				              middle, late), deviating from the default at up to K choice points
				              (--bound, default 1); prints every distinct failing interleaving
				  Exit status: 0, or 2 on a usage error.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		String scenario = null;
		Integer seeds = null;
		boolean orders = false;
		int bound = 1;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--seeds" -> seeds = (int) SimulateCommand.parseLong(SimulateCommand.value(args, ++i, a), a);
			case "--orders" -> orders = true;
			case "--bound" -> bound = (int) SimulateCommand.parseLong(SimulateCommand.value(args, ++i, a), a);
			default -> {
				if (a.startsWith("-") || scenario != null) {
					throw new UsageException("unexpected argument " + a);
				}
				scenario = a;
			}
			}
		}
		if (scenario == null) {
			throw new UsageException("no scenario given");
		}
		if ((seeds == null) == !orders) {
			throw new UsageException("give either --seeds N or --orders");
		}
		Simulator simulator = Simulator.load(Path.of(scenario));
		if (orders) {
			orders(simulator, bound, out);
		} else {
			seeds(simulator, seeds, out);
		}
		return 0;
	}

	static void seeds(Simulator simulator, int n, PrintStream out) {
		List<Exploration.SeedClass> classes = Exploration.seeds(simulator, n);
		long failing = classes.stream().filter(Exploration.SeedClass::failed).mapToLong(Exploration.SeedClass::count).sum();
		out.println("# " + simulator.name() + ": " + n + " seeded boots, " + failing + " failed ("
				+ String.format("%.1f", 100.0 * failing / n) + "%)");
		for (Exploration.SeedClass c : classes) {
			out.println(String.format("%6d  smallest seed %-6d %s", c.count(), c.smallestSeed(), c.outcome()));
		}
	}

	static void orders(Simulator simulator, int bound, PrintStream out) {
		Exploration.Orders orders = Exploration.orders(simulator, bound);
		out.println("# " + simulator.name() + ": " + orders.runs() + " scripted boots, " + orders.distinct()
				+ " distinct interleavings (bound " + bound + ")");
		orders.classes().forEach((outcome, count) -> out.println(String.format("%6d  %s", count, outcome)));
		orders.failing().forEach((outcome, scripts) -> {
			out.println("failing: " + outcome);
			scripts.forEach(script -> out.println("  choices " + script));
		});
	}
}
