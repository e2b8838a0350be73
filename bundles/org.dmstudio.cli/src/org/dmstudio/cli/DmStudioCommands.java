package org.dmstudio.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.cli.internal.BenchCommand;
import org.dmstudio.cli.internal.CheckCommand;
import org.dmstudio.cli.internal.CompileCommand;
import org.dmstudio.cli.internal.ExploreCommand;
import org.dmstudio.cli.internal.ExportCommand;
import org.dmstudio.cli.internal.ImportCommand;
import org.dmstudio.cli.internal.SimulateCommand;
import org.dmstudio.cli.internal.ValidateCommand;

/** The subcommands of {@code bin/dmstudio}, and the dispatch the application and the tests share. */
public final class DmStudioCommands {

	private DmStudioCommands() {
	}

	public static List<Command> all() {
		return List.of(new ValidateCommand(), new CompileCommand(), new ImportCommand(), new CheckCommand(), new SimulateCommand(),
				new ExploreCommand(), new ExportCommand(), new BenchCommand());
	}

	/** Runs {@code args[0]} with the rest of the arguments; with no arguments, lists the subcommands. */
	public static int dispatch(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
			printCommands(args.isEmpty() ? err : out);
			return args.isEmpty() ? 2 : 0;
		}
		for (Command command : all()) {
			if (command.name().equals(args.get(0))) {
				List<String> rest = new ArrayList<>(args.subList(1, args.size()));
				if (rest.contains("--help") || rest.contains("-h")) {
					out.println(command.usage());
					return 0;
				}
				try {
					return command.run(rest, out, err);
				} catch (UsageException e) {
					err.println("dmstudio " + command.name() + ": " + e.getMessage());
					err.println(command.usage());
					return 2;
				} catch (Exception e) {
					err.println("dmstudio " + command.name() + ": " + e);
					return 1;
				}
			}
		}
		err.println("dmstudio: unknown command '" + args.get(0) + "'");
		printCommands(err);
		return 2;
	}

	private static void printCommands(PrintStream stream) {
		stream.println("usage: dmstudio <command> [arguments]   (dmstudio <command> --help for details)");
		stream.println();
		stream.println(String.format("  %-10s %s", "ide", "build the DM Studio product if needed and start it"));
		stream.println(String.format("  %-10s %s", "build", "build the product (./mvnw install -DskipTests)"));
		stream.println(String.format("  %-10s %s", "test", "run every test (./mvnw verify, under xvfb-run when there is no display)"));
		for (Command command : all()) {
			stream.println(String.format("  %-10s %s", command.name(), command.synopsis()));
		}
	}
}
