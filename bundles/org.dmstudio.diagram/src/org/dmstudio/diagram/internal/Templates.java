package org.dmstudio.diagram.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Label templates: literal text with {@code {expression}} parts; list values are joined with ", ". */
public final class Templates {

	private Templates() {
	}

	public static String render(String template, Env env) {
		if (template == null || template.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		int pos = 0;
		while (pos < template.length()) {
			int open = template.indexOf('{', pos);
			if (open < 0) {
				out.append(template, pos, template.length());
				break;
			}
			int close = template.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("template \"" + template + "\": '}' missing");
			}
			out.append(template, pos, open);
			List<Object> values = Expression.of(template.substring(open + 1, close)).evaluate(env);
			out.append(values.stream().map(Expression::text).collect(Collectors.joining(", ")));
			pos = close + 1;
		}
		return out.toString().strip();
	}
}
