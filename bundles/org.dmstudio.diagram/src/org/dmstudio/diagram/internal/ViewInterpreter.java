package org.dmstudio.diagram.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.DiagramState;
import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.diagram.scene.LegendEntry;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.scene.SceneEdge;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.diagram.scene.Style;
import org.dmstudio.diagram.viewpoint.ConditionalStyle;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.diagram.viewpoint.DiagramElementMapping;
import org.dmstudio.diagram.viewpoint.EdgeMapping;
import org.dmstudio.diagram.viewpoint.Filter;
import org.dmstudio.diagram.viewpoint.FilterKind;
import org.dmstudio.diagram.viewpoint.Layer;
import org.dmstudio.diagram.viewpoint.NodeMapping;
import org.dmstudio.model.topology.Device;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns a diagram description and a model into a scene without positions: maps nodes (nesting
 * them in containers), maps edges, applies layers, filters and styles, and sizes the nodes to
 * their text.
 */
public final class ViewInterpreter {

	private static final int MAX_DEPTH = 64;

	private final DiagramDescription description;
	private final DiagramRequest request;
	private final EvalContext context;
	private final Map<Object, SceneNode> nodeOf = new IdentityHashMap<>();
	private final List<SceneNode> created = new ArrayList<>();
	private final Map<SceneNode, NodeMapping> mappingOf = new IdentityHashMap<>();
	private final Set<String> ids = new HashSet<>();
	private final List<SceneNode> top = new ArrayList<>();
	private final Map<String, LegendEntry> legend = new LinkedHashMap<>();

	private final List<Site> sites = new ArrayList<>();
	private final Map<String, Look> looks = new HashMap<>();
	private Scene scene;

	private record EdgeSpec(EdgeMapping mapping, Object semantic, String key, SceneNode source, SceneNode target,
			Object sourceElement, Object targetElement) {
	}

	/** What a scene element's style is computed from; edges also read the active call path between their ends. */
	private record Site(SceneElement element, DiagramElementMapping mapping, Env env, Object sourceElement, Object targetElement) {
	}

	/** How an element looks in one state: its style, the classes of the conditional styles that hold, and its badges. */
	public record Look(Style style, List<String> classes, List<String> badges) {
	}

	private ViewInterpreter(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request) {
		this.description = description;
		this.request = request;
		this.context = new EvalContext(roots, request.selection(), request.state());
	}

	public static Scene interpret(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request) {
		return prepare(description, roots, request).scene();
	}

	/** An interpreter that keeps what it needs to restyle its scene for other states (see {@link #restyle}). */
	public static ViewInterpreter prepare(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request) {
		return new ViewInterpreter(description, roots, request);
	}

	/** The scene for the request's state, mapped once. */
	public Scene scene() {
		if (scene == null) {
			scene = run();
		}
		return scene;
	}

	/**
	 * The look of every element of {@link #scene()} in another state, without mapping or laying out again.
	 * Conditional styles read the element's own state, so looks are computed once per element and state of it.
	 */
	public Map<SceneElement, Look> restyle(DiagramState state) {
		scene();
		context.setState(state);
		Map<SceneElement, Look> result = new IdentityHashMap<>();
		for (int i = 0; i < sites.size(); i++) {
			Site site = sites.get(i);
			boolean onPath = onPath(site);
			String key = i + "|" + onPath + "|" + context.signature(site.element().semantic());
			result.put(site.element(), looks.computeIfAbsent(key, k -> look(site, onPath)));
		}
		return result;
	}

	/** The legend entries of every conditional style that held in the scene's state or in a restyled one. */
	public List<LegendEntry> legend() {
		return List.copyOf(legend.values());
	}

	private Scene run() {
		Env rootEnv = new Env(context, context.roots(), Map.of());
		for (NodeMapping mapping : description.getNodeMappings()) {
			mapNodes(mapping, rootEnv, null, null, 0);
		}
		List<EdgeSpec> edges = new ArrayList<>();
		for (EdgeMapping mapping : description.getEdgeMappings()) {
			mapEdges(mapping, edges);
		}
		applyLayers(edges);
		applyFilters(edges);
		Scene scene = new Scene(title(), subtitle());
		scene.nodes().addAll(top);
		Set<String> edgeKeys = new HashSet<>();
		for (EdgeSpec spec : edges) {
			SceneNode source = visible(spec.source());
			SceneNode target = visible(spec.target());
			if (source == null || target == null || source == target || isAncestor(source, target) || isAncestor(target, source)
					|| !edgeKeys.add(spec.mapping().getName() + "|" + spec.key() + "|" + source.id() + "|" + target.id())) {
				continue;
			}
			Env env = Env.of(context, spec.semantic()).with("source", spec.sourceElement()).with("target", spec.targetElement());
			SceneEdge edge = new SceneEdge(uniqueId(spec.mapping().getName() + ":" + source.id() + "->" + target.id()), spec.key(),
					spec.mapping().getName(), spec.semantic(), Style.EDGE, source, target);
			style(new Site(edge, spec.mapping(), env, spec.sourceElement(), spec.targetElement()));
			String label = Templates.render(spec.mapping().getLabel(), env);
			edge.setLabel(label.isEmpty() ? null : label);
			String tooltip = Templates.render(spec.mapping().getTooltip(), env);
			edge.setTooltip(tooltip.isEmpty() ? null : tooltip);
			scene.edges().add(edge);
		}
		scene.legend().addAll(legend.values());
		return scene;
	}

	private String title() {
		String template = description.getTitle() == null ? description.getLabel() : description.getTitle();
		String selection = request.selection().stream().map(ResumeChain::name).reduce((a, b) -> a + ", " + b).orElse("");
		return (template == null ? description.getName() : template).replace("{model}", request.modelName())
				.replace("{selection}", selection);
	}

	private String subtitle() {
		String state = request.state().label();
		return request.modelName() + (state == null || state.isEmpty() ? "" : " \u2014 " + state);
	}

	private void mapNodes(NodeMapping mapping, Env parentEnv, Object containerElement, SceneNode parent, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		List<Object> candidates = Expression.isBlank(mapping.getSemanticCandidates()) ? parentEnv.self()
				: Expression.of(mapping.getSemanticCandidates()).evaluate(parentEnv);
		for (Object candidate : candidates) {
			if (nodeOf.containsKey(candidate) || !Expression.isA(candidate, mapping.getDomainClass())) {
				continue;
			}
			Env env = Env.of(context, candidate).with("container", containerElement);
			if (!Expression.isBlank(mapping.getPrecondition()) && !Expression.of(mapping.getPrecondition()).test(env)) {
				continue;
			}
			String key = key(candidate);
			SceneNode node = new SceneNode(uniqueId(mapping.getName() + ":" + shortKey(candidate)), key, mapping.getName(), candidate, Style.NODE);
			style(new Site(node, mapping, env, null, null));
			for (String line : Templates.render(mapping.getLabel() == null ? "{name}" : mapping.getLabel(), env).split("\n")) {
				if (!line.isBlank()) {
					node.label().add(line.strip());
				}
			}
			String tooltip = Templates.render(mapping.getTooltip(), env);
			node.setTooltip(tooltip.isEmpty() ? null : tooltip);
			nodeOf.put(candidate, node);
			created.add(node);
			mappingOf.put(node, mapping);
			if (parent == null) {
				top.add(node);
			} else {
				parent.addChild(node);
			}
			Env childEnv = Env.of(context, candidate);
			for (NodeMapping sub : mapping.getSubMappings()) {
				mapNodes(sub, childEnv, candidate, node, depth + 1);
			}
			for (NodeMapping reused : mapping.getReusedMappings()) {
				mapNodes(reused, childEnv, candidate, node, depth + 1);
			}
		}
	}

	private void mapEdges(EdgeMapping mapping, List<EdgeSpec> edges) {
		if (!Expression.isBlank(mapping.getSemanticCandidates())) {
			Env rootEnv = new Env(context, context.roots(), Map.of());
			for (Object candidate : Expression.of(mapping.getSemanticCandidates()).evaluate(rootEnv)) {
				if (!Expression.isA(candidate, mapping.getDomainClass())) {
					continue;
				}
				Env env = Env.of(context, candidate);
				if (!Expression.isBlank(mapping.getPrecondition()) && !Expression.of(mapping.getPrecondition()).test(env)) {
					continue;
				}
				List<Object> sources = Expression.of(mapping.getSourceExpression()).evaluate(env);
				List<Object> targets = Expression.of(mapping.getTargetExpression()).evaluate(env);
				for (Object source : sources) {
					for (Object target : targets) {
						SceneNode from = nodeOf.get(source);
						SceneNode to = nodeOf.get(target);
						if (from != null && to != null) {
							edges.add(new EdgeSpec(mapping, candidate, key(candidate), from, to, source, target));
						}
					}
				}
			}
			return;
		}
		for (SceneNode sourceNode : created) {
			if (!mapping.getSourceMappings().contains(mappingOf.get(sourceNode))) {
				continue;
			}
			Object source = sourceNode.semantic();
			Env env = Env.of(context, source).with("source", source);
			for (Object target : Expression.of(mapping.getTargetExpression()).evaluate(env)) {
				SceneNode to = nodeOf.get(target);
				if (to == null || !Expression.isA(target, mapping.getDomainClass())) {
					continue;
				}
				if (!Expression.isBlank(mapping.getPrecondition())
						&& !Expression.of(mapping.getPrecondition()).test(env.with("target", target))) {
					continue;
				}
				edges.add(new EdgeSpec(mapping, source, key(source) + "->" + key(target), sourceNode, to, source, target));
			}
		}
	}

	private void applyLayers(List<EdgeSpec> edges) {
		if (description.getLayers().isEmpty()) {
			return;
		}
		for (SceneNode node : allNodes()) {
			if (hiddenByLayers(mappingOf.get(node), node.semantic())) {
				hide(node);
			}
		}
		edges.removeIf(spec -> hiddenByLayers(spec.mapping(), spec.semantic()));
	}

	private boolean hiddenByLayers(DiagramElementMapping mapping, Object semantic) {
		boolean onLayer = false;
		for (Layer layer : description.getLayers()) {
			if (!layer.getMappings().contains(mapping)) {
				continue;
			}
			if (!Expression.isBlank(layer.getCondition()) && !Expression.of(layer.getCondition()).test(Env.of(context, semantic))) {
				continue;
			}
			onLayer = true;
			if (request.layers().getOrDefault(layer.getName(), layer.isVisibleByDefault())) {
				return false;
			}
		}
		return onLayer;
	}

	private boolean active(Filter filter) {
		return request.filters().getOrDefault(filter.getName(), filter.isActiveByDefault());
	}

	private boolean applies(Filter filter, SceneNode node) {
		return filter.getMappings().isEmpty() || filter.getMappings().contains(mappingOf.get(node));
	}

	private void applyFilters(List<EdgeSpec> edges) {
		for (Filter filter : description.getFilters()) {
			if (active(filter) && filter.getKind() == FilterKind.HIDE_MATCHING) {
				for (SceneNode node : allNodes()) {
					if (applies(filter, node) && Expression.of(filter.getCondition()).test(Env.of(context, node.semantic()))) {
						hide(node);
					}
				}
			}
		}
		for (Filter filter : description.getFilters()) {
			if (filter.getKind() != FilterKind.COLLAPSE) {
				continue;
			}
			for (SceneNode node : allNodes()) {
				if (!node.isContainer() || !applies(filter, node)) {
					continue;
				}
				boolean asked = request.collapsed().contains(node.semantic());
				boolean matches = active(filter) && !Expression.isBlank(filter.getCondition())
						&& Expression.of(filter.getCondition()).test(Env.of(context, node.semantic()));
				if (asked || matches) {
					collapse(node);
				}
			}
		}
		for (Filter filter : description.getFilters()) {
			if (!active(filter) || request.selection().isEmpty()) {
				continue;
			}
			if (filter.getKind() == FilterKind.NEIGHBOURHOOD) {
				keepOnly(neighbourhood(edges, filter.getDepth()), filter);
			} else if (filter.getKind() == FilterKind.RESUME_CHAIN) {
				Set<Object> chain = Collections.newSetFromMap(new IdentityHashMap<>());
				for (EObject selected : request.selection()) {
					if (selected instanceof Device device) {
						chain.addAll(ResumeChain.elements(device));
					}
				}
				keepOnly(chain, filter);
			}
		}
		for (Filter filter : description.getFilters()) {
			if (active(filter) && filter.getKind() == FilterKind.HIDE_UNCONNECTED) {
				Set<SceneNode> connected = Collections.newSetFromMap(new IdentityHashMap<>());
				for (EdgeSpec spec : edges) {
					SceneNode source = visible(spec.source());
					SceneNode target = visible(spec.target());
					if (source != null && target != null && source != target) {
						connected.add(source);
						connected.add(target);
					}
				}
				for (SceneNode node : allNodes()) {
					if (!node.isContainer() && applies(filter, node) && !connected.contains(node)) {
						hide(node);
					}
				}
			}
		}
	}

	private Set<Object> neighbourhood(List<EdgeSpec> edges, int depth) {
		Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Object> frontier = new ArrayDeque<>(request.selection());
		kept.addAll(request.selection());
		for (int i = 0; i < depth; i++) {
			Deque<Object> next = new ArrayDeque<>();
			for (EdgeSpec spec : edges) {
				SceneNode source = visible(spec.source());
				SceneNode target = visible(spec.target());
				if (source == null || target == null) {
					continue;
				}
				if (frontier.contains(source.semantic()) && kept.add(target.semantic())) {
					next.add(target.semantic());
				}
				if (frontier.contains(target.semantic()) && kept.add(source.semantic())) {
					next.add(source.semantic());
				}
			}
			frontier = next;
		}
		return kept;
	}

	private void keepOnly(Set<Object> kept, Filter filter) {
		Set<SceneNode> keep = Collections.newSetFromMap(new IdentityHashMap<>());
		for (SceneNode node : allNodes()) {
			if (kept.contains(node.semantic()) || !applies(filter, node)) {
				for (SceneNode up = node; up != null; up = up.parent()) {
					keep.add(up);
				}
			}
		}
		for (SceneNode node : allNodes()) {
			if (!keep.contains(node)) {
				hide(node);
			}
		}
	}

	private final Map<SceneNode, SceneNode> collapsedInto = new IdentityHashMap<>();
	private final Set<SceneNode> hidden = Collections.newSetFromMap(new IdentityHashMap<>());

	private void collapse(SceneNode container) {
		for (SceneNode child : new ArrayList<>(container.children())) {
			markCollapsed(child, container);
			container.removeChild(child);
		}
		container.setCollapsed(true);
		container.badges().add("(" + countCollapsed(container) + " inside)");
		container.styleClasses().add("collapsed");
	}

	private int countCollapsed(SceneNode container) {
		int count = 0;
		for (SceneNode into : collapsedInto.values()) {
			if (into == container) {
				count++;
			}
		}
		return count;
	}

	private void markCollapsed(SceneNode node, SceneNode into) {
		collapsedInto.put(node, into);
		for (SceneNode child : node.children()) {
			markCollapsed(child, into);
		}
	}

	private void hide(SceneNode node) {
		if (node.parent() != null) {
			node.parent().removeChild(node);
		} else {
			top.remove(node);
		}
		markHidden(node);
	}

	private void markHidden(SceneNode node) {
		hidden.add(node);
		for (SceneNode child : node.children()) {
			markHidden(child);
		}
	}

	/** The node an edge end is drawn on: itself, the collapsed container holding it, or null when hidden. */
	private SceneNode visible(SceneNode node) {
		SceneNode into = collapsedInto.get(node);
		SceneNode shown = into != null ? into : node;
		for (SceneNode up = shown; up != null; up = up.parent()) {
			if (hidden.contains(up)) {
				return null;
			}
		}
		return shown;
	}

	private static boolean isAncestor(SceneNode ancestor, SceneNode node) {
		for (SceneNode up = node.parent(); up != null; up = up.parent()) {
			if (up == ancestor) {
				return true;
			}
		}
		return false;
	}

	private List<SceneNode> allNodes() {
		List<SceneNode> all = new ArrayList<>();
		Deque<SceneNode> stack = new ArrayDeque<>();
		for (int i = top.size() - 1; i >= 0; i--) {
			stack.push(top.get(i));
		}
		while (!stack.isEmpty()) {
			SceneNode node = stack.pop();
			all.add(node);
			for (int i = node.children().size() - 1; i >= 0; i--) {
				stack.push(node.children().get(i));
			}
		}
		return all;
	}

	private void style(Site site) {
		SceneElement element = site.element();
		String styleClass = site.mapping().getStyleClass();
		for (String name : (styleClass == null ? "" : styleClass).split("\\s+")) {
			if (!name.isEmpty()) {
				element.styleClasses().add(name);
			}
		}
		Look look = look(site, onPath(site));
		element.setStyle(look.style());
		element.styleClasses().addAll(look.classes());
		if (element instanceof SceneNode node) {
			node.badges().addAll(look.badges());
		}
		sites.add(site);
	}

	private boolean onPath(Site site) {
		return site.element() instanceof SceneEdge && (context.adjacentOnPath(site.sourceElement(), site.targetElement())
				|| context.state().activePath().contains(site.element().semantic()));
	}

	private Look look(Site site, boolean onPath) {
		boolean edge = site.element() instanceof SceneEdge;
		DiagramElementMapping mapping = site.mapping();
		Env env = edge ? site.env().with("onPath", onPath) : site.env();
		Style base = edge ? Style.EDGE : Style.NODE;
		Style style = Styles.merge(base, mapping.getStyle());
		if (mapping.getLegendLabel() != null && !mapping.getLegendLabel().isEmpty()) {
			legend.putIfAbsent(mapping.getLegendLabel(), new LegendEntry(edge ? LegendEntry.Kind.EDGE : LegendEntry.Kind.NODE,
					style, mapping.getLegendLabel()));
		}
		List<String> classes = new ArrayList<>();
		List<String> badges = new ArrayList<>();
		addBadge(mapping.getStyle(), env, badges);
		for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
			if (!Expression.of(conditional.getCondition()).test(env)) {
				continue;
			}
			style = Styles.merge(style, conditional.getStyle());
			addBadge(conditional.getStyle(), env, badges);
			String label = conditional.getLegendLabel();
			if (label != null && !label.isEmpty()) {
				classes.add(slug(label));
				legend.putIfAbsent(label, new LegendEntry(edge ? LegendEntry.Kind.EDGE : LegendEntry.Kind.NODE,
						Styles.merge(Styles.merge(base, mapping.getStyle()), conditional.getStyle()), label));
			}
		}
		return new Look(style, List.copyOf(classes), List.copyOf(new LinkedHashSet<>(badges)));
	}

	private static void addBadge(org.dmstudio.diagram.viewpoint.Style style, Env env, List<String> badges) {
		if (style != null && style.getBadge() != null && !style.getBadge().isEmpty()) {
			String badge = Templates.render(style.getBadge(), env);
			if (!badge.isBlank()) {
				badges.add(badge);
			}
		}
	}

	static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private String uniqueId(String raw) {
		String id = raw.replaceAll("[^A-Za-z0-9_.:-]", "_");
		String unique = id;
		for (int i = 2; !ids.add(unique); i++) {
			unique = id + "~" + i;
		}
		return unique;
	}

	/** The element's name when it has one (readable ids), else its key. */
	private static String shortKey(Object element) {
		EObject object = element instanceof ResumeChain.Step step ? step.element() : element instanceof EObject e ? e : null;
		if (object != null && object.eClass().getEStructuralFeature("name") != null && object.eGet(object.eClass().getEStructuralFeature("name")) != null) {
			return ResumeChain.name(object);
		}
		return key(element);
	}

	static String key(Object element) {
		if (element instanceof EObject object) {
			return object.eResource() == null ? EcoreUtil.getIdentification(object) : EcoreUtil.getURI(object).fragment();
		}
		if (element instanceof ResumeChain.Step step) {
			return key(step.element());
		}
		return String.valueOf(element);
	}

}
