package org.dmstudio.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

/**
 * Many boots of one scenario, grouped by outcome class: seeded boots, or a bounded enumeration of
 * the interleavings of independent events (a small model checker over the engine's choice
 * points: the initcall order of the built-in drivers of one level, each timing jitter as early,
 * middle or late).
 */
public final class Exploration {

	/** The outcome of a boot with every device bound and no bug. */
	public static final String CLEAN = "all bound, no bug";

	/** One outcome class of seeded boots: how many boots had it and the smallest seed that did. */
	public record SeedClass(String outcome, long count, long smallestSeed) {
		public boolean failed() {
			return !outcome.equals(CLEAN);
		}
	}

	/**
	 * The enumeration: boots run, distinct interleavings (by the order in which the contexts ran
	 * their events), their count per outcome class, and the choice scripts of every failing one.
	 */
	public record Orders(int runs, int distinct, Map<String, Integer> classes, Map<String, List<String>> failing) {
	}

	private Exploration() {
	}

	/** Seeds 1..n, on all cores; classes by decreasing count. */
	public static List<SeedClass> seeds(Simulator simulator, int n) {
		Map<String, long[]> classes = new ConcurrentHashMap<>();
		LongStream.rangeClosed(1, n).parallel().forEach(seed -> classes.compute(simulator.run(seed, false).outcomeClass(),
				(key, v) -> v == null ? new long[] { 1, seed } : new long[] { v[0] + 1, Math.min(v[1], seed) }));
		List<SeedClass> list = new ArrayList<>();
		classes.forEach((outcome, v) -> list.add(new SeedClass(outcome, v[0], v[1])));
		list.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : a.outcome.compareTo(b.outcome));
		return list;
	}

	/**
	 * The default script first, then depth first every other value at each later choice point of
	 * the run it extends, deviating from the default at up to {@code bound} choice points.
	 */
	public static Orders orders(Simulator simulator, int bound) {
		Set<Long> seen = new HashSet<>();
		Map<String, Integer> classes = new LinkedHashMap<>();
		Map<String, List<String>> failing = new TreeMap<>();
		int[] runs = { 0 };
		explore(simulator, new int[0], -1, bound, seen, classes, failing, runs);
		return new Orders(runs[0], seen.size(), classes, failing);
	}

	private static void explore(Simulator simulator, int[] script, int last, int bound, Set<Long> seen,
			Map<String, Integer> classes, Map<String, List<String>> failing, int[] runs) {
		Simulator.Scripted run = simulator.runScripted(script, false);
		runs[0]++;
		if (seen.add(run.orderHash())) {
			String outcome = run.result().outcomeClass();
			classes.merge(outcome, 1, Integer::sum);
			if (!outcome.equals(CLEAN)) {
				failing.computeIfAbsent(outcome, o -> new ArrayList<>()).add(describe(script));
			}
		}
		if (bound == 0) {
			return;
		}
		for (int pos = last + 1; pos < run.arities().length; pos++) {
			for (int v = 0; v < run.arities()[pos]; v++) {
				if (v != run.defaults()[pos]) {
					int[] next = Arrays.copyOf(script, pos + 1);
					Arrays.fill(next, script.length, pos, -1);
					next[pos] = v;
					explore(simulator, next, pos, bound - 1, seen, classes, failing, runs);
				}
			}
		}
	}

	/** The non-default choices of a script as position=value, or "(default)". */
	private static String describe(int[] script) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < script.length; i++) {
			if (script[i] >= 0) {
				b.append(b.isEmpty() ? "" : " ").append(i).append('=').append(script[i]);
			}
		}
		return b.isEmpty() ? "(default)" : b.toString();
	}
}
