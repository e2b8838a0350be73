package org.dmstudio.diagram.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.internal.ViewInterpreter;
import org.dmstudio.diagram.internal.ViewInterpreter.Look;
import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.layout.TimeAxis;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.scene.TextMetrics;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.model.Errno;
import org.dmstudio.sim.StateChange;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceState;
import org.dmstudio.sim.TraceStep;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes one self-contained offline HTML file that plays a trace on a diagram: the diagram as
 * inline SVG laid out once, the trace list, the call stack, the step's changes and the state of the
 * objects it touches, step/back/play controls, a slider and keys. Per step it only carries what
 * changed (element looks, state slots), so the page applies changes forwards or backwards; on a
 * timeline it moves the step cursor along the time axis. Every
 * string from a model or a trace travels in a JSON block that cannot close its script element and
 * is put into the page as text, never as markup.
 */
public final class HtmlPlayer {

	private static final Pattern CSS_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,32}");

	private final Map<String, Integer> stringIndex = new HashMap<>();
	private final List<String> strings = new ArrayList<>();
	private final Map<Look, Integer> lookIndex = new HashMap<>();
	private final List<Look> looks = new ArrayList<>();
	private final Map<Style, Integer> styleIndex = new LinkedHashMap<>();

	private HtmlPlayer() {
	}

	/**
	 * The player page of a trace on a view of the model the trace was simulated from; it opens at
	 * {@code initialStep}. The request gives the model name, layers, filters, selection and pins; its
	 * state is replaced by the trace's.
	 */
	public static String write(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request, TraceView view,
			int initialStep) {
		return new HtmlPlayer().page(description, roots, request, view, initialStep);
	}

	private String page(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request, TraceView view,
			int initialStep) {
		Trace trace = view.trace();
		int size = trace.size();
		request.state(view.stateAt(initialStep));
		ViewInterpreter interpreter = ViewInterpreter.prepare(description, roots, request);
		Scene scene = interpreter.scene();
		List<SceneElement> elements = scene.paintOrder();
		Map<SceneElement, Look> initialLooks = interpreter.restyle(request.state());
		Map<SceneElement, String> fixedClasses = new IdentityHashMap<>();
		for (SceneElement element : elements) {
			List<String> fixed = new ArrayList<>(element.styleClasses());
			fixed.removeAll(initialLooks.get(element).classes());
			String kind = element instanceof SceneEdge ? "edge" : ((SceneNode) element).isContainer() ? "container" : "node";
			fixedClasses.put(element, kind + " " + element.mapping() + (fixed.isEmpty() ? "" : " " + String.join(" ", fixed)));
		}

		int[] firstLooks = new int[elements.size()];
		int[] currentLooks = new int[elements.size()];
		IntList lookChanges = new IntList();
		IntList lookOffsets = new IntList();
		List<String[]> slots = view.slots();
		int[] firstValues = new int[slots.size()];
		int[] currentValues = new int[slots.size()];
		IntList stateChanges = new IntList();
		IntList stateOffsets = new IntList();
		List<Map<Long, Integer>> formatted = new ArrayList<>();
		slots.forEach(s -> formatted.add(new HashMap<>()));
		Trace.Cursor cursor = trace.cursor();
		long[] previous = null;
		for (int i = 0; i < size; i++) {
			cursor.seek(i);
			TraceState state = cursor.state();
			long[] values = state.values();
			Map<SceneElement, Look> stepLooks = interpreter.restyle(view.stateAt(i, values));
			lookOffsets.add(lookChanges.size());
			for (int e = 0; e < elements.size(); e++) {
				int look = look(stepLooks.get(elements.get(e)));
				if (i == 0) {
					firstLooks[e] = look;
				} else if (look != currentLooks[e]) {
					lookChanges.add(e, currentLooks[e], look);
				}
				currentLooks[e] = look;
			}
			stateOffsets.add(stateChanges.size());
			if (i == 0) {
				List<String[]> entries = state.entries();
				for (int slot = 0; slot < slots.size(); slot++) {
					firstValues[slot] = string(entries.get(slot)[2]);
					formatted.get(slot).put(values[slot], firstValues[slot]);
				}
				currentValues = firstValues.clone();
			} else {
				for (int slot = 0; slot < values.length; slot++) {
					if (values[slot] != previous[slot]) {
						String[] name = slots.get(slot);
						int text = formatted.get(slot).computeIfAbsent(values[slot], v -> string(state.get(name[0], name[1])));
						stateChanges.add(slot, currentValues[slot], text);
						currentValues[slot] = text;
					}
				}
			}
			previous = values;
		}
		lookOffsets.add(lookChanges.size());
		stateOffsets.add(stateChanges.size());

		sizeForEveryLook(scene, initialLooks, firstLooks, lookChanges, elements);
		DiagramLayout.layout(scene, description, request.pins());
		for (SceneNode node : scene.allNodes()) {
			Look initial = initialLooks.get(node);
			// the nodes a timeline layout adds (axis, ticks, cursor time) keep their own style
			if (initial == null) {
				continue;
			}
			node.setStyle(initial.style());
			int lines = node.badges().size();
			node.badges().clear();
			node.badges().addAll(Collections.nCopies(lines, ""));
		}
		scene.legend().clear();
		scene.legend().addAll(interpreter.legend());
		String svg = SvgPainter.paint(scene);
		svg = svg.substring(svg.indexOf("<svg"));

		StringBuilder json = new StringBuilder(1 << 20);
		json.append("{\"title\":");
		string(json, scene.title());
		json.append(",\"model\":");
		string(json, request.modelName());
		json.append(",\"scenario\":");
		string(json, view.result().scenario());
		json.append(",\"seed\":").append(view.result().seed());
		json.append(",\"initial\":").append(initialStep);
		timeAxis(json, scene);
		json.append(",\"elements\":[");
		for (int e = 0; e < elements.size(); e++) {
			SceneElement element = elements.get(e);
			json.append(e == 0 ? "" : ",").append('[').append(string(element.id())).append(',')
					.append(string(fixedClasses.get(element))).append(',').append(element instanceof SceneEdge ? 1 : 0).append(']');
		}
		json.append("],\"looks\":[");
		for (int l = 0; l < looks.size(); l++) {
			Look look = looks.get(l);
			json.append(l == 0 ? "" : ",").append('[').append(styleIndex.computeIfAbsent(look.style(), k -> styleIndex.size()))
					.append(',').append(string(String.join(" ", look.classes()))).append(",[");
			for (int b = 0; b < look.badges().size(); b++) {
				String badge = look.badges().get(b);
				json.append(b == 0 ? "" : ",").append(string(badge)).append(',')
						.append(number(TextMetrics.width(badge, look.style().fontSize(), false)));
			}
			json.append("]]");
		}
		json.append("],\"firstLooks\":");
		ints(json, firstLooks);
		json.append(",\"lookOffsets\":");
		ints(json, lookOffsets.toArray());
		json.append(",\"lookChanges\":");
		ints(json, lookChanges.toArray());
		json.append(",\"slots\":[");
		for (int slot = 0; slot < slots.size(); slot++) {
			json.append(slot == 0 ? "" : ",").append(string(slots.get(slot)[0])).append(',').append(string(slots.get(slot)[1]));
		}
		json.append("],\"firstValues\":");
		ints(json, firstValues);
		json.append(",\"stateOffsets\":");
		ints(json, stateOffsets.toArray());
		json.append(",\"stateChanges\":");
		ints(json, stateChanges.toArray());
		steps(json, view);
		json.append(",\"bookmarks\":{");
		bookmarks(json, trace);
		json.append("},\"strings\":[");
		for (int s = 0; s < strings.size(); s++) {
			if (s > 0) {
				json.append(',');
			}
			string(json, strings.get(s));
		}
		json.append("]}");

		StringBuilder html = new StringBuilder(svg.length() + json.length() + 32 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
				+ "script-src 'unsafe-inline'; img-src data:\">\n");
		html.append("<title>").append(SvgPainter.escape(scene.title() + " \u2014 " + view.result().scenario())).append("</title>\n");
		html.append("<style>\n").append(resource("player.css"));
		looksCss(html);
		html.append("</style>\n</head>\n<body>\n");
		html.append(resource("player.html").replace("<!--diagram-->", svg));
		html.append("<script type=\"application/json\" id=\"dm-data\">").append(json).append("</script>\n");
		html.append("<script>\n").append(resource("player.js")).append("</script>\n</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * Gives every node the room of its widest look (most badge lines, widest badge, bold label) for
	 * the one layout; the page fills the badge lines per step.
	 */
	private void sizeForEveryLook(Scene scene, Map<SceneElement, Look> initialLooks, int[] firstLooks, IntList lookChanges,
			List<SceneElement> elements) {
		Map<SceneElement, List<Look>> seen = new IdentityHashMap<>();
		for (int e = 0; e < elements.size(); e++) {
			seen.computeIfAbsent(elements.get(e), k -> new ArrayList<>()).add(looks.get(firstLooks[e]));
		}
		int[] changes = lookChanges.toArray();
		for (int c = 0; c < changes.length; c += 3) {
			seen.get(elements.get(changes[c])).add(looks.get(changes[c + 2]));
		}
		for (SceneNode node : scene.allNodes()) {
			int lines = 0;
			String widest = "";
			boolean bold = false;
			for (Look look : seen.getOrDefault(node, List.of())) {
				lines = Math.max(lines, look.badges().size());
				bold |= look.style().bold();
				for (String badge : look.badges()) {
					if (TextMetrics.width(badge, node.style().fontSize(), false) > TextMetrics.width(widest, node.style().fontSize(), false)) {
						widest = badge;
					}
				}
			}
			Style initial = initialLooks.get(node).style();
			node.setStyle(withBold(initial, bold || initial.bold()));
			node.badges().clear();
			node.badges().addAll(Collections.nCopies(lines, widest));
		}
	}

	private static Style withBold(Style s, boolean bold) {
		return new Style(s.shape(), s.fill(), s.stroke(), s.textColor(), s.strokeWidth(), s.dash(), bold, s.italic(), s.arrow(),
				s.fontSize());
	}

	private int look(Look look) {
		return lookIndex.computeIfAbsent(look, k -> {
			looks.add(k);
			return looks.size() - 1;
		});
	}

	private int string(String text) {
		String value = text == null ? "" : text;
		return stringIndex.computeIfAbsent(value, k -> {
			strings.add(k);
			return strings.size() - 1;
		});
	}

	/** Steps as columns: time, context, depth, kind, function, object, return value, enclosing call, own changes. */
	private void steps(StringBuilder json, TraceView view) {
		int size = view.trace().size();
		long[] time = new long[size];
		int[] context = new int[size];
		int[] depth = new int[size];
		int[] kind = new int[size];
		int[] function = new int[size];
		int[] object = new int[size];
		int[] ret = new int[size];
		int[] parent = new int[size];
		IntList changeOffsets = new IntList();
		IntList changes = new IntList();
		for (int i = 0; i < size; i++) {
			TraceStep step = view.step(i);
			time[i] = step.timeNs();
			context[i] = string(step.context());
			depth[i] = step.depth();
			kind[i] = step.kind().ordinal();
			function[i] = string(step.function());
			object[i] = step.object() == null ? -1 : string(step.object());
			ret[i] = step.kind() == TraceStep.Kind.CALL && step.returned() ? string(step.retName()) : -1;
			parent[i] = view.parent(i);
			changeOffsets.add(changes.size());
			for (StateChange change : step.changes()) {
				changes.add(string(change.object()), string(change.field()), string(change.before()));
				changes.add(string(change.after()));
			}
		}
		changeOffsets.add(changes.size());
		json.append(",\"kinds\":[\"call\",\"printk\",\"bug\",\"note\"],\"time\":[");
		for (int i = 0; i < size; i++) {
			json.append(i == 0 ? "" : ",").append(time[i]);
		}
		json.append("],\"context\":");
		ints(json, context);
		json.append(",\"depth\":");
		ints(json, depth);
		json.append(",\"kind\":");
		ints(json, kind);
		json.append(",\"function\":");
		ints(json, function);
		json.append(",\"object\":");
		ints(json, object);
		json.append(",\"ret\":");
		ints(json, ret);
		json.append(",\"parent\":");
		ints(json, parent);
		json.append(",\"changeOffsets\":");
		ints(json, changeOffsets.toArray());
		json.append(",\"changes\":");
		ints(json, changes.toArray());
	}

	/** A timeline's axis, so that the page moves the step cursor: [originNs, endNs, originX, pixelsPerNs]. */
	private static void timeAxis(StringBuilder json, Scene scene) {
		for (SceneNode node : scene.nodes()) {
			if (node.semantic() instanceof TimeAxis axis) {
				json.append(",\"timeAxis\":[").append(axis.originNs()).append(',').append(axis.endNs()).append(',')
						.append(Double.toString(axis.originX())).append(',').append(Double.toString(axis.pixelsPerNs())).append(']');
				return;
			}
		}
	}

	/** Where each errno of the trace is born, for the page's go-to box ({@code born:-EPROBE_DEFER}). */
	private static void bookmarks(StringBuilder json, Trace trace) {
		TreeMap<Integer, Integer> born = new TreeMap<>();
		for (int i = 0; i < trace.size(); i++) {
			TraceStep step = trace.step(i);
			if (step.kind() == TraceStep.Kind.CALL && step.returned() && step.ret() < 0 && !born.containsKey(step.ret())) {
				born.put(step.ret(), trace.firstReturning(step.ret()));
			}
		}
		boolean first = true;
		for (Map.Entry<Integer, Integer> entry : born.entrySet()) {
			json.append(first ? "" : ",");
			string(json, "born:" + Errno.name(entry.getKey()));
			json.append(':').append(entry.getValue());
			first = false;
		}
	}

	private void looksCss(StringBuilder css) {
		for (Look look : looks) {
			styleIndex.computeIfAbsent(look.style(), k -> styleIndex.size());
		}
		styleIndex.forEach((style, index) -> {
			String k = ".lk" + index;
			String stroke = colour(style.stroke(), "#4a5568");
			String dash = style.dash().pattern(style.strokeWidth()).length == 0 ? "none"
					: number(style.dash().pattern(style.strokeWidth())[0]) + " " + number(style.dash().pattern(style.strokeWidth())[1]);
			String line = "stroke:" + stroke + ";stroke-width:" + number(style.strokeWidth()) + "px;stroke-dasharray:" + dash;
			css.append(k).append(">.shape{fill:").append(style.fill() == null ? "none" : colour(style.fill(), "#ffffff")).append(';')
					.append(line).append("}\n");
			css.append(k).append(">.route{").append(line).append("}\n");
			css.append(k).append(">.arrow{stroke:").append(stroke).append("}").append(k).append(">.arrow.filled{fill:").append(stroke)
					.append("}\n");
			css.append(k).append(">text{fill:").append(colour(style.textColor(), "#1a202c")).append(";font-weight:")
					.append(style.bold() ? "bold" : "normal").append("}").append(k).append(">text.badge{font-weight:normal}\n");
		});
	}

	private static String colour(String value, String fallback) {
		return value != null && CSS_COLOUR.matcher(value).matches() ? value : fallback;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static void ints(StringBuilder json, int[] values) {
		json.append('[');
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append(values[i]);
		}
		json.append(']');
	}

	/**
	 * A JSON string that is also safe inside an HTML script element: {@code <}, {@code >} and
	 * {@code &} are escaped, so no {@code </script>} or {@code <!--} can appear.
	 */
	static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		json.append('"');
	}

	private static String resource(String name) {
		try (InputStream in = HtmlPlayer.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing beside " + HtmlPlayer.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A growable int array. */
	private static final class IntList {
		private int[] values = new int[256];
		private int size;

		void add(int... more) {
			if (size + more.length > values.length) {
				values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
			}
			System.arraycopy(more, 0, values, size, more.length);
			size += more.length;
		}

		int size() {
			return size;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
