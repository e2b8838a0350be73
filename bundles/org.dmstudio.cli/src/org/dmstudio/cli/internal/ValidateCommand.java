package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.validation.DriverModelValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/** {@code dmstudio validate MODEL...}: loads models and prints EMF diagnostics. */
public class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "load models (.dmstudio, .scenario) and print their EMF diagnostics";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio validate MODEL...
				  Loads each model file, checks it against the metamodel and the kernel's rules
				  (device_link_add flags, genpd and regulator cycles, recipes' goto labels...)
				  and prints one line per problem as FILE: SEVERITY: MESSAGE.
				  Exit status: 0 when every model is valid, 1 otherwise.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException("no model given");
		}
		int errors = 0;
		for (String name : args) {
			ModelStore.Loaded loaded = ModelStore.load(Path.of(name));
			for (ModelStore.Problem problem : loaded.problems()) {
				out.println(problem.file() + (problem.line() > 0 ? ":" + problem.line() + ":" + problem.column() : "")
						+ ": error: " + problem.message());
				errors++;
			}
			int objects = 0;
			for (EObject root : loaded.resource().getContents()) {
				Diagnostic diagnostic = DriverModelValidator.validate(root);
				for (Diagnostic child : diagnostic.getChildren()) {
					out.println(name + ": " + severity(child) + ": " + child.getMessage());
					if (child.getSeverity() >= Diagnostic.ERROR) {
						errors++;
					}
				}
				objects++;
				for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext(); all.next()) {
					objects++;
				}
			}
			if (loaded.ok()) {
				out.println(name + ": " + objects + " objects, " + (errors == 0 ? "valid" : errors + " error(s)"));
			}
		}
		return errors == 0 ? 0 : 1;
	}

	private static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
		case Diagnostic.WARNING -> "warning";
		default -> "info";
		};
	}
}
