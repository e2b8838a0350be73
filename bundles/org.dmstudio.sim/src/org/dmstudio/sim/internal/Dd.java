package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import java.util.List;
import java.util.function.IntConsumer;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Drv;
import org.dmstudio.sim.internal.Image.Supply;

/** drivers/base/dd.c: probing, binding, and the deferred probe lists. */
final class Dd {

	static final int NONE = 0, PROBING = 1, DEFERRED = 2, BOUND = 3, FAILED = 4;
	static final int LIST_NONE = 0, LIST_PENDING = 1, LIST_ACTIVE = 2;

	private final Kernel k;
	private boolean deferredWorkQueued;
	/** deferred_probe_pending_list and deferred_probe_active_list, in list order (mirrored in the deferred list slots). */
	private final java.util.ArrayDeque<Dev> pendingList = new java.util.ArrayDeque<>(), activeList = new java.util.ArrayDeque<>();

	Dd(Kernel k) {
		this.k = k;
	}

	Ctx deferredWq() {
		return k.ctx("kworker/u8:deferred_probe");
	}

	/** driver_probe_device(): under device_lock; a deferral puts the device on the pending list. */
	void driverProbeDevice(Drv drv, Dev dev, IntConsumer done) {
		Kernel.Mutex lock = k.deviceLocks[dev.index];
		k.lock(lock, () -> {
			k.enter("driver_probe_device", dev.name);
			k.add(dev.probeCount, 1);
			long trigger = k.get(k.img.deferredTriggerCount);
			driverProbeDeviceInner(drv, dev, ret -> {
				if (ret == -EPROBE_DEFER) {
					driverDeferredProbeAdd(dev);
					if (trigger != k.get(k.img.deferredTriggerCount)) {
						driverDeferredProbeTrigger();
					}
				}
				k.ret(ret);
				k.unlock(lock);
				done.accept(ret);
			});
		});
	}

	/**
	 * __driver_probe_device(): the suppliers are resumed (pm_runtime_get_suppliers, result
	 * ignored) before really_probe checks the links, so they are resumed even when the consumer
	 * then defers.
	 */
	void driverProbeDeviceInner(Drv drv, Dev dev, IntConsumer done) {
		k.enter("__driver_probe_device", dev.name);
		if (!k.is(dev.added)) {
			done.accept(k.ret(-ENODEV));
			return;
		}
		long state = k.get(dev.probeState);
		if (state == BOUND || state == PROBING) {
			done.accept(k.ret(-EBUSY));
			return;
		}
		k.set(dev.canMatch, 1);
		k.rpm.pmRuntimeGetSuppliers(dev);
		if (dev.parent != null) {
			k.rpm.pmRuntimeGetSync(dev.parent);
		}
		reallyProbe(drv, dev, ret -> {
			k.rpm.pmRequestIdle(dev);
			if (dev.parent != null) {
				k.rpm.pmRuntimePut(dev.parent);
			}
			k.rpm.pmRuntimePutSuppliers(dev);
			done.accept(k.ret(ret));
		});
	}

	void reallyProbe(Drv drv, Dev dev, IntConsumer done) {
		k.enter("really_probe", dev.name);
		int r = k.core.deviceLinksCheckSuppliers(dev);
		if (r == -EPROBE_DEFER) {
			k.set(dev.probeState, DEFERRED);
			k.set(dev.probeError, r);
			done.accept(k.ret(r));
			return;
		}
		k.set(dev.probeState, PROBING);
		r = k.platform.ofDmaConfigure(dev);
		if (r != 0) {
			probeFailed(drv, dev, r);
			done.accept(k.ret(r));
			return;
		}
		k.enter("call_driver_probe", dev.name);
		k.platform.platformProbe(dev, ret -> {
			k.ret(ret);
			if (ret != 0) {
				probeFailed(drv, dev, ret);
				done.accept(k.ret(ret));
				return;
			}
			driverBound(dev);
			List<Dev> clients = dev.children.stream().filter(c -> c.busController == dev).toList();
			addDevices(clients, 0, () -> done.accept(k.ret(0)));
		});
	}

	/** really_probe()'s failure path: links back to no-driver, device_unbind_cleanup(), the message. */
	private void probeFailed(Drv drv, Dev dev, int ret) {
		k.core.deviceLinksNoDriver(dev);
		deviceUnbindCleanup(dev);
		k.set(dev.probeState, ret == -EPROBE_DEFER ? DEFERRED : FAILED);
		k.set(dev.probeError, ret);
		if (ret != -EPROBE_DEFER && ret != -ENODEV && ret != -ENXIO) {
			k.devPrintk(dev, "probe with driver " + drv.name + " failed with error " + ret);
		}
	}

	/** device_unbind_cleanup(): devres_release_all() (devm data and handles), PM domain detach, pm_runtime_reinit(). */
	private void deviceUnbindCleanup(Dev dev) {
		k.enter("device_unbind_cleanup", dev.name);
		for (int slot : dev.vars.values()) {
			k.set(slot, k.img.slots.initial(slot));
		}
		for (int slot : dev.fields.values()) {
			k.set(slot, 0);
		}
		for (Supply supply : dev.supplies) {
			while (k.get(supply.enableCount) > 0) {
				k.regulator.regulatorDisable(supply.regulator, supply.enableCount, dev.name);
			}
			k.set(supply.got, 0);
		}
		k.genpd.genpdDevPmDetach(dev);
		k.rpm.pmRuntimeReinit(dev);
		k.leave();
	}

	/** driver_bound(): links, off the deferred list, and a retry of every deferred device. */
	void driverBound(Dev dev) {
		k.enter("driver_bound", dev.name);
		k.set(dev.probeState, BOUND);
		k.set(dev.probeError, 0);
		k.set(dev.deferReason, 0);
		k.core.deviceLinksDriverBound(dev);
		driverDeferredProbeDel(dev);
		driverDeferredProbeTrigger();
		if (k.get(dev.pdAttached) != 0) {
			k.genpd.genpdQueuePowerOffWork(dev.domain);
		}
		if (dev.behaviour != null && dev.behaviour.callback(CallbackKind.IOMMU_PROBE_DEVICE) != null) {
			k.platform.iommuDeviceRegister(dev);
		}
		k.leave();
	}

	/** device_add() for each device (of_platform_populate, the clients i2c_add_adapter() registers in the adapter's probe). */
	void addDevices(List<Dev> devices, int from, Runnable done) {
		int[] i = { from };
		Kernel.loop(next -> {
			while (i[0] < devices.size() && k.is(devices.get(i[0]).added)) {
				i[0]++;
			}
			if (i[0] == devices.size()) {
				return false;
			}
			Dev dev = devices.get(i[0]++);
			k.enter("device_add", dev.name);
			k.set(dev.added, 1);
			busProbeDevice(dev, () -> {
				k.leave();
				next.run();
			});
			return true;
		}, done);
	}

	/** bus_probe_device() -> device_attach(): probe with the device's driver if it is registered. */
	void busProbeDevice(Dev dev, Runnable done) {
		Drv drv = dev.driver;
		long state = k.get(dev.probeState);
		if (drv == null || !k.is(drv.registered) || state == BOUND || state == PROBING) {
			done.run();
			return;
		}
		k.enter("bus_probe_device", dev.name);
		driverProbeDevice(drv, dev, ret -> {
			k.leave();
			done.run();
		});
	}

	/** driver_register() -> bus_add_driver() -> driver_attach(): every matching device, in order. */
	void driverRegister(Drv drv, Runnable done) {
		k.enter("driver_register", drv.name);
		k.set(drv.registered, 1);
		if (drv.asyncProbe) {
			for (Dev dev : drv.devices) {
				k.queueWork(k.ctx("kworker/u8:async"), k.now, () -> busProbeDevice(dev, () -> {
				}));
			}
			k.leave();
			done.run();
			return;
		}
		attachNext(drv, 0, () -> {
			k.leave();
			done.run();
		});
	}

	private void attachNext(Drv drv, int from, Runnable done) {
		int[] i = { from };
		Kernel.loop(next -> {
			while (i[0] < drv.devices.size()) {
				Dev dev = drv.devices.get(i[0]++);
				long state = k.get(dev.probeState);
				if (k.is(dev.added) && state != BOUND && state != PROBING) {
					driverProbeDevice(drv, dev, ret -> next.run());
					return true;
				}
			}
			return false;
		}, done);
	}

	/** driver_deferred_probe_add(): appended to the pending list once the device could match. */
	void driverDeferredProbeAdd(Dev dev) {
		if (!k.is(dev.canMatch) || k.get(dev.deferList) != LIST_NONE) {
			return;
		}
		k.enter("driver_deferred_probe_add", dev.name);
		k.set(dev.deferList, LIST_PENDING);
		pendingList.add(dev);
		k.set(dev.deferSeq, k.get(k.img.deferredSeqCounter) + 1);
		k.add(k.img.deferredSeqCounter, 1);
		k.leave();
	}

	void driverDeferredProbeDel(Dev dev) {
		if (k.get(dev.deferList) != LIST_NONE) {
			k.set(dev.deferList, LIST_NONE);
			pendingList.remove(dev);
			activeList.remove(dev);
		}
	}

	/** driver_deferred_probe_trigger(): nothing before late_initcall; else pending -> active and queue the work. */
	void driverDeferredProbeTrigger() {
		if (!k.is(k.img.deferredEnabled)) {
			return;
		}
		k.enter("driver_deferred_probe_trigger", null);
		k.add(k.img.deferredTriggerCount, 1);
		for (Dev dev : pendingList) {
			k.set(dev.deferList, LIST_ACTIVE);
			k.set(dev.deferSeq, k.get(k.img.deferredSeqCounter) + 1);
			k.add(k.img.deferredSeqCounter, 1);
		}
		activeList.addAll(pendingList);
		pendingList.clear();
		if (!deferredWorkQueued) {
			deferredWorkQueued = true;
			k.queueWork(deferredWq(), k.now + 1_000, this::deferredProbeWorkFunc);
		}
		k.leave();
	}

	/** deferred_probe_work_func(): each device on the active list, oldest first, through bus_probe_device(). */
	void deferredProbeWorkFunc() {
		deferredWorkQueued = false;
		k.enter("deferred_probe_work_func", null);
		deferredNext();
	}

	private void deferredNext() {
		Kernel.loop(next -> {
			Dev dev = activeList.poll();
			if (dev == null) {
				return false;
			}
			k.set(dev.deferList, LIST_NONE);
			k.set(dev.deferReason, 0);
			busProbeDevice(dev, next);
			return true;
		}, k::leave);
	}

	/** driver_deferred_probe_check_state(): -ENODEV without modules once initcalls are done, -ETIMEDOUT after the timeout. */
	int driverDeferredProbeCheckState(Dev dev) {
		if (!k.sc.modules && k.is(k.img.initcallsDone)) {
			k.devPrintk(dev, "ignoring dependency for device, assuming no driver");
			return -ENODEV;
		}
		if (k.get(k.img.deferredTimeoutS) == 0 && k.is(k.img.initcallsDone)) {
			k.devPrintk(dev, "deferred probe timeout, ignoring dependency");
			return -ETIMEDOUT;
		}
		return -EPROBE_DEFER;
	}

	/** deferred_probe_initcall() (late_initcall): enable the lists, trigger, flush, trigger again. */
	void deferredProbeInitcall(Runnable done) {
		k.enter("deferred_probe_initcall", null);
		k.set(k.img.deferredEnabled, 1);
		driverDeferredProbeTrigger();
		flush(() -> {
			k.set(k.img.initcallsDone, 1);
			driverDeferredProbeTrigger();
			flush(() -> {
				long timeout = k.get(k.img.deferredTimeoutS);
				if (timeout > 0) {
					k.queueWork(k.ctx("kworker/deferred_probe_timeout"), k.now + timeout * 1_000_000_000L,
							this::deferredProbeTimeoutWorkFunc);
				}
				k.leave();
				done.run();
			});
		});
	}

	/** flush_work(&deferred_probe_work): the caller sleeps until the worker has run what is queued. */
	private void flush(Runnable then) {
		Ctx waiter = k.cur;
		k.cur.sleeping = true;
		k.queueWork(deferredWq(), k.now + 1_000, () -> k.timer(waiter, k.now, () -> {
			waiter.sleeping = false;
			then.run();
		}));
	}

	/** deferred_probe_timeout_work_func(): one last trigger, then "deferred probe pending" for the rest. */
	void deferredProbeTimeoutWorkFunc() {
		k.enter("deferred_probe_timeout_work_func", null);
		k.set(k.img.deferredTimeoutS, 0);
		driverDeferredProbeTrigger();
		flush(() -> {
			for (Dev dev : k.img.devices) {
				if (k.get(dev.deferList) != LIST_NONE) {
					long reason = k.get(dev.deferReason);
					k.devPrintk(dev, "deferred probe pending: " + (reason == 0 ? "(reason unknown)" : k.strings.get((int) reason - 1)));
				}
			}
			k.leave();
		});
	}
}
