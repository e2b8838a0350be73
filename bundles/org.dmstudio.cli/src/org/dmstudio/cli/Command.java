package org.dmstudio.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code bin/dmstudio} subcommand. */
public interface Command {

	/** The word the user types, e.g. {@code validate}. */
	String name();

	/** One line for the list of subcommands. */
	String synopsis();

	/** The full usage text, printed for {@code --help} and on a usage error. */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @return the process exit status: 0 on success, 1 when the input has errors or an expectation
	 *         failed, 2 on a usage error
	 */
	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
