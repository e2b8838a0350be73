package org.dmstudio.sim.internal;

import org.dmstudio.model.Errno;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.Image.Aggregate;
import org.dmstudio.sim.internal.Image.Dev;

import static org.dmstudio.sim.internal.E.*;

/** drivers/base/component.c: aggregate devices, component_add, component_bind_all. */
final class Component {

	private final Kernel k;

	Component(Kernel k) {
		this.k = k;
	}

	/** component_add() -> __component_add(): a failed master bind is returned to the component's probe. */
	int componentAdd(Dev dev) {
		k.enter("component_add", dev.name);
		k.enter("__component_add", dev.name);
		int ret = 0;
		for (Aggregate adev : k.img.aggregates) {
			int i = adev.components.indexOf(dev);
			if (i >= 0) {
				k.set(adev.componentAdded[i], 1);
			}
		}
		for (Aggregate adev : k.img.aggregates) {
			if (!k.is(adev.bound) && k.is(adev.masterAdded)) {
				ret = tryToBringUpAggregateDevice(adev, dev);
				if (ret != 0) {
					break;
				}
			}
		}
		if (ret < 0) {
			for (Aggregate adev : k.img.aggregates) {
				int i = adev.components.indexOf(dev);
				if (i >= 0) {
					k.set(adev.componentAdded[i], 0);
				}
			}
			k.leave();
			return k.ret(ret);
		}
		k.leave();
		return k.ret(0);
	}

	/** component_master_add_with_match(). */
	int componentMasterAddWithMatch(Dev master) {
		k.enter("component_master_add_with_match", master.name);
		for (Aggregate adev : k.img.aggregates) {
			if (adev.master == master) {
				k.set(adev.masterAdded, 1);
				int ret = tryToBringUpAggregateDevice(adev, null);
				if (ret < 0) {
					k.set(adev.masterAdded, 0);
					return k.ret(ret);
				}
			}
		}
		return k.ret(0);
	}

	/**
	 * try_to_bring_up_aggregate_device(): 0 until every match entry has a component, then the
	 * master's bind. With the aggregate_driver series the aggregate probes through the driver core
	 * first, so pm_runtime_get_suppliers() resumes each component before any bind.
	 */
	int tryToBringUpAggregateDevice(Aggregate adev, Dev component) {
		k.enter("try_to_bring_up_aggregate_device", adev.name);
		for (int i = 0; i < adev.components.size(); i++) {
			if (!k.is(adev.componentAdded[i])) {
				return k.ret(0);
			}
		}
		if (adev.aggregateDriver) {
			k.enter("__driver_probe_device", adev.name);
			k.rpm.pmRuntimeGetSuppliers(adev.master);
			k.leave();
		}
		int ret = 0;
		Recipe bind = adev.master.behaviour == null ? null : adev.master.behaviour.callback(CallbackKind.MASTER_BIND);
		if (bind != null) {
			ret = k.interp.callNow(bind, adev.master, null, null);
		} else {
			ret = componentBindAll(adev.master);
		}
		if (adev.aggregateDriver) {
			k.rpm.pmRuntimePutSuppliers(adev.master);
		}
		if (ret < 0) {
			if (ret != -EPROBE_DEFER) {
				k.devPrintk(adev.master, "adev bind failed: " + Errno.name(ret));
			}
			return k.ret(ret);
		}
		k.set(adev.bound, 1);
		return k.ret(1);
	}

	/** component_bind_all(): components in match order; the first failure unbinds the earlier ones. */
	int componentBindAll(Dev master) {
		k.enter("component_bind_all", master.name);
		for (Aggregate adev : k.img.aggregates) {
			if (adev.master != master) {
				continue;
			}
			for (int i = 0; i < adev.components.size(); i++) {
				Dev comp = adev.components.get(i);
				k.enter("component_bind", comp.name);
				Recipe bind = comp.behaviour == null ? null : comp.behaviour.callback(CallbackKind.COMPONENT_BIND);
				int ret = k.ret(bind == null ? 0 : k.interp.callNow(bind, comp, null, null));
				if (ret != 0) {
					for (int j = i - 1; j >= 0; j--) {
						componentUnbind(adev, j);
					}
					return k.ret(ret);
				}
				k.set(adev.componentBound[i], 1);
			}
		}
		return k.ret(0);
	}

	private void componentUnbind(Aggregate adev, int i) {
		Dev comp = adev.components.get(i);
		k.enter("component_unbind", comp.name);
		Recipe unbind = comp.behaviour == null ? null : comp.behaviour.callback(CallbackKind.COMPONENT_UNBIND);
		if (unbind != null) {
			k.interp.callNow(unbind, comp, null, null);
		}
		k.set(adev.componentBound[i], 0);
		k.leave();
	}

	int componentUnbindAll(Dev master) {
		k.enter("component_unbind_all", master.name);
		for (Aggregate adev : k.img.aggregates) {
			if (adev.master == master) {
				for (int j = adev.components.size() - 1; j >= 0; j--) {
					if (k.is(adev.componentBound[j])) {
						componentUnbind(adev, j);
					}
				}
			}
		}
		return k.ret(0);
	}

	int componentDel(Dev dev) {
		k.enter("component_del", dev.name);
		for (Aggregate adev : k.img.aggregates) {
			int i = adev.components.indexOf(dev);
			if (i >= 0) {
				k.set(adev.componentAdded[i], 0);
			}
		}
		return k.ret(0);
	}
}
