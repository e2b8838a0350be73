package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Drv;

/**
 * init/main.c do_initcalls() and the boot timeline: initcall levels in order, of_platform_populate
 * at arch_initcall_sync, deferred_probe_initcall at late_initcall, then late_initcall_sync
 * (regulator_init_complete, genpd_power_off_unused), userspace and module loading.
 */
final class Init {

	static final int PURE = 0, CORE = 1, POSTCORE = 2, ARCH = 3, SUBSYS = 4, FS = 5, ROOTFS = 6, DEVICE = 7, LATE = 8;
	static final long INITCALL_NS = 100_000;
	static final long BOOT_START_NS = 100_000_000;

	private final Kernel k;

	Init(Kernel k) {
		this.k = k;
	}

	/** The built-in drivers of one level in the order their initcalls run (link order, shuffled by the seed). */
	List<Drv> initcallOrder(int level) {
		List<Drv> drivers = new ArrayList<>();
		for (Drv drv : k.img.drivers) {
			if (!drv.module && drv.initcallLevel == level) {
				drivers.add(drv);
			}
		}
		if (k.scripted()) {
			drivers.sort(Comparator.comparingLong(this::hint));
			List<Drv> ordered = new ArrayList<>();
			while (!drivers.isEmpty()) {
				ordered.add(drivers.remove(drivers.size() == 1 ? 0 : k.choose(drivers.size(), 0)));
			}
			return ordered;
		}
		long[] key = new long[k.img.drivers.size()];
		for (Drv drv : drivers) {
			key[k.img.drivers.indexOf(drv)] = hint(drv) + k.jitter(k.sc.jitterNs);
		}
		drivers.sort(Comparator.comparingLong(d -> key[k.img.drivers.indexOf(d)]));
		return drivers;
	}

	private long hint(Drv drv) {
		for (Object[] r : k.sc.registrations) {
			if (r[0] == drv) {
				return (Long) r[1];
			}
		}
		return 0;
	}

	void boot() {
		Ctx init = k.ctx("swapper/0 init");
		k.queueWork(init, BOOT_START_NS, () -> level(PURE));
		for (Drv drv : k.img.drivers) {
			if (drv.module) {
				long at = Math.max(k.sc.userspaceStartNs, drv.moduleLoadNs) + k.jitter(k.sc.jitterNs);
				k.queueWork(k.ctx("modprobe " + drv.name), at, () -> {
					k.enter("do_init_module", drv.name);
					k.dd.driverRegister(drv, k::leave);
				});
			}
		}
	}

	private void level(int level) {
		if (level > LATE) {
			lateInitcallSync();
			return;
		}
		List<Drv> drivers = initcallOrder(level);
		k.enter("do_initcall_level", LEVELS[level]);
		Runnable rest = () -> {
			k.leave();
			if (level == ARCH) {
				populate(() -> level(level + 1));
			} else if (level == LATE) {
				k.dd.deferredProbeInitcall(() -> level(level + 1));
			} else {
				level(level + 1);
			}
		};
		next(drivers, 0, rest);
	}

	private void next(List<Drv> drivers, int i, Runnable done) {
		if (i == drivers.size()) {
			done.run();
			return;
		}
		Drv drv = drivers.get(i);
		k.sleep(INITCALL_NS + k.jitter(k.sc.jitterNs / 10), () -> {
			k.enter("do_one_initcall", drv.name + "_init");
			k.dd.driverRegister(drv, () -> {
				k.leave();
				next(drivers, i + 1, done);
			});
		});
	}

	/** of_platform_default_populate_init() (arch_initcall_sync): device_add() for every top-level device. */
	private void populate(Runnable done) {
		k.enter("of_platform_default_populate_init", null);
		List<Dev> top = k.img.devices.stream().filter(d -> d.busController == null).toList();
		k.dd.addDevices(top, 0, () -> {
			k.leave();
			done.run();
		});
	}

	/** late_initcall_sync: regulator_init_complete() schedules the unused-regulator cleanup; genpd powers off unused domains. */
	private void lateInitcallSync() {
		k.enter("regulator_init_complete", null);
		if (!k.sc.regulatorIgnoreUnused) {
			k.queueWork(k.ctx("kworker/regulator_init_complete"), k.now + RegulatorCore.CLEANUP_DELAY_NS,
					k.regulator::regulatorLateCleanup);
		}
		k.leave();
		k.genpd.genpdPowerOffUnused();
		k.printk(null, "Run /sbin/init as init process");
	}

	static final String[] LEVELS = { "pure", "core", "postcore", "arch", "subsys", "fs", "rootfs", "device", "late" };
}
