package org.dmstudio.sim.internal;

import java.util.ArrayDeque;

/**
 * An execution context as the kernel has them (the init task running initcalls, a kworker, a
 * threaded IRQ handler, a workqueue): it runs its work items one at a time, in order; a work item
 * may sleep, and the context stays busy until the item finishes.
 */
public final class Ctx {

	final String name;
	final ArrayDeque<Runnable> work = new ArrayDeque<>();
	boolean busy;
	/** A continuation of the current work item is scheduled: the item is still running. */
	boolean sleeping;
	String[] stack = new String[32];
	int[] openStep = new int[32];
	int depth;

	Ctx(String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	void push(String fn, int step) {
		if (depth == stack.length) {
			stack = java.util.Arrays.copyOf(stack, depth * 2);
			openStep = java.util.Arrays.copyOf(openStep, depth * 2);
		}
		stack[depth] = fn;
		openStep[depth] = step;
		depth++;
	}

	String stackString() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			if (i > 0) {
				b.append(" > ");
			}
			b.append(stack[i]);
		}
		return b.toString();
	}

	int currentStep() {
		return depth == 0 ? -1 : openStep[depth - 1];
	}
}
