package org.dmstudio.diagram.trace;

import org.dmstudio.model.Errno;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;

/**
 * Finds a step of a trace from what a user types: {@code 42} (a step index), {@code last},
 * {@code born:-EPROBE_DEFER} (where the errno is first returned, the innermost call) or
 * {@code -EINVAL@fdab0000.npu} (the first call on that object returning the errno).
 */
public final class StepQuery {

	public static final String SYNTAX = "N, last, born:ERRNO or ERRNO@OBJECT";

	private StepQuery() {
	}

	/** The step index; throws IllegalArgumentException with a message for the user when there is none. */
	public static int resolve(Trace trace, String query) {
		if (trace.size() == 0) {
			throw new IllegalArgumentException("the trace is empty");
		}
		String text = query == null ? "last" : query.strip();
		if (text.equals("last")) {
			return trace.size() - 1;
		}
		if (text.matches("\\d+")) {
			int step = Integer.parseInt(text);
			if (step >= trace.size()) {
				throw new IllegalArgumentException("step " + step + " is past the end (the trace has " + trace.size() + " steps)");
			}
			return step;
		}
		if (text.startsWith("born:")) {
			int errno = errno(text.substring("born:".length()));
			int step = trace.firstReturning(errno);
			if (step < 0) {
				throw new IllegalArgumentException("no call returns " + Errno.name(errno));
			}
			return step;
		}
		int at = text.indexOf('@');
		if (at > 0 && at < text.length() - 1) {
			int errno = errno(text.substring(0, at));
			String object = text.substring(at + 1);
			int step = trace.find(0, true, s -> s.kind() == TraceStep.Kind.CALL && s.returned() && s.ret() == errno
					&& object.equals(s.object()));
			if (step < 0) {
				throw new IllegalArgumentException("no call on " + object + " returns " + Errno.name(errno));
			}
			return step;
		}
		throw new IllegalArgumentException("unknown step '" + text + "' (" + SYNTAX + ")");
	}

	private static int errno(String text) {
		try {
			return Errno.parse(text);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown errno '" + text + "'");
		}
	}
}
