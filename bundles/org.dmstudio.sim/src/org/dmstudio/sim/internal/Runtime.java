package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Link;

/** drivers/base/power/runtime.c (and the inline helpers of include/linux/pm_runtime.h). */
final class Runtime {

	static final int ACTIVE = 0, RESUMING = 1, SUSPENDED = 2, SUSPENDING = 3, INVALID = -1;
	static final int REQ_NONE = 0, REQ_IDLE = 1, REQ_SUSPEND = 2, REQ_AUTOSUSPEND = 3, REQ_RESUME = 4;
	static final int RPM_ASYNC = 1, RPM_NOWAIT = 2, RPM_GET_PUT = 4, RPM_AUTO = 8;
	static final long PM_WQ_LATENCY_NS = 20_000;

	private final Kernel k;

	Runtime(Kernel k) {
		this.k = k;
	}

	private Ctx pmWq() {
		return k.ctx("kworker/pm_wq");
	}

	boolean enabled(Dev dev) {
		return k.get(dev.disableDepth) == 0;
	}

	/** rpm_resume(): the order of checks is the kernel's; runtime_error wins over everything. */
	int rpmResume(Dev dev, int flags) {
		k.enter("rpm_resume", dev.name);
		if (k.get(dev.runtimeError) != 0) {
			return k.ret(-EINVAL);
		}
		if (k.get(dev.disableDepth) > 0) {
			if (k.get(dev.rpmStatus) == ACTIVE && k.get(dev.lastStatus) == ACTIVE) {
				return k.ret(1);
			}
			return k.ret(-EACCES);
		}
		k.set(dev.request, REQ_NONE);
		k.set(dev.timerExpires, 0);
		long status = k.get(dev.rpmStatus);
		if (status == ACTIVE) {
			return k.ret(1);
		}
		if (status == RESUMING || status == SUSPENDING) {
			// A transition of this device is in progress further up this call chain.
			return k.ret(-EINPROGRESS);
		}
		if ((flags & RPM_ASYNC) != 0) {
			queueRequest(dev, REQ_RESUME);
			return k.ret(0);
		}
		Dev parent = dev.parent;
		int retval = 0;
		if (parent != null && !dev.irqSafe) {
			k.add(parent.usageCount, 1);
			if (enabled(parent) && !parent.ignoreChildren) {
				rpmResume(parent, 0);
				if (k.get(parent.rpmStatus) != ACTIVE) {
					retval = -EBUSY;
				}
			}
		}
		if (retval == 0 && !dev.noCallbacks) {
			k.set(dev.rpmStatus, RESUMING);
			retval = rpmCallback(CallbackKind.RUNTIME_RESUME, dev);
		}
		if (retval != 0) {
			k.set(dev.rpmStatus, SUSPENDED);
			k.set(dev.request, REQ_NONE);
		} else {
			k.set(dev.rpmStatus, ACTIVE);
			k.set(dev.lastBusy, k.now);
			if (parent != null) {
				k.add(parent.childCount, 1);
			}
		}
		if (parent != null && !dev.irqSafe) {
			pmRuntimePut(parent);
		}
		if (retval >= 0) {
			rpmIdle(dev, RPM_ASYNC);
		}
		return k.ret(retval);
	}

	/**
	 * rpm_callback(): maps -EACCES to -EAGAIN and, under the mainline rule, makes every error but
	 * -EAGAIN and -EBUSY sticky in runtime_error (so -EPROBE_DEFER sticks). Under the proposed
	 * SUSPEND_ONLY rule only rpm_suspend() stores it.
	 */
	int rpmCallback(CallbackKind kind, Dev dev) {
		k.enter("rpm_callback", dev.name);
		int retval = rpmCallbackInner(kind, dev);
		if (retval == -EACCES) {
			retval = -EAGAIN;
		}
		if (k.sc.stickyOnAnyCallback && retval != 0 && retval != -EAGAIN && retval != -EBUSY) {
			k.set(dev.runtimeError, retval);
		}
		return k.ret(retval);
	}

	/** __rpm_callback(): suppliers first when resuming (rpm_get_suppliers), then the callback. */
	private int rpmCallbackInner(CallbackKind kind, Dev dev) {
		k.enter("__rpm_callback", dev.name);
		boolean resuming = k.get(dev.rpmStatus) == RESUMING;
		if (k.get(dev.linksCount) > 0 && resuming) {
			int r = rpmGetSuppliers(dev);
			if (r != 0) {
				rpmPutSuppliers(dev, true);
				return k.ret(r);
			}
		}
		int retval = callback(kind, dev);
		if (k.get(dev.linksCount) > 0 && ((resuming && retval != 0) || (!resuming && retval == 0))) {
			rpmPutSuppliers(dev, false);
		}
		return k.ret(retval);
	}

	/** RPM_GET_CALLBACK: the PM domain's ops come first (genpd), then the bus, which calls the driver's. */
	int callback(CallbackKind kind, Dev dev) {
		if (k.get(dev.pdAttached) != 0) {
			return kind == CallbackKind.RUNTIME_RESUME ? k.genpd.genpdRuntimeResume(dev) : k.genpd.genpdRuntimeSuspend(dev);
		}
		return driverCallback(kind, dev);
	}

	/** pm_generic_runtime_resume/suspend(): the driver's callback if it has one, else 0. */
	int driverCallback(CallbackKind kind, Dev dev) {
		long state = k.get(dev.probeState);
		if (dev.behaviour == null || (state != Dd.PROBING && state != Dd.BOUND)) {
			return 0;
		}
		Recipe recipe = dev.behaviour.callback(kind);
		return recipe == null ? 0 : k.interp.callNow(recipe, dev, null, null);
	}

	/** rpm_get_suppliers(): pm_runtime_get_sync() on each PM_RUNTIME supplier; -EACCES is ignored. */
	int rpmGetSuppliers(Dev dev) {
		k.enter("rpm_get_suppliers", dev.name);
		for (Link link : dev.suppliers) {
			if (!k.is(link.exists) || (k.get(link.flags) & DeviceCore.DL_PM_RUNTIME) == 0
					|| k.get(link.state) == DeviceCore.SUPPLIER_UNBIND) {
				continue;
			}
			int r = pmRuntimeGetSync(link.supplier);
			if (r < 0 && r != -EACCES) {
				pmRuntimePutNoidle(link.supplier);
				return k.ret(r);
			}
			k.add(link.rpmActive, 1);
		}
		return k.ret(0);
	}

	/** __rpm_put_suppliers(): pm_runtime_release_supplier() per link, then an idle request if asked. */
	void rpmPutSuppliers(Dev dev, boolean tryToSuspend) {
		k.enter(tryToSuspend ? "rpm_put_suppliers" : "__rpm_put_suppliers", dev.name);
		for (Link link : dev.suppliers) {
			if (!k.is(link.exists) || (k.get(link.flags) & DeviceCore.DL_PM_RUNTIME) == 0) {
				continue;
			}
			while (k.get(link.rpmActive) > 1) {
				k.add(link.rpmActive, -1);
				pmRuntimePutNoidle(link.supplier);
			}
			if (tryToSuspend) {
				rpmIdle(link.supplier, RPM_ASYNC);
			}
		}
		k.leave();
	}

	/** rpm_check_suspend_allowed(). */
	private int checkSuspendAllowed(Dev dev) {
		if (k.get(dev.runtimeError) != 0) {
			return -EINVAL;
		}
		if (k.get(dev.disableDepth) > 0) {
			return -EACCES;
		}
		if (k.get(dev.usageCount) > 0) {
			return -EAGAIN;
		}
		if (!dev.ignoreChildren && k.get(dev.childCount) > 0) {
			return -EBUSY;
		}
		if (k.get(dev.request) == REQ_RESUME) {
			return -EAGAIN;
		}
		if (k.get(dev.rpmStatus) == SUSPENDED) {
			return 1;
		}
		return 0;
	}

	/** rpm_idle(): no ->runtime_idle callbacks are modelled, so it goes on to rpm_suspend(RPM_AUTO). */
	int rpmIdle(Dev dev, int flags) {
		k.enter("rpm_idle", dev.name);
		int r = checkSuspendAllowed(dev);
		if (r < 0) {
			return k.ret(r);
		}
		if (r == 1 || k.get(dev.rpmStatus) != ACTIVE) {
			return k.ret(-EAGAIN);
		}
		if ((flags & RPM_ASYNC) != 0) {
			queueRequest(dev, REQ_IDLE);
			return k.ret(0);
		}
		return k.ret(rpmSuspend(dev, flags | RPM_AUTO));
	}

	/** pm_runtime_autosuspend_expiration(). */
	long autosuspendExpiration(Dev dev) {
		if (!k.is(dev.useAutosuspend) || k.get(dev.autosuspendDelay) < 0) {
			return 0;
		}
		long expires = k.get(dev.lastBusy) + k.get(dev.autosuspendDelay) * 1_000_000L;
		return expires > k.now ? expires : 0;
	}

	int rpmSuspend(Dev dev, int flags) {
		k.enter("rpm_suspend", dev.name);
		int r = checkSuspendAllowed(dev);
		if (r != 0) {
			return k.ret(r);
		}
		long status = k.get(dev.rpmStatus);
		if (status == RESUMING) {
			return k.ret(-EAGAIN);
		}
		if ((flags & RPM_AUTO) != 0 && status != SUSPENDING) {
			long expires = autosuspendExpiration(dev);
			if (expires != 0) {
				k.set(dev.request, REQ_NONE);
				long armed = k.get(dev.timerExpires);
				if (armed == 0 || armed > expires) {
					k.set(dev.timerExpires, expires);
					k.timer(k.ctx("hrtimer"), expires, () -> pmSuspendTimerFn(dev, expires));
				}
				return k.ret(0);
			}
		}
		if (status == SUSPENDING) {
			return k.ret(-EINPROGRESS);
		}
		if ((flags & RPM_ASYNC) != 0) {
			queueRequest(dev, (flags & RPM_AUTO) != 0 ? REQ_AUTOSUSPEND : REQ_SUSPEND);
			return k.ret(0);
		}
		k.set(dev.request, REQ_NONE);
		int retval = 0;
		if (!dev.noCallbacks) {
			k.set(dev.rpmStatus, SUSPENDING);
			retval = rpmCallback(CallbackKind.RUNTIME_SUSPEND, dev);
		}
		if (retval != 0) {
			k.set(dev.rpmStatus, ACTIVE);
			if (!k.sc.stickyOnAnyCallback && retval != -EAGAIN && retval != -EBUSY) {
				k.set(dev.runtimeError, retval);
			}
			return k.ret(retval);
		}
		k.set(dev.rpmStatus, SUSPENDED);
		k.set(dev.timerExpires, 0);
		Dev parent = dev.parent;
		if (parent != null && k.get(parent.childCount) > 0) {
			k.add(parent.childCount, -1);
			if (!parent.ignoreChildren) {
				rpmIdle(parent, RPM_ASYNC);
			}
		}
		rpmSuspendSuppliers(dev);
		return k.ret(0);
	}

	/** rpm_suspend_suppliers(): an idle request to each PM_RUNTIME supplier. */
	private void rpmSuspendSuppliers(Dev dev) {
		for (Link link : dev.suppliers) {
			if (k.is(link.exists) && (k.get(link.flags) & DeviceCore.DL_PM_RUNTIME) != 0) {
				rpmIdle(link.supplier, RPM_ASYNC);
			}
		}
	}

	/** pm_suspend_timer_fn(): the autosuspend hrtimer queues an RPM_REQ_AUTOSUSPEND. */
	private void pmSuspendTimerFn(Dev dev, long expires) {
		if (k.get(dev.timerExpires) != expires) {
			return;
		}
		k.enter("pm_suspend_timer_fn", dev.name);
		k.set(dev.timerExpires, 0);
		queueRequest(dev, REQ_AUTOSUSPEND);
		k.leave();
	}

	private void queueRequest(Dev dev, int request) {
		boolean queued = k.get(dev.request) != REQ_NONE;
		k.set(dev.request, request);
		if (!queued) {
			k.queueWork(pmWq(), k.now + PM_WQ_LATENCY_NS + k.jitter(k.sc.jitterNs / 10), () -> pmRuntimeWork(dev));
		}
	}

	/** pm_runtime_work(): the pm_wq worker runs the pending request with RPM_NOWAIT. */
	private void pmRuntimeWork(Dev dev) {
		int request = (int) k.get(dev.request);
		if (request == REQ_NONE) {
			return;
		}
		k.enter("pm_runtime_work", dev.name);
		k.set(dev.request, REQ_NONE);
		switch (request) {
		case REQ_IDLE -> rpmIdle(dev, RPM_NOWAIT);
		case REQ_SUSPEND -> rpmSuspend(dev, RPM_NOWAIT);
		case REQ_AUTOSUSPEND -> rpmSuspend(dev, RPM_NOWAIT | RPM_AUTO);
		default -> rpmResume(dev, RPM_NOWAIT);
		}
		k.leave();
	}

	// ---- entry points

	int pmRuntimeGetSync(Dev dev) {
		k.enter("pm_runtime_get_sync", dev.name);
		k.add(dev.usageCount, 1);
		return k.ret(rpmResume(dev, 0));
	}

	int pmRuntimeResumeAndGet(Dev dev) {
		k.enter("pm_runtime_resume_and_get", dev.name);
		k.add(dev.usageCount, 1);
		int r = rpmResume(dev, 0);
		if (r < 0) {
			pmRuntimePutNoidle(dev);
			return k.ret(r);
		}
		return k.ret(0);
	}

	int pmRuntimeResume(Dev dev) {
		k.enter("pm_runtime_resume", dev.name);
		return k.ret(rpmResume(dev, 0));
	}

	void pmRuntimeGetNoresume(Dev dev) {
		k.add(dev.usageCount, 1);
	}

	void pmRuntimePutNoidle(Dev dev) {
		if (k.get(dev.usageCount) > 0) {
			k.add(dev.usageCount, -1);
		}
	}

	/** rpm_drop_usage_count(): the underflow warning, -EINVAL; 0 while references remain. */
	private int dropUsageCount(Dev dev) {
		if (k.get(dev.usageCount) <= 0) {
			k.devPrintk(dev, "Runtime PM usage count underflow!");
			k.bug("Runtime PM usage count underflow on " + dev.name);
			return -EINVAL;
		}
		k.add(dev.usageCount, -1);
		return k.get(dev.usageCount) > 0 ? 0 : 1;
	}

	int pmRuntimePut(Dev dev) {
		k.enter("pm_runtime_put", dev.name);
		int r = dropUsageCount(dev);
		return k.ret(r <= 0 ? r : rpmIdle(dev, RPM_ASYNC));
	}

	int pmRuntimePutSync(Dev dev) {
		k.enter("pm_runtime_put_sync", dev.name);
		int r = dropUsageCount(dev);
		return k.ret(r <= 0 ? r : rpmIdle(dev, 0));
	}

	int pmRuntimePutAutosuspend(Dev dev) {
		k.enter("pm_runtime_put_autosuspend", dev.name);
		k.set(dev.lastBusy, k.now);
		int r = dropUsageCount(dev);
		return k.ret(r <= 0 ? r : rpmSuspend(dev, RPM_ASYNC | RPM_AUTO));
	}

	void pmRuntimeMarkLastBusy(Dev dev) {
		k.set(dev.lastBusy, k.now);
	}

	void pmRuntimeUseAutosuspend(Dev dev, boolean use) {
		k.set(dev.useAutosuspend, use ? 1 : 0);
	}

	void pmRuntimeSetAutosuspendDelay(Dev dev, long ms) {
		k.set(dev.autosuspendDelay, ms);
	}

	int pmRequestIdle(Dev dev) {
		k.enter("pm_request_idle", dev.name);
		return k.ret(rpmIdle(dev, RPM_ASYNC));
	}

	/** pm_runtime_enable(): "Unbalanced pm_runtime_enable!" when it is already enabled. */
	void pmRuntimeEnable(Dev dev) {
		k.enter("pm_runtime_enable", dev.name);
		long depth = k.get(dev.disableDepth);
		if (depth == 0) {
			k.devPrintk(dev, "Unbalanced pm_runtime_enable!");
			k.bug("Unbalanced pm_runtime_enable! on " + dev.name);
		} else {
			k.set(dev.disableDepth, depth - 1);
			if (depth == 1) {
				k.set(dev.lastStatus, INVALID);
			}
		}
		k.leave();
	}

	/** __pm_runtime_disable(dev, true). */
	void pmRuntimeDisable(Dev dev) {
		k.enter("pm_runtime_disable", dev.name);
		long depth = k.get(dev.disableDepth);
		if (depth == 0) {
			if (k.get(dev.request) == REQ_RESUME) {
				rpmResume(dev, 0);
			}
			k.set(dev.request, REQ_NONE);
			k.set(dev.timerExpires, 0);
			k.set(dev.lastStatus, k.get(dev.rpmStatus));
		}
		k.set(dev.disableDepth, depth + 1);
		k.leave();
	}

	/** __pm_runtime_set_status(): allowed only while disabled or with runtime_error set, which it clears on success. */
	int pmRuntimeSetStatus(Dev dev, int status) {
		k.enter(status == ACTIVE ? "pm_runtime_set_active" : "pm_runtime_set_suspended", dev.name);
		if (k.get(dev.runtimeError) == 0 && k.get(dev.disableDepth) == 0) {
			return k.ret(-EAGAIN);
		}
		long old = k.get(dev.rpmStatus);
		if (status == ACTIVE && old != ACTIVE) {
			int r = rpmGetSuppliers(dev);
			if (r != 0) {
				rpmPutSuppliers(dev, true);
				return k.ret(r);
			}
		}
		Dev parent = dev.parent;
		if (parent != null && old != status) {
			if (status == SUSPENDED) {
				if (k.get(parent.childCount) > 0) {
					k.add(parent.childCount, -1);
				}
				if (!parent.ignoreChildren) {
					rpmIdle(parent, RPM_ASYNC);
				}
			} else if (enabled(parent) && !parent.ignoreChildren && k.get(parent.rpmStatus) != ACTIVE) {
				k.devPrintk(dev, "runtime PM trying to activate child device " + dev.name + " but parent (" + parent.name
						+ ") is not active");
				return k.ret(-EBUSY);
			} else {
				k.add(parent.childCount, 1);
			}
		}
		k.set(dev.rpmStatus, status);
		k.set(dev.runtimeError, 0);
		if (status == SUSPENDED && old == ACTIVE) {
			rpmPutSuppliers(dev, true);
		}
		return k.ret(0);
	}

	/** pm_runtime_reinit() from device_unbind_cleanup(): only acts while runtime PM is disabled. */
	void pmRuntimeReinit(Dev dev) {
		if (k.get(dev.disableDepth) > 0 && k.get(dev.rpmStatus) == ACTIVE) {
			pmRuntimeSetStatus(dev, SUSPENDED);
		}
	}

	/** pm_runtime_get_suppliers(): returns void, so a supplier's failed resume goes unnoticed here. */
	void pmRuntimeGetSuppliers(Dev dev) {
		k.enter("pm_runtime_get_suppliers", dev.name);
		for (Link link : dev.suppliers) {
			if (k.is(link.exists) && (k.get(link.flags) & DeviceCore.DL_PM_RUNTIME) != 0) {
				k.set(link.preactivated, 1);
				pmRuntimeGetSync(link.supplier);
			}
		}
		k.leave();
	}

	void pmRuntimePutSuppliers(Dev dev) {
		k.enter("pm_runtime_put_suppliers", dev.name);
		for (Link link : dev.suppliers) {
			if (k.is(link.preactivated)) {
				k.set(link.preactivated, 0);
				pmRuntimePut(link.supplier);
			}
		}
		k.leave();
	}

	/** pm_runtime_new_link(). */
	void pmRuntimeNewLink(Dev consumer) {
		k.add(consumer.linksCount, 1);
	}
}
