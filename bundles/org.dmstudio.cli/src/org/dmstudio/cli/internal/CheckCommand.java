package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.BoardChecks;
import org.dmstudio.dts.model.DriverModelDerivation;

/** {@code dmstudio check}: the devicetree's problems and the driver-model risks derived from it. */
public class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return "check a board's devicetree: references, fw_devlink cycles, missing providers, probe-order risks";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio check [-I DIR]... [--fw-devlink off|permissive|on|rpm] [--strict] FILE.dts...
				  Prints one line per problem as FILE:LINE:COL: error|warning: MESSAGE: the compiler's
				  diagnostics (unresolved references...), dependency cycles fw_devlink relaxes, suppliers
				  that never get a device, and power domains whose domain-supply regulator sits behind an
				  i2c/spi device that probes later than the domain's consumers.
				  Exit status: 0 when there is no error, 1 otherwise.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		DtsArguments a = DtsArguments.parse(args, false);
		if (a.output != null) {
			throw new UsageException("check writes no file");
		}
		int errors = 0;
		int warnings = 0;
		for (Path input : a.inputs) {
			CompilerOptions options = a.options(input);
			DeviceTreeSource source = new DtsCompiler(options).compile(input);
			for (Diagnostic d : BoardChecks.run(new DriverModelDerivation(a.fwDevlink()).derive(source, options))) {
				out.println(DtsArguments.format(input, d));
				if (d.isError()) {
					errors++;
				} else {
					warnings++;
				}
			}
		}
		out.println(errors + " error(s), " + warnings + " warning(s)");
		return errors == 0 ? 0 : 1;
	}
}
