package org.dmstudio.sim;

import java.util.List;

import org.dmstudio.model.Errno;

/**
 * One step of a trace: a kernel function entered (with its return value once it returned), a
 * printk line, or a bug the engine detected. {@code stack} is the call stack in the step's
 * context, outermost first, joined by " > ".
 */
public record TraceStep(int index, long timeNs, String context, int depth, Kind kind, String function, String object,
		String stack, boolean returned, int ret, List<StateChange> changes) {

	public enum Kind {
		CALL, PRINTK, BUG, NOTE
	}

	/** The return value, with its errno name when negative ("-EPROBE_DEFER"), or null while the function had not returned. */
	public String retName() {
		return !returned ? null : ret > 0 ? Integer.toString(ret) : Errno.name(ret);
	}
}
