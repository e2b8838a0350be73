package org.dmstudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.cli.UsageException;
import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.FwDevlink;

/** The arguments the devicetree commands share: -I DIR, -@, -o FILE, --out-dir DIR, --fw-devlink MODE, --strict. */
final class DtsArguments {
	final List<Path> includeDirs = new ArrayList<>();
	final List<Path> inputs = new ArrayList<>();
	boolean symbols;
	Path output;
	Path outDir;
	FwDevlink.Mode mode = FwDevlink.Mode.RPM;
	boolean strict;

	static DtsArguments parse(List<String> args, boolean outputs) throws UsageException {
		DtsArguments a = new DtsArguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("-I") || arg.equals("-o") || arg.equals("--out-dir") || arg.equals("--fw-devlink")) {
				if (i + 1 == args.size()) {
					throw new UsageException(arg + " needs a value");
				}
				String value = args.get(++i);
				switch (arg) {
				case "-I" -> a.includeDirs.add(Path.of(value));
				case "-o" -> a.output = Path.of(value);
				case "--out-dir" -> a.outDir = Path.of(value);
				default -> a.mode = mode(value);
				}
			} else if (arg.startsWith("-I") && arg.length() > 2) {
				a.includeDirs.add(Path.of(arg.substring(2)));
			} else if (arg.startsWith("--fw-devlink=")) {
				a.mode = mode(arg.substring("--fw-devlink=".length()));
			} else if (arg.equals("-@")) {
				a.symbols = true;
			} else if (arg.equals("--strict")) {
				a.strict = true;
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("unknown option " + arg);
			} else {
				a.inputs.add(Path.of(arg));
			}
		}
		if (a.inputs.isEmpty()) {
			throw new UsageException("no input file");
		}
		if (!outputs && (a.outDir != null || a.symbols)) {
			throw new UsageException("--out-dir and -@ belong to compile");
		}
		return a;
	}

	private static FwDevlink.Mode mode(String value) throws UsageException {
		try {
			return FwDevlink.Mode.parse(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--fw-devlink is off, permissive, on or rpm, not " + value);
		}
	}

	CompilerOptions options(Path input) {
		return DeviceTreeImport.options(input, includeDirs).withSymbols(symbols);
	}

	FwDevlink fwDevlink() {
		return new FwDevlink(mode, strict);
	}

	/** file:line:col: severity: message, as dtc prints it. */
	static String format(Path input, Diagnostic d) {
		return d.position() == null ? input + ": " + d : d.toString();
	}
}
