package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import java.util.function.IntConsumer;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.sim.internal.Image.Dev;

/**
 * drivers/base/platform.c (platform_probe: PM domain attach, then the driver's probe) and the
 * IOMMU glue around probe (drivers/iommu/of_iommu.c of_iommu_configure, iommu.c iommu_probe_device).
 */
final class Platform {

	private final Kernel k;

	Platform(Kernel k) {
		this.k = k;
	}

	/** of_dma_configure() -> of_iommu_configure(): an IOMMU without a driver yet defers the probe. */
	int ofDmaConfigure(Dev dev) {
		if (dev.iommu == null) {
			return 0;
		}
		k.enter("of_dma_configure", dev.name);
		k.enter("of_iommu_configure", dev.name);
		if (k.get(dev.iommu.probeState) != Dd.BOUND) {
			int r = k.dd.driverDeferredProbeCheckState(dev);
			if (r == -EPROBE_DEFER) {
				k.core.devErrProbe(dev, r, "wait for iommu " + dev.iommu.name);
			}
			k.ret(r);
			return k.ret(r);
		}
		k.leave();
		iommuProbeDevice(dev);
		return k.ret(0);
	}

	/** iommu_probe_device(): the IOMMU driver's probe_device for this client (rk_iommu adds its device link). */
	void iommuProbeDevice(Dev client) {
		Dev iommu = client.iommu;
		Recipe probeDevice = iommu.behaviour == null ? null : iommu.behaviour.callback(CallbackKind.IOMMU_PROBE_DEVICE);
		k.enter("iommu_probe_device", client.name);
		if (probeDevice != null) {
			k.interp.callNow(probeDevice, iommu, client, null);
		}
		k.leave();
	}

	/** iommu_device_register() -> bus_iommu_probe(): probe_device for the clients already on the bus. */
	void iommuDeviceRegister(Dev iommu) {
		k.enter("iommu_device_register", iommu.name);
		for (Dev client : k.img.devices) {
			if (client.iommu == iommu && k.is(client.added)) {
				iommuProbeDevice(client);
			}
		}
		k.leave();
	}

	/** platform_probe(): dev_pm_domain_attach() first, then drv->probe; the domain is detached if probe fails. */
	void platformProbe(Dev dev, IntConsumer done) {
		k.enter("platform_probe", dev.name);
		k.enter("dev_pm_domain_attach", dev.name);
		int r = k.ret(k.genpd.genpdDevPmAttach(dev));
		if (r < 0) {
			done.accept(k.ret(r));
			return;
		}
		Recipe probe = dev.behaviour == null ? null : dev.behaviour.callback(CallbackKind.PROBE);
		if (probe == null) {
			finish(dev, 0, done);
			return;
		}
		ScenarioImage.Fault delay = k.sc.fault(FaultKind.PROBE_DELAY, dev.name, null);
		Runnable call = () -> k.interp.call(probe, dev, null, null, ret -> finish(dev, ret, done));
		if (delay != null && k.get(dev.probeCount) <= 1) {
			k.sleep(delay.delayNs(), call);
		} else {
			call.run();
		}
	}

	private void finish(Dev dev, int ret, IntConsumer done) {
		if (ret != 0) {
			k.enter("dev_pm_domain_detach", dev.name);
			k.genpd.genpdDevPmDetach(dev);
			k.leave();
		}
		done.accept(k.ret(ret));
	}
}
