package org.dmstudio.sim.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One simulated boot: the state array, virtual time, the execution contexts with their work
 * queues, the event queue, and the trace. The kernel subsystems (one class per kernel file) hang
 * off it and share it.
 */
public final class Kernel {

	/** A kernel oops: the context that hit it dies with its work item, as a kworker would. */
	static final class Oops extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Oops(String message) {
			super(message, null, false, false);
		}
	}

	private record Event(long time, long seq, Ctx ctx, Runnable action, boolean work) {
	}

	/** struct mutex: one owner, FIFO waiters that resume in their own context. */
	static final class Mutex {
		final String name;
		Ctx owner;
		final ArrayDeque<Object[]> waiters = new ArrayDeque<>();

		Mutex(String name) {
			this.name = name;
		}
	}

	public final Image img;
	public final ScenarioImage sc;
	final long[] s;
	final TraceLog log;
	final SplittableRandom rng;
	long now;
	private long seq;
	private final PriorityQueue<Event> events = new PriorityQueue<>(
			(a, b) -> a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
	Ctx cur;
	private final Map<String, Ctx> contexts = new HashMap<>();
	final List<String> dmesg = new ArrayList<>();
	final List<String> bugs = new ArrayList<>();
	final List<String> strings = new ArrayList<>();
	final Mutex[] deviceLocks;
	/**
	 * Exploration: instead of the seed, each choice point (an initcall order, a timing jitter)
	 * takes its value from this script, -1 or past its end meaning the default; null uses the seed.
	 */
	private int[] script;
	private int choices;
	private int[] arities = new int[64];
	private int[] defaults = new int[64];
	/** A hash of the order in which the contexts ran their events: equal for equal interleavings. */
	private long orderHash = 1;

	final Dd dd;
	final DeviceCore core;
	final Runtime rpm;
	final PmDomain genpd;
	final RegulatorCore regulator;
	final Component component;
	final Platform platform;
	final Interpreter interp;
	final SchedMain sched;
	final RocketJob rocket;
	final Init init;

	public Kernel(Image img, long seed, boolean tracing) {
		this.img = img;
		this.sc = img.scenario;
		this.s = img.slots.newState();
		this.log = tracing ? new TraceLog(s) : null;
		this.rng = new SplittableRandom(seed);
		this.deviceLocks = new Mutex[img.devices.size()];
		for (Image.Dev dev : img.devices) {
			deviceLocks[dev.index] = new Mutex("device_lock(" + dev.name + ")");
		}
		this.dd = new Dd(this);
		this.core = new DeviceCore(this);
		this.rpm = new Runtime(this);
		this.genpd = new PmDomain(this);
		this.regulator = new RegulatorCore(this);
		this.component = new Component(this);
		this.platform = new Platform(this);
		this.interp = new Interpreter(this);
		this.sched = new SchedMain(this);
		this.rocket = new RocketJob(this);
		this.init = new Init(this);
		this.cur = ctx("swapper/0");
	}

	// ---- state

	long get(int slot) {
		return s[slot];
	}

	boolean is(int slot) {
		return s[slot] != 0;
	}

	void set(int slot, long value) {
		long old = s[slot];
		if (old != value) {
			if (log != null) {
				log.addDelta(slot, old, value, cur.currentStep(), s);
			}
			s[slot] = value;
		}
	}

	void add(int slot, long delta) {
		set(slot, s[slot] + delta);
	}

	long intern(String text) {
		strings.add(text);
		return strings.size();
	}

	// ---- call stack and trace

	/** Enters a kernel function: pushes it on the current context's stack and opens a trace step. */
	void enter(String function, String object) {
		int step = log == null ? -1
				: log.addStep(now, TraceLog.CALL, cur.name, cur.stackString() + (cur.depth > 0 ? " > " : "") + function,
						function, object, cur.depth);
		cur.push(function, step);
	}

	/** Leaves the current function with its return value (the step records it with its errno name). */
	int ret(int value) {
		if (log != null) {
			log.setReturn(cur.currentStep(), value);
		}
		cur.depth--;
		return value;
	}

	void leave() {
		cur.depth--;
	}

	void note(String text, String object) {
		if (log != null) {
			log.addStep(now, TraceLog.NOTE, cur.name, cur.stackString(), text, object, cur.depth);
		}
	}

	/** printk: a dmesg line as the kernel prints it, e.g. "rocket fdab0000.npu: probe ... failed". */
	void printk(String prefix, String message) {
		String line = (prefix == null || prefix.isEmpty() ? "" : prefix + ": ") + message;
		dmesg.add(timestamp(now) + " " + line);
		if (log != null) {
			log.addStep(now, TraceLog.PRINTK, cur.name, cur.stackString(), line, prefix, cur.depth);
		}
	}

	void devPrintk(Image.Dev dev, String message) {
		printk(driverName(dev) + " " + dev.name, message);
	}

	String driverName(Image.Dev dev) {
		return dev.driver == null ? dev.busName : dev.driver.name;
	}

	/** A kernel bug the engine detected (NULL dereference, out of bounds, unbalanced PM, a race). */
	void bug(String text) {
		bugs.add(text);
		if (log != null) {
			log.addStep(now, TraceLog.BUG, cur.name, cur.stackString(), text, null, cur.depth);
		}
	}

	/** Prints an oops with the current call trace and kills the running work item. */
	Oops oops(String headline, String pc) {
		bug(headline + " in " + pc);
		printk(null, headline);
		printk(null, "pc : " + pc);
		printk(null, "Call trace:");
		printk(null, " " + pc);
		for (int i = cur.depth - 1; i >= 0; i--) {
			printk(null, " " + cur.stack[i]);
		}
		return new Oops(headline);
	}

	static String timestamp(long ns) {
		long us = ns / 1000;
		return String.format("[%5d.%06d]", us / 1_000_000, us % 1_000_000);
	}

	// ---- contexts, work and time

	Ctx ctx(String name) {
		return contexts.computeIfAbsent(name, Ctx::new);
	}

	long jitter(long max) {
		if (max <= 0) {
			return 0;
		}
		return script == null ? rng.nextLong(max + 1) : choose(3, 1) * max / 2;
	}

	boolean scripted() {
		return script != null;
	}

	/** A choice point with {@code n} alternatives: the script's value, else {@code dflt}. */
	int choose(int n, int dflt) {
		int pos = choices++;
		if (pos == arities.length) {
			arities = java.util.Arrays.copyOf(arities, pos * 2);
			defaults = java.util.Arrays.copyOf(defaults, pos * 2);
		}
		arities[pos] = n;
		defaults[pos] = dflt;
		int v = pos < script.length ? script[pos] : -1;
		return v < 0 ? dflt : Math.min(v, n - 1);
	}

	/** queue_work(): the item runs in {@code ctx} once the items before it have finished. */
	void queueWork(Ctx ctx, long at, Runnable work) {
		events.add(new Event(Math.max(at, now), seq++, ctx, work, true));
	}

	/** Runs {@code action} in {@code ctx} at time {@code at}, not serialised with its work (a timer, a hard IRQ). */
	void timer(Ctx ctx, long at, Runnable action) {
		events.add(new Event(Math.max(at, now), seq++, ctx, action, false));
	}

	/** The running work item sleeps (msleep, a slow bus transfer) and continues in its context later. */
	void sleep(long ns, Runnable continuation) {
		cur.sleeping = true;
		Ctx ctx = cur;
		events.add(new Event(now + ns, seq++, ctx, () -> {
			ctx.sleeping = false;
			continuation.run();
		}, false));
	}

	void lock(Mutex m, Runnable continuation) {
		if (m.owner == null || m.owner == cur) {
			m.owner = cur;
			continuation.run();
		} else {
			cur.sleeping = true;
			m.waiters.add(new Object[] { cur, continuation });
		}
	}

	void unlock(Mutex m) {
		m.owner = null;
		Object[] next = m.waiters.poll();
		if (next != null) {
			Ctx ctx = (Ctx) next[0];
			m.owner = ctx;
			Runnable continuation = (Runnable) next[1];
			events.add(new Event(now, seq++, ctx, () -> {
				ctx.sleeping = false;
				continuation.run();
			}, false));
		}
	}

	/**
	 * An asynchronous loop: {@code step} starts one iteration and returns true (the iteration calls
	 * its Runnable when done, now or after sleeping), or returns false when there is nothing left.
	 * Iterations that finish at once do not deepen the Java stack.
	 */
	static void loop(java.util.function.Predicate<Runnable> step, Runnable done) {
		new Object() {
			void run() {
				while (true) {
					boolean[] state = new boolean[2];
					Runnable next = () -> {
						if (state[0]) {
							run();
						} else {
							state[1] = true;
						}
					};
					if (!step.test(next)) {
						done.run();
						return;
					}
					state[0] = true;
					if (!state[1]) {
						return;
					}
				}
			}
		}.run();
	}

	/** Runs the event loop until no event is left or virtual time passes {@code endNs}. */
	void run(long endNs) {
		while (!events.isEmpty()) {
			Event e = events.peek();
			if (e.time > endNs) {
				break;
			}
			events.poll();
			now = Math.max(now, e.time);
			if (e.work) {
				if (e.ctx.busy) {
					e.ctx.work.add(e.action);
					continue;
				}
				e.ctx.busy = true;
			}
			cur = e.ctx;
			orderHash = orderHash * 31 + e.ctx.name.hashCode();
			try {
				e.action.run();
			} catch (Oops oops) {
				cur.sleeping = false;
				cur.depth = 0;
			}
			if (cur.busy && !cur.sleeping) {
				finishWork(cur);
			}
		}
	}

	private void finishWork(Ctx ctx) {
		ctx.depth = 0;
		Runnable next = ctx.work.poll();
		if (next == null) {
			ctx.busy = false;
		} else {
			events.add(new Event(now, seq++, ctx, next, false));
		}
	}

	// ---- the run, for org.dmstudio.sim.Simulator

	/** Queues the boot and the scenario's stimuli. */
	public void start() {
		init.boot();
		for (ScenarioImage.RpmCall call : sc.rpmCalls) {
			Image.Dev dev = img.device(call.device());
			if (dev != null) {
				queueWork(ctx("sysfs " + dev.name), call.timeNs(), () -> interp.callNow(new Recipe(call.call().getLiteral(),
						org.dmstudio.model.behaviour.CallbackKind.HELPER, "userspace", java.util.List.of(Recipe.Op.of(call.call())),
						java.util.List.of()), dev, null, null));
			}
		}
		rocket.start();
	}

	/** Runs until virtual time {@code endNs} or until nothing is left to do. */
	public void runUntil(long endNs) {
		run(endNs);
	}

	/** A device field for expectations: probe state, probe error, runtime_error, runtime status, usage count, defer reason. */
	public String deviceValue(String device, String what) {
		Image.Dev dev = img.device(device);
		if (dev == null) {
			return null;
		}
		return switch (what) {
		case "probe state" -> org.dmstudio.sim.StateField.PROBE_STATE.format(s[dev.probeState], null);
		case "probe error" -> Long.toString(s[dev.probeError]);
		case "runtime_error" -> Long.toString(s[dev.runtimeError]);
		case "runtime_status" -> org.dmstudio.sim.StateField.RPM_STATUS.format(s[dev.rpmStatus], null);
		case "usage_count" -> Long.toString(s[dev.usageCount]);
		case "defer reason" -> s[dev.deferReason] == 0 ? null : strings.get((int) s[dev.deferReason] - 1);
		default -> null;
		};
	}

	/** The finished-fence error of a job (0 if it signalled cleanly), or null if no such job finished. */
	public Integer jobFenceError(String job) {
		return rocket.fenceError(job);
	}

	public void setScript(int[] script) {
		this.script = script;
	}

	/** The choice points this run met: their number of alternatives and default, in order. */
	public int[][] choicePoints() {
		return new int[][] { java.util.Arrays.copyOf(arities, choices), java.util.Arrays.copyOf(defaults, choices) };
	}

	public long orderHash() {
		return orderHash;
	}

	// ---- results

	public List<String> dmesg() {
		return dmesg;
	}

	public List<String> bugs() {
		return bugs;
	}

	public TraceLog log() {
		return log;
	}

	public long[] state() {
		return s;
	}

	public long now() {
		return now;
	}

	public List<String> strings() {
		return strings;
	}
}
