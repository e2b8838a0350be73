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
import org.dmstudio.dts.model.DerivedBoard;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;

/** {@code dmstudio import}: a board's devicetree to the EMF model (dt + topology). */
public class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "import a board's devicetree as a DM Studio model (devices, links, domains)";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio import [-I DIR]... [--fw-devlink off|permissive|on|rpm] [--strict] FILE.dts -o MODEL
				  Compiles the source and writes MODEL (.dmstudio): a Board with its DeviceTree (every node,
				  property and label with its source locations), the devices the kernel creates, fw_devlink's
				  device links (default fw_devlink=rpm; --strict for fw_devlink.strict=1), the links IOMMU and
				  SMI drivers add at probe, power domains and regulators.
				  Exit status: 0 on success, 1 when the source has errors (the partial model is still written).""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		DtsArguments a = DtsArguments.parse(args, false);
		if (a.output == null || a.inputs.size() != 1) {
			throw new UsageException("import takes one FILE.dts and -o MODEL");
		}
		Path input = a.inputs.get(0);
		CompilerOptions options = a.options(input);
		DeviceTreeSource source = new DtsCompiler(options).compile(input);
		for (Diagnostic d : source.diagnostics()) {
			err.println(DtsArguments.format(input, d));
		}
		DerivedBoard derived = new DriverModelDerivation(a.fwDevlink()).derive(source, options);
		Board board = derived.board();
		ModelStore.saveAs(List.of(board), a.output);
		out.println(a.output + ": " + board.getDevices().size() + " devices, " + board.getLinks().size() + " links, "
				+ board.getPowerDomains().size() + " power domains, " + board.getRegulators().size() + " regulators");
		return source.hasErrors() ? 1 : 0;
	}
}
