package org.dmstudio.ui.internal.diagram;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.trace.TraceView;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Measures frame times of the device-links view: repainting while a node is dragged (move, reroute,
 * paint) and while a simulation is played (restyle from the trace, paint), against the 30 fps goal.
 * Without a scenario of the model's board, the steps are made up: each frame one more device is
 * resuming with an error and on the call path. Each run is preceded by half as many frames to warm
 * up. Arguments: {@code <model.dmstudio> [<scenario> | -]
 * [frames]}; it needs a display (Xvfb will do).
 */
public final class DiagramPaintBench {

	static final double GOAL_MS = 1000.0 / 30;

	private DiagramPaintBench() {
	}

	public static int run(List<String> args, PrintStream out) {
		if (args.isEmpty()) {
			out.println("usage: paint-bench <model.dmstudio> [<scenario>] [frames]");
			return 2;
		}
		Path model = Path.of(args.get(0));
		Path scenario = args.size() > 1 && !args.get(1).equals("-") ? Path.of(args.get(1)) : null;
		int frames = args.size() > 2 ? Integer.parseInt(args.get(2)) : 120;
		ModelStore.Loaded loaded = ModelStore.load(model);
		if (!loaded.ok()) {
			out.println(model + " cannot be read: " + loaded.problems());
			return 1;
		}
		List<EObject> roots = loaded.resource().getContents();
		DiagramDescription description = Diagrams.description(Representation.LINKS.description());
		DiagramRequest request = new DiagramRequest().modelName(model.getFileName().toString());
		long start = System.nanoTime();
		Scene scene = Diagrams.build(description, roots, request);
		double layoutMs = (System.nanoTime() - start) / 1e6;
		out.printf("%s: %d nodes, %d edges; layout %.0f ms%n", model.getFileName(), scene.allNodes().size(), scene.edges().size(),
				layoutMs);

		Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1600, 1000);
		DiagramCanvas canvas = new DiagramCanvas(shell, SWT.NONE);
		shell.open();
		canvas.setScene(scene);
		canvas.zoomToFit();
		try {
			dragFrames(canvas, scene, frames / 2);
			boolean ok = report(out, "drag", dragFrames(canvas, scene, frames));
			if (scenario != null && Files.isRegularFile(scenario)) {
				animationFrames(canvas, scene, description, roots, request, scenario, frames / 2);
				ok &= report(out, "animate", animationFrames(canvas, scene, description, roots, request, scenario, frames));
			} else {
				madeUpFrames(canvas, scene, description, roots, request, frames / 2);
				ok &= report(out, "animate", madeUpFrames(canvas, scene, description, roots, request, frames));
			}
			return ok ? 0 : 1;
		} finally {
			shell.dispose();
		}
	}

	private static double[] dragFrames(DiagramCanvas canvas, Scene scene, int frames) {
		SceneNode dragged = scene.leafNodes().get(scene.leafNodes().size() / 2);
		canvas.startDrag(List.of(dragged));
		double[] times = new double[frames];
		for (int i = 0; i < frames; i++) {
			long start = System.nanoTime();
			canvas.drag(4 * Math.sin(i / 10.0) * 40, 4 * Math.cos(i / 10.0) * 40);
			paint(canvas);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return times;
	}

	private static double[] animationFrames(DiagramCanvas canvas, Scene laidOut, DiagramDescription description, List<EObject> roots,
			DiagramRequest request, Path scenario, int frames) {
		Simulator simulator = Simulator.load(scenario);
		SimulationResult result = simulator.run(simulator.defaultSeed());
		TraceView view = new TraceView(result, roots);
		double[] times = new double[frames];
		for (int i = 0; i < frames; i++) {
			long start = System.nanoTime();
			int step = (int) ((long) i * (view.trace().size() - 1) / Math.max(1, frames - 1));
			Scene styled = Diagrams.interpret(description, roots, request.state(view.stateAt(step)));
			Restyle.takeGeometry(styled, laidOut, false);
			canvas.setScene(styled);
			paint(canvas);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return times;
	}

	private static double[] madeUpFrames(DiagramCanvas canvas, Scene laidOut, DiagramDescription description, List<EObject> roots,
			DiagramRequest request, int frames) {
		List<Device> devices = roots.stream().filter(Board.class::isInstance).flatMap(b -> ((Board) b).getDevices().stream()).toList();
		double[] times = new double[frames];
		for (int i = 0; i < frames && !devices.isEmpty(); i++) {
			Device current = devices.get(i % devices.size());
			DiagramState state = new DiagramState() {
				@Override
				public String label() {
					return "made-up step: rpm_resume(" + current.getName() + ")";
				}

				@Override
				public RpmStatus runtimeStatus(Device device) {
					return device == current ? RpmStatus.RESUMING : RpmStatus.SUSPENDED;
				}

				@Override
				public int returnedError(EObject element) {
					return element == current ? -517 : 0;
				}

				@Override
				public List<EObject> activePath() {
					return current.getParent() == null ? List.of(current) : List.of(current.getParent(), current);
				}
			};
			long start = System.nanoTime();
			Scene styled = Diagrams.interpret(description, roots, request.state(state));
			Restyle.takeGeometry(styled, laidOut, false);
			canvas.setScene(styled);
			paint(canvas);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return times;
	}

	/** Paints a full frame off screen, as a redraw of the whole canvas does. */
	private static void paint(DiagramCanvas canvas) {
		Rectangle area = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			canvas.paintInto(gc, area);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static boolean report(PrintStream out, String what, double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(times).average().orElse(0);
		double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))];
		boolean ok = p95 <= GOAL_MS;
		out.printf("%-8s %d frames: mean %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms -> %.0f fps (goal 30 fps: %s)%n", what,
				times.length, mean, sorted[sorted.length / 2], p95, sorted[sorted.length - 1], 1000 / mean, ok ? "met" : "missed");
		return ok;
	}
}
