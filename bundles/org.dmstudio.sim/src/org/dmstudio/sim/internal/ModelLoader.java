package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.StateVariable;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.behaviour.VariableScope;
import org.dmstudio.model.scenario.BehaviourOverride;
import org.dmstudio.model.scenario.DriverRegistration;
import org.dmstudio.model.scenario.Expectation;
import org.dmstudio.model.scenario.FaultInjection;
import org.dmstudio.model.scenario.FwDevlinkMode;
import org.dmstudio.model.scenario.JobSubmission;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.ModuleLoad;
import org.dmstudio.model.scenario.RuntimeErrorRule;
import org.dmstudio.model.scenario.RuntimePmCall;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioPackage;
import org.dmstudio.model.scenario.Stimulus;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.sim.StateField;
import org.dmstudio.sim.internal.Image.Aggregate;
import org.dmstudio.sim.internal.Image.Dev;
import org.dmstudio.sim.internal.Image.Drv;
import org.dmstudio.sim.internal.Image.Genpd;
import org.dmstudio.sim.internal.Image.Link;
import org.dmstudio.sim.internal.Image.Rdev;
import org.dmstudio.sim.internal.Image.Supply;
import org.dmstudio.sim.internal.Recipe.Op;

/** Builds the EMF-free {@link Image} from a scenario and its board; the user's model is only read. */
public final class ModelLoader {

	private final Image img = new Image();
	private final Slots slots = img.slots;
	private final Map<Device, Dev> devs = new HashMap<>();
	private final Map<Driver, Drv> drvs = new HashMap<>();
	private final Map<Regulator, Rdev> rdevs = new HashMap<>();
	private final Map<PowerDomain, Genpd> pds = new HashMap<>();

	private ModelLoader() {
	}

	public static Image load(Scenario scenario) {
		return new ModelLoader().build(scenario);
	}

	private Image build(Scenario scenario) {
		Board board = scenario.getBoard();
		if (board == null) {
			throw new IllegalArgumentException("scenario " + scenario.getName() + " has no board");
		}
		ScenarioImage sc = scenario(scenario);
		img.scenario = sc;
		for (Device d : board.getDevices()) {
			Dev dev = new Dev(img.devices.size(), d.getName(), List.copyOf(d.getCompatible()));
			devs.put(d, dev);
			img.devices.add(dev);
			img.deviceByName.put(dev.name, dev);
		}
		for (Driver d : board.getDrivers()) {
			Drv drv = new Drv(d.getName(), List.copyOf(d.getCompatibles()));
			drv.module = d.getKind() == DriverKind.MODULE;
			drv.initcallLevel = d.getInitcallLevel().getValue();
			drv.moduleLoadNs = d.getModuleLoadTimeNs();
			drv.asyncProbe = d.isAsyncProbe();
			drvs.put(d, drv);
			img.drivers.add(drv);
		}
		for (Stimulus s : scenario.getStimuli()) {
			if (s instanceof ModuleLoad load && load.getDriver() != null) {
				Drv drv = drvs.get(load.getDriver());
				drv.module = true;
				drv.moduleLoadNs = load.getTimeNs();
			} else if (s instanceof DriverRegistration reg && reg.getDriver() != null) {
				sc.registrations.add(new Object[] { drvs.get(reg.getDriver()), reg.getTimeNs() });
			}
		}
		for (Regulator r : board.getRegulators()) {
			Rdev rdev = new Rdev(r.getName());
			rdev.alwaysOn = r.isAlwaysOn();
			rdev.bootOn = r.isBootOn();
			rdevs.put(r, rdev);
			img.regulators.add(rdev);
		}
		for (Regulator r : board.getRegulators()) {
			Rdev rdev = rdevs.get(r);
			rdev.provider = devs.get(r.getProvider());
			rdev.supply = rdevs.get(r.getSupply());
			rdev.registered = slots.alloc(rdev.name, "registered", StateField.BOOL, 0);
			rdev.enabled = slots.alloc(rdev.name, "enabled", StateField.BOOL, r.isEnabled() || r.isBootOn() || r.isAlwaysOn() ? 1 : 0);
			rdev.useCount = slots.alloc(rdev.name, "use_count", StateField.INT, 0);
		}
		for (PowerDomain p : board.getPowerDomains()) {
			Genpd pd = new Genpd(p.getName(), devs.get(p.getProvider()));
			pd.alwaysOn = p.isAlwaysOn();
			pd.onLatency = p.getPowerOnLatencyNs();
			pd.offLatency = p.getPowerOffLatencyNs();
			pd.supply = rdevs.get(p.getDomainSupply());
			pds.put(p, pd);
			img.domains.add(pd);
		}
		for (PowerDomain p : board.getPowerDomains()) {
			Genpd pd = pds.get(p);
			for (PowerDomain parent : p.getParents()) {
				pd.parents.add(pds.get(parent));
				pds.get(parent).children.add(pd);
			}
			pd.status = slots.alloc(pd.label(), "status", StateField.GENPD_STATUS, p.isOn() ? 1 : 0);
			pd.deviceCount = slots.alloc(pd.label(), "device_count", StateField.INT, 0);
			pd.providerAdded = slots.alloc(pd.label(), "provider", StateField.BOOL, 0);
			pd.supplyGot = slots.alloc(pd.label(), "supply", StateField.BOOL, 0);
			pd.supplyEnableCount = slots.alloc(pd.label(), "supply enable_count", StateField.INT, 0);
		}
		for (PowerDomain p : board.getPowerDomains()) {
			Genpd pd = pds.get(p);
			long onChildren = pd.children.stream().filter(c -> slots.initial(c.status) != 0).count();
			pd.sdCount = slots.alloc(pd.label(), "sd_count", StateField.INT, onChildren);
		}
		for (Device d : board.getDevices()) {
			device(d, scenario);
		}
		for (Drv drv : img.drivers) {
			drv.registered = slots.alloc(drv.name, "registered", StateField.BOOL, 0);
		}
		for (DeviceLink l : board.getLinks()) {
			firmwareOrDriverLink(l, sc);
		}
		linksFromRecipes();
		for (Dev dev : img.devices) {
			long pmLinks = dev.suppliers.stream().filter(l -> slots.initial(l.exists) != 0
					&& (slots.initial(l.flags) & DeviceCore.DL_PM_RUNTIME) != 0).count();
			dev.linksCount = slots.alloc(dev.name, "links_count", StateField.INT, pmLinks);
		}
		for (ComponentMaster m : board.getAggregates()) {
			Aggregate adev = new Aggregate(m.getName(), devs.get(m.getDevice()));
			adev.aggregateDriver = m.isAggregateDriver();
			m.getComponents().forEach(c -> adev.components.add(devs.get(c.getDevice())));
			adev.masterAdded = slots.alloc(adev.name, "master added", StateField.BOOL, 0);
			adev.bound = slots.alloc(adev.name, "bound", StateField.BOOL, 0);
			adev.componentAdded = new int[adev.components.size()];
			adev.componentBound = new int[adev.components.size()];
			for (int i = 0; i < adev.components.size(); i++) {
				String c = adev.name + " component " + adev.components.get(i).name;
				adev.componentAdded[i] = slots.alloc(c, "added", StateField.BOOL, 0);
				adev.componentBound[i] = slots.alloc(c, "bound", StateField.BOOL, 0);
			}
			img.aggregates.add(adev);
		}
		img.deferredEnabled = slots.alloc("driver core", "driver_deferred_probe_enable", StateField.BOOL, 0);
		img.initcallsDone = slots.alloc("driver core", "initcalls_done", StateField.BOOL, 0);
		img.deferredTriggerCount = slots.alloc("driver core", "deferred_trigger_count", StateField.INT, 0);
		img.deferredSeqCounter = slots.alloc("driver core", "deferred list position", StateField.INT, 0);
		img.deferredTimeoutS = slots.alloc("driver core", "driver_deferred_probe_timeout", StateField.INT, sc.deferredProbeTimeoutS);
		if (scenario.getDrmDevice() != null) {
			img.sched = SchedLoader.load(scenario, img, devs);
		}
		return img;
	}

	private ScenarioImage scenario(Scenario scenario) {
		ScenarioImage sc = new ScenarioImage();
		sc.name = scenario.getName() == null ? "scenario" : scenario.getName();
		sc.seed = scenario.getSeed();
		KernelConfig config = scenario.getConfig();
		if (config != null) {
			sc.fwDevlinkOff = config.getFwDevlink() == FwDevlinkMode.OFF;
			sc.fwDevlinkRpm = config.getFwDevlink() == FwDevlinkMode.RPM;
			sc.modules = config.isModules();
			sc.deferredProbeTimeoutS = config.eIsSet(ScenarioPackage.Literals.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S)
					? config.getDeferredProbeTimeoutS() : config.isModules() ? 10 : 0;
			sc.stickyOnAnyCallback = config.getRuntimeErrorRule() == RuntimeErrorRule.STICKY_ON_ANY_CALLBACK;
			sc.regulatorIgnoreUnused = config.isRegulatorIgnoreUnused();
			sc.pdIgnoreUnused = config.isPdIgnoreUnused();
			sc.userspaceStartNs = config.getUserspaceStartNs();
			sc.jitterNs = config.getJitterNs();
		}
		for (Stimulus s : scenario.getStimuli()) {
			if (s instanceof RuntimePmCall call && call.getDevice() != null) {
				sc.rpmCalls.add(new ScenarioImage.RpmCall(s.getTimeNs(), call.getDevice().getName(), call.getCall()));
			} else if (s instanceof JobSubmission job) {
				sc.submissions.add(new ScenarioImage.Submit(s.getTimeNs(), job.getName(),
						job.getEntity() == null ? null : job.getEntity().getName(), job.getTaskCount(), job.getTaskDurationNs()));
			} else if (s instanceof FaultInjection f) {
				sc.faults.add(new ScenarioImage.Fault(f.getKind(), f.getDevice() == null ? null : f.getDevice().getName(),
						f.eIsSet(ScenarioPackage.Literals.FAULT_INJECTION__CALLBACK) ? f.getCallback() : null, f.getErrno(),
						f.getDelayNs(), f.getJobName(), f.getTaskIndex()));
			}
		}
		for (Expectation e : scenario.getExpectations()) {
			sc.expectations.add(new ScenarioImage.Expect(e.getDescription(), e.getKind(),
					e.getDevice() == null ? null : e.getDevice().getName(), e.getValue(), e.getAtNs()));
		}
		return sc;
	}

	private void device(Device d, Scenario scenario) {
		Dev dev = devs.get(d);
		dev.parent = devs.get(d.getParent());
		if (dev.parent != null) {
			dev.parent.children.add(dev);
		}
		Bus bus = d.getBus();
		if (bus != null) {
			dev.busName = bus.getType() == null ? "platform" : bus.getType().getLiteral().toLowerCase(java.util.Locale.ROOT);
			if (bus.getController() != null) {
				dev.busController = devs.get(bus.getController());
				if (!dev.busController.children.contains(dev)) {
					dev.busController.children.add(dev);
				}
			}
		}
		Driver driver = d.getDriver() != null ? d.getDriver() : match(d, scenario.getBoard());
		dev.driver = driver != null ? drvs.get(driver) : libraryDriver(dev);
		if (dev.driver != null) {
			dev.hwIndex = dev.driver.devices.size();
			dev.driver.devices.add(dev);
		}
		if (!d.getPowerDomains().isEmpty()) {
			dev.domain = pds.get(d.getPowerDomains().get(0));
			dev.domain.devices.add(dev);
		}
		RuntimePmState pm = d.getRuntimePm();
		int status = pm == null ? Runtime.SUSPENDED : switch (pm.getStatus()) {
		case ACTIVE -> Runtime.ACTIVE;
		case RESUMING -> Runtime.RESUMING;
		case SUSPENDING -> Runtime.SUSPENDING;
		default -> Runtime.SUSPENDED;
		};
		String n = dev.name;
		dev.probeState = slots.alloc(n, "probe state", StateField.PROBE_STATE, Dd.NONE);
		dev.probeError = slots.alloc(n, "probe error", StateField.ERRNO, 0);
		dev.rpmStatus = slots.alloc(n, "power.runtime_status", StateField.RPM_STATUS, status);
		dev.lastStatus = slots.alloc(n, "power.last_status", StateField.RPM_STATUS, Runtime.INVALID);
		dev.usageCount = slots.alloc(n, "power.usage_count", StateField.INT, pm == null ? 0 : pm.getUsageCount());
		dev.childCount = slots.alloc(n, "power.child_count", StateField.INT, pm == null ? 0 : pm.getChildCount());
		dev.disableDepth = slots.alloc(n, "power.disable_depth", StateField.INT, pm == null ? 1 : pm.getDisableDepth());
		dev.runtimeError = slots.alloc(n, "power.runtime_error", StateField.ERRNO, pm == null ? 0 : pm.getRuntimeError());
		dev.request = slots.alloc(n, "power.request", StateField.RPM_REQUEST, Runtime.REQ_NONE);
		dev.timerExpires = slots.alloc(n, "power.timer_expires", StateField.TIME_NS, 0);
		dev.lastBusy = slots.alloc(n, "power.last_busy", StateField.TIME_NS, pm == null ? 0 : pm.getLastBusyNs());
		dev.useAutosuspend = slots.alloc(n, "power.use_autosuspend", StateField.BOOL, pm != null && pm.isUseAutosuspend() ? 1 : 0);
		dev.autosuspendDelay = slots.alloc(n, "power.autosuspend_delay", StateField.INT, pm == null ? 0 : pm.getAutosuspendDelayMs());
		dev.linksStatus = slots.alloc(n, "links.status", StateField.DEV_LINKS_STATUS, DeviceCore.DL_DEV_NO_DRIVER);
		dev.deferList = slots.alloc(n, "deferred list", StateField.DEFERRED_LIST, Dd.LIST_NONE);
		dev.deferSeq = slots.alloc(n, "deferred position", StateField.INT, 0);
		dev.deferReason = slots.alloc(n, "deferred_probe_reason", StateField.STRING, 0);
		dev.added = slots.alloc(n, "added", StateField.BOOL, 0);
		dev.canMatch = slots.alloc(n, "can_match", StateField.BOOL, 0);
		dev.pdAttached = slots.alloc(n, "pm_domain", StateField.BOOL, 0);
		dev.probeCount = slots.alloc(n, "probe attempts", StateField.INT, 0);
		if (pm != null) {
			dev.irqSafe = pm.isIrqSafe();
			dev.noCallbacks = pm.isNoCallbacks();
			dev.ignoreChildren = pm.isIgnoreChildren();
		}
		for (RegulatorSupply s : d.getSupplies()) {
			Supply supply = new Supply(dev, s.getName(), rdevs.get(s.getRegulator()));
			supply.got = slots.alloc(n, s.getName() + "-supply", StateField.BOOL, 0);
			supply.enableCount = slots.alloc(n, s.getName() + "-supply enable_count", StateField.INT, 0);
			dev.supplies.add(supply);
		}
		dev.behaviour = behaviour(d, dev, scenario);
		if (dev.behaviour != null) {
			allocateRecipeState(dev);
		}
	}

	/**
	 * A device the board names no driver for (a board imported from a devicetree) gets a built-in
	 * driver at the device initcall level, one per first compatible, with the driver library's
	 * recipes or the generic probe.
	 */
	private Drv libraryDriver(Dev dev) {
		if (dev.compatibles.isEmpty()) {
			return null;
		}
		String compatible = dev.compatibles.get(0);
		for (Drv drv : img.drivers) {
			if (drv.compatibles.contains(compatible)) {
				return drv;
			}
		}
		Drv drv = new Drv(compatible, List.of(compatible));
		drv.initcallLevel = Init.DEVICE;
		img.drivers.add(drv);
		return drv;
	}

	/** bus matching by compatible: the first driver listing one of the device's compatibles, in the device's order. */
	private static Driver match(Device d, Board board) {
		for (String compatible : d.getCompatible()) {
			for (Driver driver : board.getDrivers()) {
				if (driver.getCompatibles().contains(compatible)) {
					return driver;
				}
			}
		}
		return null;
	}

	/** Device override > scenario override > the driver's own recipes > the driver library > generic. */
	private Behaviour behaviour(Device d, Dev dev, Scenario scenario) {
		if (d.getBehaviour() != null) {
			return compile(d.getBehaviour(), "device " + dev.name);
		}
		Driver driver = d.getDriver() != null ? d.getDriver() : match(d, scenario.getBoard());
		Behaviour base = null;
		if (driver != null && driver.getBehaviour() != null) {
			base = compile(driver.getBehaviour(), "driver " + driver.getName());
		}
		if (base == null) {
			base = DriverLibrary.lookup(dev.compatibles);
		}
		for (BehaviourOverride o : scenario.getOverrides()) {
			boolean forDriver = o.getDevice() == null && o.getDriver() != null && o.getDriver() == driver;
			if (o.getBehaviour() != null && (forDriver || o.getDevice() == d)) {
				base = base.overriddenBy(compile(o.getBehaviour(), "scenario " + scenario.getName()));
			}
		}
		return base;
	}

	static Behaviour compile(DriverBehaviour b, String origin) {
		List<Recipe> recipes = new ArrayList<>();
		for (org.dmstudio.model.behaviour.Recipe r : b.getCallbacks()) {
			recipes.add(new Recipe(r.getName(), r.getKind(), r.getSource(), ops(r.getSteps()), ops(r.getUnwind())));
		}
		List<Behaviour.Var> vars = new ArrayList<>();
		for (StateVariable v : b.getVariables()) {
			vars.add(new Behaviour.Var(v.getName(), v.getScope() == VariableScope.DEVICE, v.getInitialValue(), v.getBound()));
		}
		return new Behaviour(b.getName(), origin, recipes, vars);
	}

	private static List<Op> ops(List<Step> steps) {
		List<Op> ops = new ArrayList<>();
		for (Step s : steps) {
			int flags = 0;
			for (DeviceLinkFlag f : s.getLinkFlags()) {
				flags |= f.getValue();
			}
			ops.add(new Op(s.getCall(), s.getArgument(), s.getValue(), s.getErrno(), flags,
					s.getTarget() == null ? null : s.getTarget().getName(), s.getCallee() == null ? null : s.getCallee().getName(),
					s.getLabel(), s.getOnError(), s.isIgnoreResult(), s.getComment()));
		}
		return ops;
	}

	/** Slots for the recipes' variables (static per driver or devm per device) and pointer fields. */
	private void allocateRecipeState(Dev dev) {
		for (Behaviour.Var v : dev.behaviour.variables) {
			if (v.perDevice()) {
				dev.vars.put(v.name(), slots.alloc(dev.name, v.name(), StateField.INT, v.initial()));
			} else if (dev.driver != null && !dev.driver.vars.containsKey(v.name())) {
				dev.driver.vars.put(v.name(), slots.alloc(dev.driver.name, v.name(), StateField.INT, v.initial()));
				if (v.bound() > 0) {
					int[] owners = new int[(int) v.bound()];
					for (int i = 0; i < owners.length; i++) {
						owners[i] = slots.alloc(dev.driver.name, "entry " + i + " (by " + v.name() + ")", StateField.DEVICE_REF, 0);
					}
					dev.driver.arrays.put(v.name(), owners);
				}
			}
		}
		for (Recipe r : dev.behaviour.recipes.values()) {
			for (List<Op> list : List.of(r.steps, r.unwind)) {
				for (Op op : list) {
					KernelCall c = op.call();
					if ((c == KernelCall.FIELD_SET || c == KernelCall.FIELD_CLEAR || c == KernelCall.FIELD_DEREF
							|| c == KernelCall.FIELD_DEREF_IF_SET) && op.argument() != null
							&& !dev.fields.containsKey(op.argument())) {
						dev.fields.put(op.argument(), slots.alloc(dev.name, op.argument(), StateField.BOOL, 0));
					}
				}
			}
		}
	}

	private Link newLink(Dev supplier, Dev consumer, int flags, String origin, boolean firmware, boolean exists) {
		Link link = new Link(supplier, consumer, flags, origin, firmware);
		String n = link.name();
		link.exists = slots.alloc(n, "exists", StateField.BOOL, exists ? 1 : 0);
		link.state = slots.alloc(n, "status", StateField.LINK_STATE,
				exists ? (flags & DeviceCore.DL_STATELESS) != 0 ? DeviceCore.NONE : DeviceCore.DORMANT : DeviceCore.NONE);
		link.flags = slots.alloc(n, "flags", StateField.LINK_FLAGS, exists ? flags : 0);
		link.rpmActive = slots.alloc(n, "rpm_active", StateField.INT, 1);
		link.preactivated = slots.alloc(n, "supplier_preactivated", StateField.BOOL, 0);
		supplier.consumers.add(link);
		consumer.suppliers.add(link);
		img.links.add(link);
		return link;
	}

	/**
	 * A board link either comes from fw_devlink at device_add (managed, INFERRED) and exists from
	 * the start with the flags of the configured mode, or is a driver's device_link_add() (stateless)
	 * and is created when that call runs; such an IOMMU link also tells which IOMMU the consumer uses.
	 */
	private void firmwareOrDriverLink(DeviceLink l, ScenarioImage sc) {
		Dev supplier = devs.get(l.getSupplier());
		Dev consumer = devs.get(l.getConsumer());
		if (supplier == null || consumer == null) {
			return;
		}
		int flags = 0;
		for (DeviceLinkFlag f : l.getFlags()) {
			flags |= f.getValue();
		}
		boolean firmware = (flags & DeviceCore.DL_STATELESS) == 0;
		if (firmware) {
			if (sc.fwDevlinkOff) {
				return;
			}
			if (!sc.fwDevlinkRpm) {
				flags &= ~DeviceCore.DL_PM_RUNTIME;
			}
			flags |= DeviceCore.DL_MANAGED;
		} else if (supplier.behaviour != null && supplier.behaviour.callback(CallbackKind.IOMMU_PROBE_DEVICE) != null) {
			consumer.iommu = supplier;
		}
		if (img.link(consumer, supplier) == null) {
			newLink(supplier, consumer, flags, l.getOriginProperty() != null ? l.getOriginProperty() : l.getOriginCall(),
					firmware, firmware);
		}
	}

	/** Pre-allocates the links recipes can create: device_link_add() to an explicit target. */
	private void linksFromRecipes() {
		for (Dev dev : img.devices) {
			if (dev.behaviour == null) {
				continue;
			}
			for (Recipe r : dev.behaviour.recipes.values()) {
				for (Op op : r.steps) {
					if (op.call() == KernelCall.DEVICE_LINK_ADD && op.target() != null) {
						Dev supplier = img.device(op.target());
						if (supplier != null && img.link(dev, supplier) == null) {
							newLink(supplier, dev, op.linkFlags(), r.name, false, false);
						}
					}
				}
			}
		}
	}
}
