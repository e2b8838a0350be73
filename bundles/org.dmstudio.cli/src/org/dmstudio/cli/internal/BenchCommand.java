package org.dmstudio.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.diagram.bench.DiagramBench;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.ui.internal.diagram.DiagramPaintBench;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.model.topology.Board;

/**
 * {@code dmstudio bench import|sim}: speed goals measured against a reference in the same run
 * (cpp | dtc for import), never as timed unit tests.
 */
public class BenchCommand implements Command {
	private static final int WARMUP = 15;
	private static final int RUNS = 9;

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String synopsis() {
		return "measure speed: bench import FILE.dts... (against cpp | dtc), bench sim, bench diagram, bench paint";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio bench import [-I DIR]... FILE.dts...
				       dmstudio bench sim [--dts FILE] [--boots N] [--devices N] [--steps N]
				       dmstudio bench diagram [FILE.dts | MODEL.dmstudio]
				       dmstudio bench paint [FILE.dts | MODEL.dmstudio] [SCENARIO | -] [FRAMES]
				  import: for each file: the warm in-process import (preprocess, parse, resolve, derive the driver
				  model) and compile, beside `cpp | dtc` on the same file in the same run (median times and
				  the ratio). Then all files compiled in this process against a shell loop of cpp | dtc, and
				  the heap a board model takes (scaled to 1,500 nodes). Needs cpp and dtc on PATH.
				  sim: 1,000 seeded boots of a board (rk3588-rock-5b from ../shared/dts-corpus by default)
				  against the 10 s goal, and stepping backwards to any step of a 100,000-step trace against
				  the 50 ms goal.
				  diagram: layout + SVG of a board's device-link view (rk3588-rock-5b from
				  ../shared/dts-corpus by default) against 1 s, of a 2,000-node synthetic graph against 3 s,
				  and a 10,000-step HTML player against 5 MB (and its stepping in chromium when installed).
				  paint: frame times of the workbench's SWT canvas on a board's device-link view (rk3588-rock-5b
				  by default) while dragging a node and while animating simulation steps, against 30 fps.
				  Needs a display (bin/dmstudio runs it under xvfb-run when there is none).""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty() && args.get(0).equals("sim")) {
			return SimBench.run(args.subList(1, args.size()), out);
		}
		if (!args.isEmpty() && args.get(0).equals("diagram")) {
			return diagram(args.subList(1, args.size()), out);
		}
		if (!args.isEmpty() && args.get(0).equals("paint")) {
			return paint(args.subList(1, args.size()), out);
		}
		if (args.isEmpty() || !args.get(0).equals("import")) {
			throw new UsageException("bench import FILE.dts... or bench sim");
		}
		DtsArguments a = DtsArguments.parse(args.subList(1, args.size()), false);
		out.println(String.format("%-34s %10s %10s %10s %8s", "file", "import ms", "compile ms", "cpp|dtc ms", "ratio"));
		for (Path input : a.inputs) {
			CompilerOptions options = a.options(input);
			double imp = median(() -> new DriverModelDerivation(a.fwDevlink()).derive(new DtsCompiler(options).compile(input), options));
			double comp = median(() -> new DtsCompiler(options).compile(input).toDtb());
			double ref = reference(List.of(input), a, 5);
			out.println(String.format("%-34s %10.1f %10.1f %10.1f %8.2f", input.getFileName(), imp, comp, ref, imp / ref));
		}
		List<Path> all = a.inputs;
		long t0 = System.nanoTime();
		for (Path input : all) {
			new DtsCompiler(a.options(input)).compile(input).toDtb();
		}
		double batch = (System.nanoTime() - t0) / 1e6;
		double loop = reference(all, a, 1);
		out.println(String.format("batch of %d: in process %.0f ms, shell loop of cpp | dtc %.0f ms, ratio %.2f", all.size(),
				batch, loop, batch / loop));
		heap(a, out);
		return 0;
	}

	private static int diagram(List<String> args, PrintStream out) throws Exception {
		Path input = args.isEmpty() ? SimBench.ROCK_5B : Path.of(args.get(0));
		if (!input.toString().endsWith(".dts")) {
			return DiagramBench.run(args, out);
		}
		if (!Files.exists(input)) {
			out.println("no " + input + " (the shared devicetree corpus); benching the seed 000 example instead");
			return DiagramBench.run(List.of(), out);
		}
		CompilerOptions options = DeviceTreeImport.options(input, List.of());
		Board board = new DriverModelDerivation().derive(new DtsCompiler(options).compile(input), options).board();
		return DiagramBench.run(input.getFileName().toString(), List.of(board), DiagramBench.repository(), out);
	}

	private static int paint(List<String> args, PrintStream out) throws Exception {
		Path input = args.isEmpty() ? SimBench.ROCK_5B : Path.of(args.get(0));
		List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
		if (!input.toString().endsWith(".dts")) {
			return DiagramPaintBench.run(args, out);
		}
		CompilerOptions options = DeviceTreeImport.options(input, List.of());
		Board board = new DriverModelDerivation().derive(new DtsCompiler(options).compile(input), options).board();
		Path model = Files.createTempFile(input.getFileName().toString().replace(".dts", "-"), ".dmstudio");
		try {
			ModelStore.saveAs(List.of(board), model);
			List<String> benchArgs = new ArrayList<>(List.of(model.toString()));
			benchArgs.addAll(rest);
			return DiagramPaintBench.run(benchArgs, out);
		} finally {
			Files.deleteIfExists(model);
		}
	}

	private interface Work {
		void run() throws Exception;
	}

	private static double median(Work work) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			work.run();
		}
		double[] t = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long s = System.nanoTime();
			work.run();
			t[i] = (System.nanoTime() - s) / 1e6;
		}
		Arrays.sort(t);
		return t[RUNS / 2];
	}

	/** One shell running `cpp ... | dtc` over the files (per-file includes as the kernel build), median of {@code runs}. */
	private static double reference(List<Path> files, DtsArguments a, int runs) throws IOException, InterruptedException {
		StringBuilder script = new StringBuilder("set -e\n");
		for (Path f : files) {
			StringBuilder inc = new StringBuilder();
			for (Path d : a.options(f).includeDirs()) {
				inc.append(" -I '").append(d).append('\'');
			}
			script.append("cpp -nostdinc").append(inc).append(" -undef -D__DTS__ -x assembler-with-cpp '").append(f)
					.append("' | dtc -q -i '").append(f.toAbsolutePath().getParent()).append("' -I dts -O dtb -o /dev/null -\n");
		}
		Path sh = Files.createTempFile("dmstudio-bench", ".sh");
		try {
			Files.writeString(sh, script);
			double[] t = new double[runs];
			for (int i = 0; i < runs; i++) {
				long s = System.nanoTime();
				Process p = new ProcessBuilder("bash", sh.toString()).redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
					throw new IOException("cpp | dtc failed (are cpp and dtc on PATH?)");
				}
				t[i] = (System.nanoTime() - s) / 1e6;
			}
			Arrays.sort(t);
			return t[runs / 2];
		} finally {
			Files.deleteIfExists(sh);
		}
	}

	/** Heap retained by the largest input's board model, and per 1,500 nodes. */
	private static void heap(DtsArguments a, PrintStream out) {
		Path largest = null;
		int nodes = 0;
		for (Path input : a.inputs) {
			int n = new DtsCompiler(a.options(input)).compile(input).tree().nodes().size();
			if (n > nodes) {
				nodes = n;
				largest = input;
			}
		}
		CompilerOptions options = a.options(largest);
		long before = used();
		Board board = new DriverModelDerivation(a.fwDevlink()).derive(new DtsCompiler(options).compile(largest), options).board();
		long after = used();
		double mb = (after - before) / 1048576.0;
		out.println(String.format("heap: %s (%d nodes, %d devices) model %.1f MB, %.1f MB per 1,500 nodes", largest.getFileName(),
				nodes, board.getDevices().size(), mb, mb * 1500 / nodes));
	}

	private static long used() {
		Runtime r = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return r.totalMemory() - r.freeMemory();
	}
}
