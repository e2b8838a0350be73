package org.dmstudio.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.DtsCompiler;

/** {@code dmstudio compile}: many .dts/.dtso files to DTBs in one process, like cpp | dtc for each. */
public class CompileCommand implements Command {

	@Override
	public String name() {
		return "compile";
	}

	@Override
	public String synopsis() {
		return "compile devicetree sources to DTBs, byte-identical to cpp | dtc";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio compile [-I DIR]... [-@] (-o OUT.dtb | --out-dir DIR) FILE.dts...
				  Preprocesses and compiles each source as the kernel build does (cpp, then dtc 1.6.1),
				  writing DIR/<name>.dtb for <name>.dts or <name>.dtso (-o for a single input).
				  -I DIR   serves both #include and /include/; a file under a tree with include/ and src/
				           (the kernel's layout) also gets -I include -I <its dir> -I src
				  -@       emit __symbols__ (dtc -@)
				  A file with errors is reported with file:line:col and gets no DTB; the others still compile.
				  Exit status: 0 when every input compiled, 1 otherwise.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		DtsArguments a = DtsArguments.parse(args, true);
		if ((a.output == null) == (a.outDir == null)) {
			throw new UsageException("give either -o OUT.dtb or --out-dir DIR");
		}
		if (a.output != null && a.inputs.size() > 1) {
			throw new UsageException("-o takes one input; use --out-dir for several");
		}
		int failed = 0;
		for (Path input : a.inputs) {
			DeviceTreeSource source = new DtsCompiler(a.options(input)).compile(input);
			for (Diagnostic d : source.diagnostics()) {
				err.println(DtsArguments.format(input, d));
			}
			if (source.hasErrors()) {
				failed++;
				continue;
			}
			Path target = a.output != null ? a.output : a.outDir.resolve(DtsCompiler.dtbName(input));
			try {
				Path dir = target.toAbsolutePath().getParent();
				Files.createDirectories(dir);
				Files.write(target, source.toDtb());
			} catch (IOException e) {
				err.println(input + ": error: cannot write " + target + ": " + e.getMessage());
				failed++;
			}
		}
		out.println((a.inputs.size() - failed) + " of " + a.inputs.size() + " compiled"
				+ (failed == 0 ? "" : ", " + failed + " failed"));
		return failed == 0 ? 0 : 1;
	}
}
