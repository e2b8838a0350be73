package org.dmstudio.sim.internal;

import static org.dmstudio.sim.internal.E.*;

import org.dmstudio.sim.internal.Image.Rdev;

/** drivers/regulator/core.c: registration, lookup (-EPROBE_DEFER until registered), enable counts, late cleanup. */
final class RegulatorCore {

	static final long CLEANUP_DELAY_NS = 30_000_000_000L;

	private final Kernel k;

	RegulatorCore(Kernel k) {
		this.k = k;
	}

	void regulatorRegister(Rdev rdev) {
		k.enter("regulator_register", rdev.name);
		k.set(rdev.registered, 1);
		k.leave();
	}

	/** regulator_dev_lookup(): a phandle to a regulator that has not registered yet means -EPROBE_DEFER. */
	int regulatorDevLookup(Rdev rdev, String consumer) {
		k.enter("regulator_dev_lookup", consumer);
		if (rdev == null) {
			return k.ret(-ENODEV);
		}
		return k.ret(k.is(rdev.registered) ? 0 : -EPROBE_DEFER);
	}

	/**
	 * _regulator_enable(): the supply chain first; use_count counts consumers, not calls.
	 * {@code consumerCount} is the consumer's enable_count slot, or -1 for a regulator enabling its supply.
	 */
	int regulatorEnable(Rdev rdev, int consumerCount, String consumer) {
		k.enter("regulator_enable", rdev.name);
		if (k.get(rdev.useCount) == 0 && rdev.supply != null) {
			int r = regulatorEnable(rdev.supply, -1, rdev.name);
			if (r != 0) {
				return k.ret(r);
			}
		}
		if (consumerCount >= 0) {
			k.add(consumerCount, 1);
		}
		if (k.get(rdev.useCount) == 0 && !k.is(rdev.enabled)) {
			k.enter("_regulator_do_enable", rdev.name);
			k.set(rdev.enabled, 1);
			k.leave();
		}
		if (consumerCount < 0 || k.get(consumerCount) == 1) {
			k.add(rdev.useCount, 1);
		}
		return k.ret(0);
	}

	int regulatorDisable(Rdev rdev, int consumerCount, String consumer) {
		k.enter("regulator_disable", rdev.name);
		if (k.get(consumerCount) == 0) {
			k.printk(rdev.name, "Underflow of regulator enable count");
			k.bug("unbalanced disables for " + rdev.name + " by " + consumer);
			return k.ret(-EIO);
		}
		if (k.get(rdev.useCount) == 1 && k.get(consumerCount) == 1 && !rdev.alwaysOn) {
			k.enter("_regulator_do_disable", rdev.name);
			k.set(rdev.enabled, 0);
			k.leave();
			k.set(rdev.useCount, 0);
		}
		k.add(consumerCount, -1);
		return k.ret(0);
	}

	/** regulator_init_complete_work_function() -> regulator_late_cleanup() for each regulator. */
	void regulatorLateCleanup() {
		if (k.sc.regulatorIgnoreUnused) {
			return;
		}
		k.enter("regulator_init_complete_work_function", null);
		for (Rdev rdev : k.img.regulators) {
			if (!k.is(rdev.registered) || rdev.alwaysOn || k.get(rdev.useCount) != 0 || !k.is(rdev.enabled)) {
				continue;
			}
			k.enter("regulator_late_cleanup", rdev.name);
			k.printk(rdev.name, "disabling");
			k.set(rdev.enabled, 0);
			k.leave();
		}
		k.leave();
	}
}
