package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.model.Errno;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.TraceFormat;
import org.dmstudio.sim.TraceState;
import org.dmstudio.sim.TraceStep;

/** {@code dmstudio simulate SCENARIO}: one seeded boot, its trace, and the scenario's expectations. */
public class SimulateCommand implements Command {

	@Override
	public String name() {
		return "simulate";
	}

	@Override
	public String synopsis() {
		return "simulate a scenario and check its expectations";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio simulate SCENARIO [--seed N] [--format text|dmesg|json] [--break ERRNO]
				  Boots the scenario's board in virtual time and prints the trace: text (an indented
				  call tree with state changes), dmesg (kernel log lines) or json.
				  --seed N      timing jitter and interleavings (default: the scenario's seed)
				  --break ERRNO stop at the first step returning ERRNO (e.g. -EPROBE_DEFER or -517)
				                and print the state of the object that step touches
				  Exit status: 0 when every expectation holds, 1 when one fails, 2 on a usage error.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		String scenario = null;
		Long seed = null;
		TraceFormat format = TraceFormat.TEXT;
		Integer breakErrno = null;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--seed" -> seed = parseLong(value(args, ++i, a), a);
			case "--format" -> {
				try {
					format = TraceFormat.parse(value(args, ++i, a));
				} catch (IllegalArgumentException e) {
					throw new UsageException("unknown format " + args.get(i));
				}
			}
			case "--break" -> {
				try {
					breakErrno = Errno.parse(value(args, ++i, a));
				} catch (IllegalArgumentException e) {
					throw new UsageException(e.getMessage());
				}
			}
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
		Simulator simulator = Simulator.load(Path.of(scenario));
		SimulationResult result = simulator.run(seed != null ? seed : simulator.defaultSeed());
		int last = -1;
		if (breakErrno != null) {
			last = result.trace().firstReturning(breakErrno);
			if (last < 0) {
				err.println("breakpoint " + Errno.name(breakErrno) + " not hit");
			}
		}
		format.write(result, out, last);
		if (last >= 0) {
			TraceStep step = result.trace().step(last);
			out.println((format == TraceFormat.TEXT ? "" : "# ") + "breakpoint at step " + last + ": " + step.stack()
					+ " = " + step.retName());
			TraceState state = result.trace().stateAtReturn(last);
			for (String[] e : state.entries()) {
				if (e[0].equals(step.object()) && !e[2].equals("0") && !e[2].equals("false") && !e[2].equals("NULL")) {
					out.println((format == TraceFormat.TEXT ? "  " : "#   ") + e[0] + " " + e[1] + " = " + e[2]);
				}
			}
		}
		return result.passed() ? 0 : 1;
	}

	static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	static long parseLong(String text, String option) throws UsageException {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + ": not a number: " + text);
		}
	}
}
