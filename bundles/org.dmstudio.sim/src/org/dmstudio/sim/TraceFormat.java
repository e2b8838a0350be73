package org.dmstudio.sim;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The output formats of a simulation: an indented call tree, dmesg lines, or JSON. */
public enum TraceFormat {

	/** Indented call tree: time, context, function(object) = return, then the state changes. */
	TEXT {
		@Override
		public void write(SimulationResult result, PrintStream out, int lastStep) {
			header(result, out);
			Trace trace = result.trace();
			int end = lastStep < 0 || trace == null ? (trace == null ? -1 : trace.size() - 1) : lastStep;
			for (int i = 0; i <= end; i++) {
				out.println(textLine(trace.step(i)));
			}
			footer(result, out, "");
		}
	},

	/** The kernel log as dmesg prints it. */
	DMESG {
		@Override
		public void write(SimulationResult result, PrintStream out, int lastStep) {
			if (lastStep >= 0 && result.trace() != null) {
				Trace trace = result.trace();
				for (int i = 0; i <= lastStep; i++) {
					TraceStep step = trace.step(i);
					if (step.kind() == TraceStep.Kind.PRINTK) {
						out.println(timestamp(step.timeNs()) + " " + step.function());
					}
				}
			} else {
				result.dmesg().forEach(out::println);
			}
			footer(result, out, "# ");
		}
	},

	/** One JSON object: steps (with stack, changes and errno names), dmesg, bugs, devices, expectations. */
	JSON {
		@Override
		public void write(SimulationResult result, PrintStream out, int lastStep) {
			out.println("{");
			out.println("  \"scenario\": " + q(result.scenario()) + ",");
			out.println("  \"seed\": " + result.seed() + ",");
			out.println("  \"passed\": " + result.passed() + ",");
			out.println("  \"outcome\": " + q(result.outcomeClass()) + ",");
			out.println("  \"steps\": [");
			Trace trace = result.trace();
			int end = trace == null ? -1 : lastStep < 0 ? trace.size() - 1 : lastStep;
			for (int i = 0; i <= end; i++) {
				TraceStep s = trace.step(i);
				StringBuilder b = new StringBuilder("    {\"index\": " + i + ", \"timeNs\": " + s.timeNs() + ", \"context\": "
						+ q(s.context()) + ", \"kind\": " + q(s.kind().name().toLowerCase(Locale.ROOT)) + ", \"function\": "
						+ q(s.function()) + ", \"object\": " + q(s.object()) + ", \"stack\": " + q(s.stack()));
				if (s.returned()) {
					b.append(", \"ret\": ").append(s.ret()).append(", \"retName\": ").append(q(s.retName()));
				}
				b.append(", \"changes\": [");
				List<StateChange> changes = s.changes();
				for (int c = 0; c < changes.size(); c++) {
					StateChange ch = changes.get(c);
					b.append(c == 0 ? "" : ", ").append("{\"object\": ").append(q(ch.object())).append(", \"field\": ")
							.append(q(ch.field())).append(", \"before\": ").append(q(ch.before())).append(", \"after\": ")
							.append(q(ch.after())).append('}');
				}
				b.append("]}").append(i < end ? "," : "");
				out.println(b);
			}
			out.println("  ],");
			out.println("  \"dmesg\": [" + String.join(", ", result.dmesg().stream().map(TraceFormat::q).toList()) + "],");
			out.println("  \"bugs\": [" + String.join(", ", result.bugs().stream().map(TraceFormat::q).toList()) + "],");
			out.println("  \"devices\": {" + String.join(", ", result.devices().entrySet().stream()
					.map(e -> q(e.getKey()) + ": " + q(e.getValue())).toList()) + "},");
			out.println("  \"expectations\": [");
			List<ExpectationResult> ex = result.expectations();
			for (int i = 0; i < ex.size(); i++) {
				ExpectationResult e = ex.get(i);
				out.println("    {\"kind\": " + q(e.kind()) + ", \"device\": " + q(e.device()) + ", \"expected\": "
						+ q(e.expected()) + ", \"actual\": " + q(e.actual()) + ", \"passed\": " + e.passed()
						+ ", \"description\": " + q(e.description()) + "}" + (i < ex.size() - 1 ? "," : ""));
			}
			out.println("  ]");
			out.println("}");
		}
	};

	/** Writes the result; {@code lastStep} >= 0 stops the trace there (a breakpoint), -1 writes it all. */
	public abstract void write(SimulationResult result, PrintStream out, int lastStep);

	public static TraceFormat parse(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	static String timestamp(long ns) {
		long us = ns / 1000;
		return String.format("[%5d.%06d]", us / 1_000_000, us % 1_000_000);
	}

	/** One step of the call tree as TEXT prints it. */
	public static String textLine(TraceStep s) {
		StringBuilder b = new StringBuilder();
		b.append(timestamp(s.timeNs())).append(' ').append(String.format("%-28s", s.context())).append(' ');
		b.append("  ".repeat(Math.max(0, s.depth())));
		switch (s.kind()) {
		case CALL -> {
			b.append(s.function()).append('(').append(s.object() == null ? "" : s.object()).append(')');
			if (s.returned()) {
				b.append(" = ").append(s.retName());
			}
		}
		case PRINTK -> b.append("printk: ").append(s.function());
		case BUG -> b.append("BUG: ").append(s.function());
		case NOTE -> b.append("# ").append(s.function());
		}
		for (StateChange c : s.changes()) {
			b.append("  [").append(c.object()).append(' ').append(c.field()).append(": ").append(c.before()).append(" -> ")
					.append(c.after()).append(']');
		}
		return b.toString();
	}

	static void header(SimulationResult r, PrintStream out) {
		out.println("# scenario " + r.scenario() + ", seed " + r.seed());
	}

	static void footer(SimulationResult r, PrintStream out, String prefix) {
		for (String bug : r.bugs()) {
			out.println(prefix + "BUG: " + bug);
		}
		for (ExpectationResult e : r.expectations()) {
			out.println(prefix + e);
		}
		out.println(prefix + "outcome: " + r.outcomeClass());
		out.println(prefix + (r.passed() ? "all " + r.expectations().size() + " expectations hold"
				: r.expectations().stream().filter(e -> !e.passed()).count() + " of " + r.expectations().size()
						+ " expectations failed"));
	}

	static String q(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}
}
