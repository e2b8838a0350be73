package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Genpd;

/** drivers/pmdomain/core.c: genpd power on/off with parents, runtime PM callbacks, attach. */
final class PmDomain {

	private final Kernel k;

	PmDomain(Kernel k) {
		this.k = k;
	}

	boolean on(Genpd pd) {
		return k.is(pd.status);
	}

	/** genpd_power_on(): every parent first (sd_count++), then the provider's ->power_on(); unwinds parents on error. */
	int genpdPowerOn(Genpd pd, int depth) {
		k.enter("genpd_power_on", pd.label());
		if (on(pd)) {
			return k.ret(0);
		}
		int powered = 0;
		int ret = 0;
		for (Genpd parent : pd.parents) {
			k.add(parent.sdCount, 1);
			ret = genpdPowerOn(parent, depth + 1);
			if (ret != 0) {
				k.add(parent.sdCount, -1);
				break;
			}
			powered++;
		}
		if (ret == 0) {
			ret = genpdPowerOnProvider(pd);
			if (ret == 0) {
				k.set(pd.status, 1);
				return k.ret(0);
			}
		}
		for (int i = powered - 1; i >= 0; i--) {
			Genpd parent = pd.parents.get(i);
			k.add(parent.sdCount, -1);
			genpdPowerOff(parent, false, depth + 1);
		}
		return k.ret(ret);
	}

	/** _genpd_power_on(): the provider driver's power_on hook (rockchip_pd_power_on...). */
	private int genpdPowerOnProvider(Genpd pd) {
		k.enter("_genpd_power_on", pd.label());
		int ret = 0;
		Recipe hook = pd.provider == null || pd.provider.behaviour == null ? null
				: pd.provider.behaviour.callback(CallbackKind.PD_POWER_ON);
		if (hook != null) {
			ret = k.interp.callNow(hook, pd.provider, null, pd);
		}
		if (ret == 0) {
			k.now += pd.onLatency;
		}
		return k.ret(ret);
	}

	/** genpd_power_off(): -EBUSY while a subdomain is on or more devices than allowed are not suspended. */
	int genpdPowerOff(Genpd pd, boolean oneDevOn, int depth) {
		k.enter("genpd_power_off", pd.label());
		if (!on(pd)) {
			return k.ret(0);
		}
		if (pd.alwaysOn || k.get(pd.sdCount) > 0) {
			return k.ret(-EBUSY);
		}
		int notSuspended = 0;
		for (Dev dev : pd.devices) {
			if (k.get(dev.pdAttached) != 0 && k.get(dev.rpmStatus) != Runtime.SUSPENDED) {
				notSuspended++;
			}
		}
		if (notSuspended > (oneDevOn ? 1 : 0)) {
			return k.ret(-EBUSY);
		}
		Recipe hook = pd.provider == null || pd.provider.behaviour == null ? null
				: pd.provider.behaviour.callback(CallbackKind.PD_POWER_OFF);
		int ret = hook == null ? defaultPowerOff(pd) : k.interp.callNow(hook, pd.provider, null, pd);
		if (ret != 0) {
			return k.ret(ret);
		}
		k.set(pd.status, 0);
		k.now += pd.offLatency;
		for (Genpd parent : pd.parents) {
			k.add(parent.sdCount, -1);
			genpdPowerOff(parent, false, depth + 1);
		}
		return k.ret(0);
	}

	/** rockchip_pd_power_off() as the default hook: hardware first, then the domain supply if one was taken. */
	private int defaultPowerOff(Genpd pd) {
		k.enter("_genpd_power_off", pd.label());
		if (pd.supply != null && k.is(pd.supplyGot) && k.get(pd.supplyEnableCount) > 0) {
			k.regulator.regulatorDisable(pd.supply, pd.supplyEnableCount, pd.label());
		}
		return k.ret(0);
	}

	/** genpd_runtime_resume(): power the domain (parents first), then the device's own callback. */
	int genpdRuntimeResume(Dev dev) {
		Genpd pd = dev.domain;
		k.enter("genpd_runtime_resume", dev.name);
		int ret = genpdPowerOn(pd, 0);
		if (ret != 0) {
			return k.ret(ret);
		}
		k.enter("__genpd_runtime_resume", dev.name);
		ret = k.ret(k.rpm.driverCallback(CallbackKind.RUNTIME_RESUME, dev));
		if (ret != 0) {
			genpdPowerOff(pd, true, 0);
		}
		return k.ret(ret);
	}

	int genpdRuntimeSuspend(Dev dev) {
		Genpd pd = dev.domain;
		k.enter("genpd_runtime_suspend", dev.name);
		int ret = k.rpm.driverCallback(CallbackKind.RUNTIME_SUSPEND, dev);
		if (ret != 0) {
			return k.ret(ret);
		}
		// The device counts as suspended from here on (rpm_suspend sets the status after us).
		long status = k.get(dev.rpmStatus);
		k.set(dev.rpmStatus, Runtime.SUSPENDED);
		genpdPowerOff(pd, false, 0);
		k.set(dev.rpmStatus, status);
		return k.ret(0);
	}

	/**
	 * genpd_dev_pm_attach() via dev_pm_domain_attach(): defers while the provider is missing
	 * (driver_deferred_probe_check_state), adds the device, powers the domain on; a power-on
	 * failure removes the device again and becomes -EPROBE_DEFER.
	 */
	int genpdDevPmAttach(Dev dev) {
		Genpd pd = dev.domain;
		if (pd == null) {
			return 0;
		}
		k.enter("genpd_dev_pm_attach", dev.name);
		if (!k.is(pd.providerAdded)) {
			int r = k.dd.driverDeferredProbeCheckState(dev);
			if (r == -EPROBE_DEFER) {
				k.core.devErrProbe(dev, r, "waiting for power domain " + pd.label());
			}
			return k.ret(r);
		}
		k.enter("genpd_add_device", dev.name);
		k.add(pd.deviceCount, 1);
		k.set(dev.pdAttached, 1);
		k.leave();
		int r = genpdPowerOn(pd, 0);
		if (r != 0) {
			genpdRemoveDevice(dev);
			return k.ret(k.core.devErrProbe(dev, -EPROBE_DEFER, "failed to power on " + pd.label() + " ("
					+ org.dmstudio.model.Errno.name(r) + ")"));
		}
		return k.ret(1);
	}

	void genpdRemoveDevice(Dev dev) {
		Genpd pd = dev.domain;
		k.enter("genpd_remove_device", dev.name);
		k.add(pd.deviceCount, -1);
		k.set(dev.pdAttached, 0);
		k.leave();
	}

	/** genpd_dev_pm_detach(): remove the device and queue the domain's power-off work. */
	void genpdDevPmDetach(Dev dev) {
		if (dev.domain == null || k.get(dev.pdAttached) == 0) {
			return;
		}
		genpdRemoveDevice(dev);
		genpdQueuePowerOffWork(dev.domain);
	}

	/** genpd_dev_pm_sync() after a bound probe: a domain with no active user is powered off later. */
	void genpdQueuePowerOffWork(Genpd pd) {
		k.queueWork(k.ctx("kworker/pm_wq"), k.now + Runtime.PM_WQ_LATENCY_NS, () -> {
			k.enter("genpd_power_off_work_fn", pd.label());
			genpdPowerOff(pd, false, 0);
			k.leave();
		});
	}

	/** of_genpd_add_provider_onecell(): every domain this device provides becomes reachable. */
	void ofGenpdAddProvider(Dev provider) {
		k.enter("of_genpd_add_provider_onecell", provider.name);
		for (Genpd pd : k.img.domains) {
			if (pd.provider == provider) {
				k.set(pd.providerAdded, 1);
			}
		}
		k.leave();
	}

	/** genpd_power_off_unused() (late_initcall_sync): unless pd_ignore_unused. */
	void genpdPowerOffUnused() {
		if (k.sc.pdIgnoreUnused) {
			return;
		}
		k.enter("genpd_power_off_unused", null);
		for (Genpd pd : k.img.domains) {
			if (k.is(pd.providerAdded) && on(pd)) {
				genpdQueuePowerOffWork(pd);
			}
		}
		k.leave();
	}
}
