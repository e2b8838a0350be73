package org.dmstudio.diagram.internal;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.model.Errno;
import org.dmstudio.model.dt.CellArray;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.dt.PhandleCell;
import org.dmstudio.model.dt.StringValue;
import org.dmstudio.model.dt.ValueChunk;
import org.dmstudio.model.sched.HardwareCore;
import org.dmstudio.model.topology.Device;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The path language of viewpoints. Every value is a list: navigation maps over it and flattens,
 * a missing feature gives nothing. Grammar:
 *
 * <pre>
 * expr  := and ('or' and)*          and := not ('and' not)*        not := 'not' not | cmp
 * cmp   := union (('=' | '!=' | '&lt;' | '&gt;' | 'contains' | 'matches') union)?
 * union := path ('|' path)*          path := primary ('.' step)*
 * primary := 'this' | 'container' | 'source' | 'target' | 'selection' | 'state' | 'null' | 'true' | 'false'
 *          | NUMBER | 'string' | '(' expr ')' | step
 * step  := NAME | NAME '(' [arg (',' arg)*] ')'
 * </pre>
 *
 * Steps on an element read a feature (EMF, or a record component), call an EOperation without
 * parameters ({@code path} calls {@code getPath()}), or call a function: first, last, rest, size, distinct, inverse(feature),
 * closure(feature), allContents(Type), ofType(Type), property(name), resumeChain, irqLine (a core's interrupt line), errno. After
 * {@code state} the steps read the {@link org.dmstudio.diagram.DiagramState}: rpm, probe,
 * deferred, stored, storedName, returned, returnedName, probeError, probeErrorName, on, active, outsideRun,
 * creditCount, stopped, resetPending (a scheduler's and a core's fields at the step), irqHandler and irqThread (the step runs in
 * the core's hard or threaded IRQ handler; on an interrupt line, of its core), timeline and tokens (the run's bars, marks and tokens at the element).
 */
public final class Expression {

	private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();

	private final Node root;
	private final String text;

	private Expression(String text) {
		this.text = text;
		Parser parser = new Parser(text);
		this.root = parser.expression();
		parser.expectEnd();
	}

	public static Expression of(String text) {
		return CACHE.computeIfAbsent(text, Expression::new);
	}

	/** True for null or blank expressions, which viewpoints use for "not set". */
	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public List<Object> evaluate(Env env) {
		return root.eval(env);
	}

	public boolean test(Env env) {
		return truthy(root.eval(env));
	}

	@Override
	public String toString() {
		return text;
	}

	/** A reference to the state of an element, produced by the {@code state} keyword. */
	record StateRef(Object element) {
	}

	interface Node {
		List<Object> eval(Env env);
	}

	static boolean truthy(List<Object> values) {
		for (Object value : values) {
			if (value instanceof Boolean b ? b : value instanceof Number n ? n.doubleValue() != 0
					: !(value instanceof String s) || !s.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	static String text(Object value) {
		if (value instanceof Enumerator e) {
			return e.getName();
		}
		if (value instanceof EObject e && !(value instanceof EClass)) {
			return ResumeChain.name(e);
		}
		if (value instanceof EClass c) {
			return c.getName();
		}
		if (value instanceof ResumeChain.Step s) {
			return s.name();
		}
		return String.valueOf(value);
	}

	private static boolean same(Object a, Object b) {
		if (a == b) {
			return true;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		if (a instanceof EObject && b instanceof EObject) {
			return false;
		}
		if (a instanceof Boolean || b instanceof Boolean) {
			return text(a).equalsIgnoreCase(text(b));
		}
		return text(a).equals(text(b));
	}

	private static List<Object> bool(boolean value) {
		return List.of(value);
	}

	private record Compare(Node left, String op, Node right) implements Node {
		@Override
		public List<Object> eval(Env env) {
			List<Object> a = left.eval(env);
			List<Object> b = right.eval(env);
			switch (op) {
			case "=", "contains":
				if (b.isEmpty()) {
					return bool(a.isEmpty());
				}
				return bool(a.stream().anyMatch(x -> b.stream().anyMatch(y -> same(x, y))));
			case "!=":
				if (b.isEmpty()) {
					return bool(!a.isEmpty());
				}
				return bool(a.stream().noneMatch(x -> b.stream().anyMatch(y -> same(x, y))));
			case "matches":
				return bool(a.stream().anyMatch(x -> b.stream().anyMatch(y -> Pattern.matches(text(y), text(x)))));
			case "<", ">":
				return bool(a.stream().anyMatch(x -> b.stream().anyMatch(y -> x instanceof Number n && y instanceof Number m
						&& (op.equals("<") ? n.doubleValue() < m.doubleValue() : n.doubleValue() > m.doubleValue()))));
			default:
				throw new IllegalStateException(op);
			}
		}
	}

	private record Logic(Node left, String op, Node right) implements Node {
		@Override
		public List<Object> eval(Env env) {
			boolean a = truthy(left.eval(env));
			if (op.equals("and")) {
				return bool(a && truthy(right.eval(env)));
			}
			return bool(a || truthy(right.eval(env)));
		}
	}

	private record Not(Node operand) implements Node {
		@Override
		public List<Object> eval(Env env) {
			return bool(!truthy(operand.eval(env)));
		}
	}

	private record Union(List<Node> parts) implements Node {
		@Override
		public List<Object> eval(Env env) {
			List<Object> all = new ArrayList<>();
			Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			for (Node part : parts) {
				for (Object value : part.eval(env)) {
					if (seen.add(value)) {
						all.add(value);
					}
				}
			}
			return all;
		}
	}

	private record Literal(List<Object> value) implements Node {
		@Override
		public List<Object> eval(Env env) {
			return value;
		}
	}

	private record Variable(String name) implements Node {
		@Override
		public List<Object> eval(Env env) {
			if (name.equals("state")) {
				List<Object> refs = new ArrayList<>();
				for (Object self : env.self()) {
					refs.add(new StateRef(self));
				}
				return refs;
			}
			return env.variable(name);
		}
	}

	private record Path(Node start, List<Step> steps) implements Node {
		@Override
		public List<Object> eval(Env env) {
			List<Object> values = start.eval(env);
			for (Step step : steps) {
				values = step.apply(values, env);
			}
			return values;
		}
	}

	private record Step(String name, List<Node> arguments, boolean call) implements Node {

		@Override
		public List<Object> eval(Env env) {
			return apply(env.self(), env);
		}

		List<Object> apply(List<Object> input, Env env) {
			List<String> args = new ArrayList<>();
			for (Node argument : arguments) {
				argument.eval(env).forEach(a -> args.add(text(a)));
			}
			switch (call ? name : "") {
			case "first":
				return input.isEmpty() ? List.of() : List.of(input.get(0));
			case "last":
				return input.isEmpty() ? List.of() : List.of(input.get(input.size() - 1));
			case "rest":
				return input.isEmpty() ? List.of() : input.subList(1, input.size());
			case "size":
				return List.of(input.size());
			case "distinct":
				return new Union(List.of(new Literal(input))).eval(env);
			case "inverse":
				return flat(input, o -> o instanceof EObject e ? env.context().inverse(e, args.get(0)) : List.of());
			case "closure":
				return closure(input, args.get(0), env);
			case "allContents":
				return flat(input, o -> {
					List<Object> found = new ArrayList<>();
					if (o instanceof EObject e) {
						e.eAllContents().forEachRemaining(c -> {
							if (args.isEmpty() || isA(c, args.get(0))) {
								found.add(c);
							}
						});
					}
					return found;
				});
			case "ofType":
				return input.stream().filter(o -> isA(o, args.get(0))).toList();
			case "property":
				return flat(input, o -> o instanceof org.dmstudio.model.dt.Node n ? propertyValues(n, args.get(0)) : List.of());
			case "resumeChain":
				return flat(input, o -> o instanceof Device d ? env.context().resumeChain(d) : List.of());
			case "irqLine":
				return flat(input, o -> o instanceof HardwareCore core ? List.of(env.context().irqLine(core)) : List.of());
			case "errno":
				return flat(input, o -> o instanceof Number n && n.intValue() != 0 ? List.of(Errno.name(n.intValue())) : List.of());
			default:
				return flat(input, o -> navigate(o, name, env));
			}
		}
	}

	interface Mapper {
		Collection<?> map(Object value);
	}

	static List<Object> flat(List<Object> input, Mapper mapper) {
		List<Object> out = new ArrayList<>();
		for (Object value : input) {
			out.addAll(mapper.map(value));
		}
		return out;
	}

	private static List<Object> closure(List<Object> input, String feature, Env env) {
		List<Object> out = new ArrayList<>();
		Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<Object> frontier = input;
		while (!frontier.isEmpty()) {
			List<Object> next = flat(frontier, o -> navigate(o, feature, env));
			frontier = new ArrayList<>();
			for (Object value : next) {
				if (seen.add(value)) {
					out.add(value);
					frontier.add(value);
				}
			}
		}
		return out;
	}

	/** True when {@code value}'s class (or an EMF supertype) has the simple or package-qualified name. */
	static boolean isA(Object value, String type) {
		if (type == null || type.isEmpty()) {
			return true;
		}
		if (value instanceof EObject e) {
			if (matchesClass(e.eClass(), type)) {
				return true;
			}
			for (EClass superType : e.eClass().getEAllSuperTypes()) {
				if (matchesClass(superType, type)) {
					return true;
				}
			}
			return false;
		}
		return value != null && value.getClass().getSimpleName().equals(type);
	}

	private static boolean matchesClass(EClass eClass, String type) {
		return eClass.getName().equals(type) || (eClass.getEPackage().getName() + "." + eClass.getName()).equals(type);
	}

	private static List<Object> navigate(Object value, String name, Env env) {
		if (value instanceof StateRef ref) {
			return env.context().state(ref.element(), name);
		}
		if (value instanceof EObject e) {
			if (name.equals("eClass")) {
				return List.of(e.eClass());
			}
			if (name.equals("eContainer")) {
				return e.eContainer() == null ? List.of() : List.of(e.eContainer());
			}
			EStructuralFeature feature = e.eClass().getEStructuralFeature(name);
			if (feature != null) {
				Object result = e.eGet(feature);
				if (result instanceof Collection<?> many) {
					return new ArrayList<>(many);
				}
				return result == null ? List.of() : List.of(result);
			}
			for (EOperation operation : e.eClass().getEAllOperations()) {
				String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
				if ((operation.getName().equals(name) || operation.getName().equals(getter)) && operation.getEParameters().isEmpty()) {
					try {
						Object result = e.eInvoke(operation, org.eclipse.emf.common.util.ECollections.emptyEList());
						return result == null ? List.of() : List.of(result);
					} catch (java.lang.reflect.InvocationTargetException ex) {
						return List.of();
					}
				}
			}
			return List.of();
		}
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				if (component.getName().equals(name)) {
					return invoke(record, component.getAccessor());
				}
			}
			for (Method method : record.getClass().getMethods()) {
				if (method.getName().equals(name) && method.getParameterCount() == 0) {
					return invoke(record, method);
				}
			}
		}
		if (value instanceof Map<?, ?> map && map.containsKey(name)) {
			Object result = map.get(name);
			return result == null ? List.of() : List.of(result);
		}
		return List.of();
	}

	private static List<Object> invoke(Object target, Method method) {
		try {
			Object result = method.invoke(target);
			if (result instanceof Collection<?> many) {
				return new ArrayList<>(many);
			}
			return result == null ? List.of() : List.of(result);
		} catch (ReflectiveOperationException e) {
			return List.of();
		}
	}

	private static List<Object> propertyValues(org.dmstudio.model.dt.Node node, String name) {
		org.dmstudio.model.dt.Property property = node.getProperty(name);
		if (property == null) {
			return List.of();
		}
		List<Object> values = new ArrayList<>();
		for (ValueChunk chunk : property.getValues()) {
			if (chunk instanceof StringValue s) {
				values.add(s.getValue());
			} else if (chunk instanceof CellArray cells) {
				cells.getCells().forEach(c -> values.add(c instanceof NumberCell n ? (Object) n.getValue()
						: c instanceof PhandleCell p ? p.getRef().format() : ""));
			}
		}
		if (values.isEmpty()) {
			values.add(true);
		}
		return values;
	}

	private static final class Parser {
		private final String text;
		private int pos;

		Parser(String text) {
			this.text = text;
		}

		Node expression() {
			Node left = and();
			while (keyword("or")) {
				left = new Logic(left, "or", and());
			}
			return left;
		}

		private Node and() {
			Node left = not();
			while (keyword("and")) {
				left = new Logic(left, "and", not());
			}
			return left;
		}

		private Node not() {
			if (keyword("not")) {
				return new Not(not());
			}
			Node left = union();
			for (String op : List.of("!=", "=", "<", ">")) {
				if (symbol(op)) {
					return new Compare(left, op, union());
				}
			}
			for (String op : List.of("contains", "matches")) {
				if (keyword(op)) {
					return new Compare(left, op, union());
				}
			}
			return left;
		}

		private Node union() {
			List<Node> parts = new ArrayList<>();
			parts.add(path());
			while (symbol("|")) {
				parts.add(path());
			}
			return parts.size() == 1 ? parts.get(0) : new Union(parts);
		}

		private Node path() {
			Node start = primary();
			List<Step> steps = new ArrayList<>();
			while (symbol(".")) {
				steps.add(step(name()));
			}
			return steps.isEmpty() ? start : new Path(start, steps);
		}

		private Node primary() {
			skip();
			if (symbol("(")) {
				Node inner = expression();
				expect(")");
				return inner;
			}
			if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
				char quote = text.charAt(pos++);
				int end = text.indexOf(quote, pos);
				if (end < 0) {
					throw error("unterminated string");
				}
				String value = text.substring(pos, end);
				pos = end + 1;
				return new Literal(List.of(value));
			}
			if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
				int start = pos++;
				while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
					pos++;
				}
				return new Literal(List.of(Long.parseLong(text.substring(start, pos))));
			}
			String name = name();
			return switch (name) {
			case "null" -> new Literal(List.of());
			case "true" -> new Literal(List.of(Boolean.TRUE));
			case "false" -> new Literal(List.of(Boolean.FALSE));
			case "this", "container", "source", "target", "selection", "state", "roots", "onPath" -> new Variable(name);
			default -> step(name);
			};
		}

		private Step step(String name) {
			if (symbol("(")) {
				List<Node> args = new ArrayList<>();
				if (!symbol(")")) {
					do {
						skip();
						int start = pos;
						if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
							String bare = name();
							if (peek(',') || peek(')')) {
								args.add(new Literal(List.of(bare)));
								continue;
							}
							pos = start;
						}
						args.add(expression());
					} while (symbol(","));
					expect(")");
				}
				return new Step(name, args, true);
			}
			return new Step(name, List.of(), false);
		}

		private boolean peek(char c) {
			skip();
			return pos < text.length() && text.charAt(pos) == c;
		}

		private String name() {
			skip();
			int start = pos;
			while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)))) {
				pos++;
			}
			if (start == pos) {
				throw error("name expected");
			}
			return text.substring(start, pos);
		}

		private boolean keyword(String word) {
			skip();
			if (text.startsWith(word, pos) && (pos + word.length() == text.length()
					|| !Character.isJavaIdentifierPart(text.charAt(pos + word.length())))) {
				pos += word.length();
				return true;
			}
			return false;
		}

		private boolean symbol(String symbol) {
			skip();
			if (text.startsWith(symbol, pos)) {
				pos += symbol.length();
				return true;
			}
			return false;
		}

		private void expect(String symbol) {
			if (!symbol(symbol)) {
				throw error("'" + symbol + "' expected");
			}
		}

		void expectEnd() {
			skip();
			if (pos != text.length()) {
				throw error("unexpected text");
			}
		}

		private void skip() {
			while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
				pos++;
			}
		}

		private IllegalArgumentException error(String message) {
			return new IllegalArgumentException("expression \"" + text + "\" at " + pos + ": " + message);
		}
	}
}
