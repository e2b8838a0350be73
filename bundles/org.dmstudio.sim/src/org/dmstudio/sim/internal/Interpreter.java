package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import java.util.List;
import java.util.function.IntConsumer;

import org.dmstudio.model.Errno;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Genpd;
import org.dmstudio.sim.internal.Image.Link;
import org.dmstudio.sim.internal.Image.Rdev;
import org.dmstudio.sim.internal.Image.Supply;
import org.dmstudio.sim.internal.Recipe.Op;

/**
 * Runs recipes: each step calls the kernel subsystem it names. A probe (and what it CALLs) may
 * sleep between steps, so other contexts interleave with it; callbacks the kernel invokes from
 * inside its own functions (runtime PM, genpd hooks, component binds) run to completion.
 */
final class Interpreter {

	private static final class Frame {
		final Recipe recipe;
		final Dev self;
		final Dev client;
		final Genpd pd;
		final boolean atomic;
		final IntConsumer done;
		int pc;
		boolean unwinding;
		int err;

		Frame(Recipe recipe, Dev self, Dev client, Genpd pd, boolean atomic, IntConsumer done) {
			this.recipe = recipe;
			this.self = self;
			this.client = client;
			this.pd = pd;
			this.atomic = atomic;
			this.done = done;
		}
	}

	private final Kernel k;

	Interpreter(Kernel k) {
		this.k = k;
	}

	/** Runs a recipe that may sleep; {@code done} gets its return value. */
	void call(Recipe recipe, Dev self, Dev client, Genpd pd, IntConsumer done) {
		start(new Frame(recipe, self, client, pd, false, done));
	}

	/** Runs a recipe to completion in the current context (a callback). */
	int callNow(Recipe recipe, Dev self, Dev client, Genpd pd) {
		int[] result = new int[1];
		start(new Frame(recipe, self, client, pd, true, r -> result[0] = r));
		return result[0];
	}

	private void start(Frame f) {
		k.enter(f.recipe.name, f.client != null ? f.client.name : f.pd != null ? f.pd.label() : f.self.name);
		ScenarioImage.Fault fault = k.sc.fault(FaultKind.CALLBACK_ERROR, f.self.name, f.recipe.kind);
		if (fault != null && (fault.callback() == null ? CallbackKind.PROBE : fault.callback()) == f.recipe.kind) {
			k.note("fault injected: " + f.recipe.name + " returns " + Errno.name(fault.errno()), f.self.name);
			finish(f, fault.errno());
			return;
		}
		resume(f);
	}

	private void finish(Frame f, int ret) {
		f.done.accept(k.ret(ret));
	}

	private void resume(Frame f) {
		while (true) {
			List<Op> list = f.unwinding ? f.recipe.unwind : f.recipe.steps;
			if (f.pc >= list.size()) {
				finish(f, f.unwinding ? f.err : 0);
				return;
			}
			Op op = list.get(f.pc++);
			if (op.call() == KernelCall.CALL && !f.atomic) {
				Recipe callee = callee(f, op);
				if (callee != null) {
					start(new Frame(callee, f.self, f.client, f.pd, false, r -> {
						if (after(f, op, r)) {
							resume(f);
						}
					}));
					return;
				}
			}
			int r = exec(op, f);
			long cost = cost(op, f);
			if (cost > 0 && !f.atomic) {
				k.sleep(cost, () -> {
					if (after(f, op, r)) {
						resume(f);
					}
				});
				return;
			}
			k.now += cost;
			if (!after(f, op, r)) {
				return;
			}
		}
	}

	/** Goes on after a step: RETURN returns, an error jumps to its unwind label or returns at once. */
	private boolean after(Frame f, Op op, int r) {
		if (f.unwinding) {
			return true;
		}
		if (op.call() == KernelCall.RETURN) {
			finish(f, r);
			return false;
		}
		if (r < 0 && !op.ignoreResult()) {
			if (op.onError() != null && !op.onError().isEmpty()) {
				int index = f.recipe.unwindIndex(op.onError());
				if (index >= 0) {
					f.unwinding = true;
					f.pc = index;
					f.err = r;
					return true;
				}
			}
			finish(f, r);
			return false;
		}
		return true;
	}

	private Recipe callee(Frame f, Op op) {
		return f.self.behaviour == null || op.callee() == null ? null : f.self.behaviour.recipe(op.callee());
	}

	/** Virtual time a step takes: bus transfers to an i2c device are slow, MMIO is fast. */
	private long cost(Op op, Frame f) {
		return switch (op.call()) {
		case REG_READ, REG_WRITE -> "platform".equals(f.self.busName) ? 1_000 : 150_000 + k.jitter(100_000);
		case CLK_GET, CLK_PREPARE_ENABLE, REQUEST_IRQ -> 5_000 + k.jitter(5_000);
		case DRM_SCHED_INIT, REGULATOR_REGISTER, DRM_DEV_REGISTER -> 30_000 + k.jitter(20_000);
		case DELAY -> op.value();
		default -> 0;
		};
	}

	private int exec(Op op, Frame f) {
		Dev self = f.self;
		Runtime rpm = k.rpm;
		switch (op.call()) {
		case PM_RUNTIME_ENABLE -> rpm.pmRuntimeEnable(self);
		case PM_RUNTIME_DISABLE -> rpm.pmRuntimeDisable(self);
		case PM_RUNTIME_SET_ACTIVE -> {
			return rpm.pmRuntimeSetStatus(self, Runtime.ACTIVE);
		}
		case PM_RUNTIME_SET_SUSPENDED -> {
			return rpm.pmRuntimeSetStatus(self, Runtime.SUSPENDED);
		}
		case PM_RUNTIME_GET_SYNC -> {
			return rpm.pmRuntimeGetSync(self);
		}
		case PM_RUNTIME_RESUME_AND_GET -> {
			return rpm.pmRuntimeResumeAndGet(self);
		}
		case PM_RUNTIME_GET_NORESUME -> rpm.pmRuntimeGetNoresume(self);
		case PM_RUNTIME_RESUME -> {
			return rpm.pmRuntimeResume(self);
		}
		case PM_RUNTIME_PUT -> {
			return rpm.pmRuntimePut(self);
		}
		case PM_RUNTIME_PUT_SYNC -> {
			return rpm.pmRuntimePutSync(self);
		}
		case PM_RUNTIME_PUT_NOIDLE -> rpm.pmRuntimePutNoidle(self);
		case PM_RUNTIME_PUT_AUTOSUSPEND -> {
			return rpm.pmRuntimePutAutosuspend(self);
		}
		case PM_RUNTIME_MARK_LAST_BUSY -> rpm.pmRuntimeMarkLastBusy(self);
		case PM_RUNTIME_USE_AUTOSUSPEND -> rpm.pmRuntimeUseAutosuspend(self, true);
		case PM_RUNTIME_SET_AUTOSUSPEND_DELAY -> rpm.pmRuntimeSetAutosuspendDelay(self, op.value());
		case DEV_PM_DOMAIN_ATTACH -> {
			return Math.min(0, k.genpd.genpdDevPmAttach(self));
		}
		case REGULATOR_GET, DEVM_REGULATOR_GET -> {
			return regulatorGet(op, f);
		}
		case REGULATOR_ENABLE -> {
			return regulatorEnable(op, f, true);
		}
		case REGULATOR_DISABLE -> {
			return regulatorEnable(op, f, false);
		}
		case REGULATOR_REGISTER -> {
			for (Rdev rdev : k.img.regulators) {
				if (rdev.provider == self && (op.argument() == null || op.argument().isEmpty()
						|| List.of(op.argument().split("[ ,]+")).contains(rdev.name))) {
					k.regulator.regulatorRegister(rdev);
				}
			}
		}
		case DEVICE_LINK_ADD -> {
			return deviceLinkAdd(op, f);
		}
		case DEVICE_LINK_DEL -> {
			Dev supplier = op.target() == null ? null : k.img.device(op.target());
			Link link = supplier == null ? null : k.img.link(self, supplier);
			if (link != null) {
				k.core.deviceLinkDel(link);
			}
		}
		case COMPONENT_ADD -> {
			return k.component.componentAdd(self);
		}
		case COMPONENT_DEL -> {
			return k.component.componentDel(self);
		}
		case COMPONENT_MASTER_ADD -> {
			return k.component.componentMasterAddWithMatch(self);
		}
		case COMPONENT_BIND_ALL -> {
			return k.component.componentBindAll(self);
		}
		case COMPONENT_UNBIND_ALL -> {
			return k.component.componentUnbindAll(self);
		}
		case REG_READ, REG_WRITE -> registerAccess(op, f);
		case FIELD_SET -> k.set(field(self, op.argument()), 1);
		case FIELD_CLEAR -> k.set(field(self, op.argument()), 0);
		case FIELD_DEREF -> {
			if (!k.is(field(self, op.argument()))) {
				throw k.oops("Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000 ("
						+ op.argument() + " is NULL)", f.recipe.name);
			}
		}
		case FIELD_DEREF_IF_SET -> {
			// The NULL check: nothing to do while the field is unset.
		}
		case VAR_INC -> k.add(var(self, op.argument()), 1);
		case VAR_DEC -> k.add(var(self, op.argument()), -1);
		case VAR_INDEX -> varIndex(op, f);
		case GENPD_ADD_PROVIDER -> k.genpd.ofGenpdAddProvider(self);
		case DEV_ERR_PROBE -> {
			return k.core.devErrProbe(self, op.errno(), op.argument() == null ? "" : op.argument());
		}
		case DEV_INFO -> k.devPrintk(self, message(op.argument(), f));
		case CALL -> {
			Recipe callee = callee(f, op);
			return callee == null ? 0 : callNow(callee, self, f.client, f.pd);
		}
		case RETURN -> {
			return op.errno();
		}
		default -> k.note(op.call().getLiteral(), self.name);
		}
		return 0;
	}

	private String message(String text, Frame f) {
		if (text == null) {
			return "";
		}
		int slot = -1;
		for (int[] owners : f.self.driver == null ? List.<int[]>of() : f.self.driver.arrays.values()) {
			for (int i = 0; i < owners.length; i++) {
				if (k.get(owners[i]) == f.self.index + 1) {
					slot = i;
				}
			}
		}
		return text.replaceFirst("%d", Integer.toString(Math.max(slot, 0))).replaceFirst("%d", "0");
	}

	private int field(Dev self, String name) {
		Integer slot = self.fields.get(name);
		if (slot == null) {
			throw new IllegalStateException("no field " + name + " on " + self.name);
		}
		return slot;
	}

	private int var(Dev self, String name) {
		Integer slot = self.vars.get(name);
		if (slot == null && self.driver != null) {
			slot = self.driver.vars.get(name);
		}
		if (slot == null) {
			throw new IllegalStateException("no variable " + name + " for " + self.name);
		}
		return slot;
	}

	/**
	 * An array access at a variable's value: out of bounds past the allocated length (UBSAN's
	 * report). The entry remembers its device, which exposes a driver that takes entry 0 for
	 * hardware unit 0 when the probe order says otherwise.
	 */
	private void varIndex(Op op, Frame f) {
		Dev self = f.self;
		int index = (int) k.get(var(self, op.argument()));
		int[] owners = self.driver == null ? null : self.driver.arrays.get(op.argument());
		if (owners == null) {
			return;
		}
		if (index < 0 || index >= owners.length) {
			k.printk(null, "UBSAN: array-index-out-of-bounds in " + f.recipe.source);
			k.printk(null, "index " + index + " is out of range for type '[" + owners.length + "]' (indexed by "
					+ op.argument() + ")");
			k.bug("array-index-out-of-bounds in " + f.recipe.name + ": index " + index + " past " + owners.length
					+ " entries (" + op.argument() + ") for " + self.name);
			return;
		}
		k.set(owners[index], self.index + 1);
		if (index == 0 && self.hwIndex != 0) {
			k.bug("entry 0 indexed by " + op.argument() + " is " + self.name + " (hardware unit " + self.hwIndex
					+ "), not hardware unit 0: code that uses entry 0 as unit 0 (rocket's cores[0]) gets the wrong core");
		}
	}

	/** A register access needs the device's power domain on; otherwise the bus errors out (SError/hang). */
	private void registerAccess(Op op, Frame f) {
		Dev self = f.self;
		if (f.pd == null && self.domain != null && !k.genpd.on(self.domain)) {
			k.bug("register " + op.argument() + " of " + self.name + " accessed while " + self.domain.label()
					+ " is off");
		}
	}

	private Supply supply(Dev self, String name) {
		for (Supply s : self.supplies) {
			if (s.name.equals(name)) {
				return s;
			}
		}
		return null;
	}

	/** regulator_get()/devm_of_regulator_get(): for a genpd hook the "domain" supply of the domain being powered. */
	private int regulatorGet(Op op, Frame f) {
		if (f.pd != null) {
			Genpd pd = f.pd;
			if (pd.supply == null || k.is(pd.supplyGot)) {
				return 0;
			}
			int r = k.regulator.regulatorDevLookup(pd.supply, pd.label());
			if (r == 0) {
				k.set(pd.supplyGot, 1);
			}
			return r;
		}
		Supply s = supply(f.self, op.argument());
		if (s == null) {
			k.devPrintk(f.self, op.argument() + "-supply not found, using dummy regulator");
			return 0;
		}
		int r = k.regulator.regulatorDevLookup(s.regulator, f.self.name);
		if (r == 0) {
			k.set(s.got, 1);
		}
		return r;
	}

	private int regulatorEnable(Op op, Frame f, boolean enable) {
		if (f.pd != null) {
			Genpd pd = f.pd;
			if (pd.supply == null || !k.is(pd.supplyGot)) {
				return 0;
			}
			return enable ? k.regulator.regulatorEnable(pd.supply, pd.supplyEnableCount, pd.label())
					: k.regulator.regulatorDisable(pd.supply, pd.supplyEnableCount, pd.label());
		}
		Supply s = supply(f.self, op.argument());
		if (s == null || !k.is(s.got)) {
			return 0;
		}
		return enable ? k.regulator.regulatorEnable(s.regulator, s.enableCount, f.self.name)
				: k.regulator.regulatorDisable(s.regulator, s.enableCount, f.self.name);
	}

	/**
	 * DEVICE_LINK_ADD: in an IOMMU's probe_device the client links to the IOMMU; in a probe, the
	 * device links to the named target, which must have a driver already (-EPROBE_DEFER, as
	 * mtk_smi_device_link_common() and mtk_iommu's larb parsing check).
	 */
	private int deviceLinkAdd(Op op, Frame f) {
		if (op.target() == null) {
			if (f.client == null) {
				return -EINVAL;
			}
			return k.core.deviceLinkAdd(f.client, f.self, op.linkFlags());
		}
		Dev supplier = k.img.device(op.target());
		if (supplier == null) {
			return -ENODEV;
		}
		long state = k.get(supplier.probeState);
		if (state != Dd.BOUND && state != Dd.PROBING) {
			return k.core.devErrProbe(f.self, -EPROBE_DEFER, supplier.name + " has no driver yet");
		}
		return k.core.deviceLinkAdd(f.self, supplier, op.linkFlags());
	}
}
