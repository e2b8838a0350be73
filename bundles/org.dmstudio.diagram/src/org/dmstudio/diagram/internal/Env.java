package org.dmstudio.diagram.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables an expression sees: {@code this} and whatever the interpreter binds. */
public record Env(EvalContext context, List<Object> self, Map<String, List<Object>> variables) {

	public static Env of(EvalContext context, Object self) {
		return new Env(context, self == null ? List.of() : List.of(self), Map.of());
	}

	public Env with(String name, Object value) {
		Map<String, List<Object>> copy = new HashMap<>(variables);
		copy.put(name, value == null ? List.of() : value instanceof List<?> list ? List.copyOf(list) : List.of(value));
		return new Env(context, self, copy);
	}

	List<Object> variable(String name) {
		if (name.equals("this")) {
			return self;
		}
		if (name.equals("roots")) {
			return context.roots();
		}
		if (name.equals("selection")) {
			return context.selection();
		}
		return variables.getOrDefault(name, List.of());
	}
}
