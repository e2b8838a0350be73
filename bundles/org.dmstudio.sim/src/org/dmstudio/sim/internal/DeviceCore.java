package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import org.dmstudio.model.Errno;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Link;

/** drivers/base/core.c: device links (device_link_add, the links checks around probe) and dev_err_probe. */
final class DeviceCore {

	static final int DL_STATELESS = 1, DL_AUTOREMOVE_CONSUMER = 2, DL_PM_RUNTIME = 4, DL_RPM_ACTIVE = 8,
			DL_AUTOREMOVE_SUPPLIER = 16, DL_AUTOPROBE_CONSUMER = 32, DL_MANAGED = 64, DL_SYNC_STATE_ONLY = 128,
			DL_INFERRED = 256, DL_CYCLE = 512;
	static final int NONE = -1, DORMANT = 0, AVAILABLE = 1, CONSUMER_PROBE = 2, ACTIVE = 3, SUPPLIER_UNBIND = 4;
	static final int DL_DEV_NO_DRIVER = 0, DL_DEV_PROBING = 1, DL_DEV_DRIVER_BOUND = 2;

	private final Kernel k;

	DeviceCore(Kernel k) {
		this.k = k;
	}

	private static boolean managed(long flags) {
		return (flags & DL_MANAGED) != 0;
	}

	/** device_link_init_status(): a managed link's state from the supplier's and consumer's states. */
	int deviceLinkInitStatus(Dev consumer, Dev supplier) {
		long sup = k.get(supplier.linksStatus);
		long con = k.get(consumer.linksStatus);
		if (sup == DL_DEV_DRIVER_BOUND) {
			return con == DL_DEV_PROBING ? CONSUMER_PROBE : con == DL_DEV_DRIVER_BOUND ? ACTIVE : AVAILABLE;
		}
		if (sup == DL_DEV_PROBING) {
			return con == DL_DEV_PROBING ? CONSUMER_PROBE : DORMANT;
		}
		return DORMANT;
	}

	/** device_link_add(): returns -EINVAL where the kernel returns NULL. */
	int deviceLinkAdd(Dev consumer, Dev supplier, int flags) {
		k.enter("device_link_add", consumer.name + " -> " + supplier.name);
		if (consumer == supplier || ((flags & DL_STATELESS) != 0
				&& (flags & (DL_AUTOREMOVE_CONSUMER | DL_AUTOREMOVE_SUPPLIER | DL_AUTOPROBE_CONSUMER | DL_SYNC_STATE_ONLY
						| DL_INFERRED | DL_CYCLE)) != 0)) {
			return k.ret(-EINVAL);
		}
		Link link = k.img.link(consumer, supplier);
		if (link == null) {
			return k.ret(-EINVAL);
		}
		if ((flags & DL_PM_RUNTIME) != 0 && (flags & DL_RPM_ACTIVE) != 0) {
			if (k.rpm.pmRuntimeGetSync(supplier) < 0) {
				k.rpm.pmRuntimePutNoidle(supplier);
				return k.ret(-EINVAL);
			}
		}
		if ((flags & DL_STATELESS) == 0) {
			flags |= DL_MANAGED;
		}
		if (k.is(link.exists)) {
			long old = k.get(link.flags);
			if ((flags & DL_PM_RUNTIME) != 0 && (old & DL_PM_RUNTIME) == 0) {
				k.rpm.pmRuntimeNewLink(consumer);
			}
			if ((flags & DL_RPM_ACTIVE) != 0) {
				k.add(link.rpmActive, 1);
			}
			k.set(link.flags, old | (flags & ~DL_INFERRED) | (old & flags & DL_INFERRED));
			return k.ret(0);
		}
		k.set(link.exists, 1);
		k.set(link.flags, flags);
		k.set(link.rpmActive, (flags & DL_RPM_ACTIVE) != 0 ? 2 : 1);
		if ((flags & DL_PM_RUNTIME) != 0) {
			k.rpm.pmRuntimeNewLink(consumer);
		}
		int state = (flags & DL_STATELESS) != 0 ? NONE : deviceLinkInitStatus(consumer, supplier);
		k.set(link.state, state);
		if (state == CONSUMER_PROBE && (flags & DL_PM_RUNTIME) != 0) {
			k.rpm.pmRuntimeResume(supplier);
		}
		return k.ret(0);
	}

	void deviceLinkDel(Link link) {
		k.enter("device_link_del", link.name());
		if (k.is(link.exists)) {
			if ((k.get(link.flags) & DL_PM_RUNTIME) != 0) {
				k.add(link.consumer.linksCount, -1);
			}
			k.set(link.exists, 0);
			k.set(link.state, NONE);
		}
		k.leave();
	}

	/**
	 * device_links_check_suppliers(): -EPROBE_DEFER while a managed, non-SYNC_STATE_ONLY supplier
	 * link is not AVAILABLE (its supplier has no driver yet); passing links go to CONSUMER_PROBE.
	 */
	int deviceLinksCheckSuppliers(Dev dev) {
		k.enter("device_links_check_suppliers", dev.name);
		int ret = 0;
		for (Link link : dev.suppliers) {
			long flags = k.get(link.flags);
			if (!k.is(link.exists) || !managed(flags) || (flags & DL_SYNC_STATE_ONLY) != 0) {
				continue;
			}
			if (k.get(link.state) != AVAILABLE) {
				deviceLinksMissingSupplier(dev);
				ret = devErrProbe(dev, -EPROBE_DEFER, "supplier " + link.supplier.name + " not ready");
				break;
			}
			k.set(link.state, CONSUMER_PROBE);
		}
		k.set(dev.linksStatus, DL_DEV_PROBING);
		return k.ret(ret);
	}

	private void deviceLinksMissingSupplier(Dev dev) {
		for (Link link : dev.suppliers) {
			if (k.is(link.exists) && managed(k.get(link.flags)) && k.get(link.state) == CONSUMER_PROBE) {
				k.set(link.state, k.get(link.supplier.linksStatus) == DL_DEV_DRIVER_BOUND ? AVAILABLE : DORMANT);
			}
		}
	}

	/** device_links_driver_bound(): consumers DORMANT -> AVAILABLE (AUTOPROBE_CONSUMER ones get a probe), suppliers CONSUMER_PROBE -> ACTIVE. */
	void deviceLinksDriverBound(Dev dev) {
		k.enter("device_links_driver_bound", dev.name);
		for (Link link : dev.consumers) {
			long flags = k.get(link.flags);
			if (!k.is(link.exists) || !managed(flags)) {
				continue;
			}
			if (k.get(link.state) == DORMANT) {
				k.set(link.state, AVAILABLE);
			}
			if ((flags & DL_AUTOPROBE_CONSUMER) != 0) {
				k.dd.driverDeferredProbeAdd(link.consumer);
			}
		}
		for (Link link : dev.suppliers) {
			long flags = k.get(link.flags);
			if (k.is(link.exists) && managed(flags) && (flags & DL_SYNC_STATE_ONLY) == 0
					&& k.get(link.state) == CONSUMER_PROBE) {
				k.set(link.state, ACTIVE);
			}
		}
		k.set(dev.linksStatus, DL_DEV_DRIVER_BOUND);
		k.leave();
	}

	/** device_links_no_driver(): after a failed probe. */
	void deviceLinksNoDriver(Dev dev) {
		k.enter("device_links_no_driver", dev.name);
		for (Link link : dev.consumers) {
			long state = k.get(link.state);
			if (k.is(link.exists) && managed(k.get(link.flags)) && (state == CONSUMER_PROBE || state == ACTIVE)) {
				k.set(link.state, DORMANT);
			}
		}
		for (Link link : dev.suppliers) {
			long state = k.get(link.state);
			if (k.is(link.exists) && managed(k.get(link.flags)) && (state == CONSUMER_PROBE || state == ACTIVE)) {
				k.set(link.state, k.get(link.supplier.linksStatus) == DL_DEV_DRIVER_BOUND ? AVAILABLE : DORMANT);
			}
		}
		k.set(dev.linksStatus, DL_DEV_NO_DRIVER);
		k.leave();
	}

	/** dev_err_probe(): -EPROBE_DEFER only records the reason (debugfs devices_deferred); other errors are logged. */
	int devErrProbe(Dev dev, int err, String message) {
		k.enter("dev_err_probe", dev.name);
		String driver = k.driverName(dev);
		if (err == -EPROBE_DEFER) {
			k.set(dev.deferReason, k.intern(driver + ": " + message));
		} else if (err != -ENOMEM) {
			k.devPrintk(dev, "error " + Errno.name(err) + ": " + message);
		}
		return k.ret(err);
	}
}
