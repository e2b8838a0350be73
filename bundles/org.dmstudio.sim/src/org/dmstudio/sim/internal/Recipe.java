package org.dmstudio.sim.internal;

import java.util.List;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.KernelCall;

/** A driver function as data (compiled from a behaviour Recipe or written in the driver library). */
public final class Recipe {

	/** One statement: a kernel call with its argument, or a CALL/RETURN. */
	public record Op(KernelCall call, String argument, long value, int errno, int linkFlags, String target, String callee,
			String label, String onError, boolean ignoreResult, String comment) {

		public static Op of(KernelCall call) {
			return new Op(call, null, 0, 0, 0, null, null, null, null, false, null);
		}

		public Op arg(String a) {
			return new Op(call, a, value, errno, linkFlags, target, callee, label, onError, ignoreResult, comment);
		}

		public Op value(long v) {
			return new Op(call, argument, v, errno, linkFlags, target, callee, label, onError, ignoreResult, comment);
		}

		public Op errno(int e) {
			return new Op(call, argument, value, e, linkFlags, target, callee, label, onError, ignoreResult, comment);
		}

		public Op flags(int f) {
			return new Op(call, argument, value, errno, f, target, callee, label, onError, ignoreResult, comment);
		}

		public Op callee(String c) {
			return new Op(call, argument, value, errno, linkFlags, target, c, label, onError, ignoreResult, comment);
		}

		public Op label(String l) {
			return new Op(call, argument, value, errno, linkFlags, target, callee, l, onError, ignoreResult, comment);
		}

		public Op onError(String l) {
			return new Op(call, argument, value, errno, linkFlags, target, callee, label, l, ignoreResult, comment);
		}

		public Op ignore() {
			return new Op(call, argument, value, errno, linkFlags, target, callee, label, onError, true, comment);
		}
	}

	public final String name;
	public final CallbackKind kind;
	public final String source;
	public final List<Op> steps;
	public final List<Op> unwind;

	public Recipe(String name, CallbackKind kind, String source, List<Op> steps, List<Op> unwind) {
		this.name = name;
		this.kind = kind;
		this.source = source;
		this.steps = List.copyOf(steps);
		this.unwind = List.copyOf(unwind);
	}

	/** The index of the unwind step labelled {@code label}, or -1. */
	int unwindIndex(String label) {
		for (int i = 0; i < unwind.size(); i++) {
			if (label.equals(unwind.get(i).label())) {
				return i;
			}
		}
		return -1;
	}
}
