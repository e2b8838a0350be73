package org.dmstudio.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.cli.Command;
import org.dmstudio.cli.UsageException;
import org.dmstudio.diagram.DiagramFiles;
import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.ExportFormat;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.trace.HtmlPlayer;
import org.dmstudio.diagram.trace.StepQuery;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.sim.Simulator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * {@code dmstudio export MODEL-or-SCENARIO --view V [--scenario S --step Q] --format F -o FILE}: draws a
 * view of a model without a display, in the simulation state at a step of a scenario when one is
 * given, or as an HTML player of the whole trace.
 */
public class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String synopsis() {
		return "draw a view of a model as SVG, PNG, text, Graphviz DOT or an HTML trace player";
	}

	@Override
	public String usage() {
		return """
				usage: dmstudio export MODEL-or-SCENARIO --view links|power|tree|chain:DEVICE|sched|timeline
				                       [--scenario S] [--step N|last|born:ERRNO|ERRNO@OBJECT] [--seed N]
				                       --format svg|png|txt|dot|html -o FILE
				                       [--scale N] [--filter NAME]... [--no-filter NAME]...
				                       [--hide-layer NAME]... [--select DEVICE]... [--viewpoint FILE]
				  Lays out the view with the model's pinned positions (MODEL's .dmdiagram file, if any)
				  and writes it with a title and a legend. --filter turns on a filter of the view
				  (e.g. hide-unlinked, neighbourhood, resume-chain, collapse-buses); --select names the
				  devices that neighbourhood and resume-chain start from; --viewpoint reads the view
				  from a user's copy of a shipped viewpoint file. --scale applies to PNG (default 2).
				  With a scenario (a .scenario file in place of MODEL, or --scenario S) the scenario is
				  simulated (--seed, default the scenario's) and the view shows the state at --step:
				  a step index, last (the default), born:-EPROBE_DEFER (where that errno is first
				  returned) or -EINVAL@fdab0000.npu (the first call on that object returning it).
				  --format html writes one offline page that plays the whole trace on the view,
				  opening at --step.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String model = null;
		String view = null;
		String format = null;
		String output = null;
		String viewpoint = null;
		String scenario = null;
		String step = null;
		Long seed = null;
		double scale = 2;
		List<String> filtersOn = new ArrayList<>();
		List<String> filtersOff = new ArrayList<>();
		List<String> hiddenLayers = new ArrayList<>();
		List<String> selected = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--view" -> view = value(args, ++i, arg);
			case "--format" -> format = value(args, ++i, arg);
			case "-o", "--output" -> output = value(args, ++i, arg);
			case "--scale" -> scale = number(value(args, ++i, arg));
			case "--filter" -> filtersOn.add(value(args, ++i, arg));
			case "--no-filter" -> filtersOff.add(value(args, ++i, arg));
			case "--hide-layer" -> hiddenLayers.add(value(args, ++i, arg));
			case "--select" -> selected.add(value(args, ++i, arg));
			case "--viewpoint" -> viewpoint = value(args, ++i, arg);
			case "--scenario" -> scenario = value(args, ++i, arg);
			case "--step" -> step = value(args, ++i, arg);
			case "--seed" -> seed = SimulateCommand.parseLong(value(args, ++i, arg), arg);
			default -> {
				if (arg.startsWith("-") || model != null) {
					throw new UsageException("unexpected argument '" + arg + "'");
				}
				model = arg;
			}
			}
		}
		if (model != null && model.endsWith("." + ModelStore.SCENARIO_EXTENSION)) {
			if (scenario != null) {
				throw new UsageException("give the scenario either in place of MODEL or with --scenario");
			}
			scenario = model;
			model = null;
		}
		if ((model == null && scenario == null) || view == null || format == null || output == null) {
			throw new UsageException("MODEL or SCENARIO, --view, --format and -o are required");
		}
		boolean html = format.equalsIgnoreCase("html");
		ExportFormat exportFormat = ExportFormat.of(format);
		if (exportFormat == null && !html) {
			throw new UsageException("unknown format '" + format + "' (svg, png, txt, dot, html)");
		}
		if (scenario == null && (html || step != null || seed != null)) {
			throw new UsageException(html ? "--format html plays a trace: give a scenario" : "--step and --seed need a scenario");
		}
		String diagram = view;
		if (view.startsWith("chain:")) {
			diagram = "chain";
			selected.add(0, view.substring("chain:".length()));
		}
		DiagramDescription description = viewpoint == null ? Diagrams.description(diagram)
				: Diagrams.description(List.of(Diagrams.loadViewpoint(Path.of(viewpoint))), diagram);
		if (description == null) {
			throw new UsageException("unknown view '" + view + "' (" + String.join(", ", Diagrams.descriptionNames()) + ")");
		}
		ResourceSet resourceSet = ModelStore.createResourceSet();
		Path modelPath = null;
		List<EObject> roots = null;
		if (model != null) {
			modelPath = Path.of(model);
			ModelStore.Loaded loaded = ModelStore.load(resourceSet, modelPath);
			if (!loaded.ok()) {
				loaded.problems().forEach(p -> err.println(p));
				return 1;
			}
			roots = loaded.resource().getContents();
		}
		TraceView trace = null;
		int stepIndex = -1;
		if (scenario != null) {
			ModelStore.Loaded loaded = ModelStore.load(resourceSet, Path.of(scenario));
			if (!loaded.ok()) {
				loaded.problems().forEach(p -> err.println(p));
				return 1;
			}
			if (!(loaded.root() instanceof Scenario scenarioRoot) || scenarioRoot.getBoard() == null
					|| scenarioRoot.getBoard().eResource() == null) {
				err.println("dmstudio export: " + scenario + " holds no scenario with a board");
				return 1;
			}
			if (roots == null) {
				Resource board = scenarioRoot.getBoard().eResource();
				roots = board.getContents();
				modelPath = Path.of(board.getURI().isFile() ? board.getURI().toFileString() : board.getURI().lastSegment());
			}
			Simulator simulator = Simulator.of(scenarioRoot);
			trace = new TraceView(simulator.run(seed != null ? seed : simulator.defaultSeed()), roots);
			try {
				stepIndex = StepQuery.resolve(trace.trace(), step);
			} catch (IllegalArgumentException e) {
				err.println("dmstudio export: --step: " + e.getMessage());
				return 1;
			}
		}
		DiagramRequest request = new DiagramRequest().modelName(modelPath.getFileName().toString());
		for (String name : selected) {
			Device device = device(roots, name);
			if (device == null) {
				err.println("dmstudio export: no device '" + name + "' in " + model);
				return 1;
			}
			request.select(device);
		}
		if (diagram.equals("chain") && request.selection().isEmpty()) {
			throw new UsageException("the chain view needs a device: --view chain:DEVICE");
		}
		filtersOn.forEach(f -> request.filter(f, true));
		filtersOff.forEach(f -> request.filter(f, false));
		hiddenLayers.forEach(l -> request.layer(l, false));
		request.pins(DiagramFiles.view(DiagramFiles.load(modelPath), diagram,
				request.selection().isEmpty() ? null : view.substring(view.indexOf(':') + 1)));
		Path target = Path.of(output);
		if (target.toAbsolutePath().getParent() != null) {
			Files.createDirectories(target.toAbsolutePath().getParent());
		}
		if (html) {
			Files.writeString(target, HtmlPlayer.write(description, roots, request, trace, stepIndex));
			out.println(output + ": " + trace.trace().size() + " steps of " + trace.result().scenario() + ", opening at step "
					+ stepIndex);
			return 0;
		}
		if (trace != null) {
			request.state(trace.stateAt(stepIndex));
		}
		Scene scene = exportFormat.needsLayout() ? Diagrams.build(description, roots, request)
				: Diagrams.interpret(description, roots, request);
		Files.write(target, exportFormat.render(scene, scale));
		out.println(output + ": " + scene.allNodes().size() + " nodes, " + scene.edges().size() + " edges"
				+ (trace == null ? "" : ", step " + stepIndex + " of " + trace.result().scenario()));
		return 0;
	}

	private static Device device(List<EObject> roots, String name) {
		for (EObject root : roots) {
			if (root instanceof Board board) {
				for (Device device : board.getDevices()) {
					if (device.getName().equals(name)) {
						return device;
					}
				}
			}
		}
		return null;
	}

	private static String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(index);
	}

	private static double number(String text) throws UsageException {
		try {
			double value = Double.parseDouble(text);
			if (value > 0 && value <= 16) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--scale wants a number in (0, 16], not '" + text + "'");
	}
}
