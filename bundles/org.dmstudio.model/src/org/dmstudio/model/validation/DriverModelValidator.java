package org.dmstudio.model.validation;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.scenario.DriverRegistration;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.ModuleLoad;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioPackage;
import org.dmstudio.model.scenario.Stimulus;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Entity;
import org.dmstudio.model.sched.Fence;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Component;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.ProbeState;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;

/**
 * The rules the kernel itself enforces on a driver model, checked on top of EMF's structural
 * checks. Each message names the kernel function whose rule is broken.
 */
public class DriverModelValidator extends EObjectValidator {

	public static final String SOURCE = "org.dmstudio.model";

	/** Flags that make a link managed; device_link_add() refuses them together with STATELESS. */
	private static final Set<DeviceLinkFlag> MANAGED_ONLY = EnumSet.of(DeviceLinkFlag.AUTOREMOVE_CONSUMER,
			DeviceLinkFlag.AUTOREMOVE_SUPPLIER, DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.SYNC_STATE_ONLY,
			DeviceLinkFlag.INFERRED, DeviceLinkFlag.CYCLE);

	/** What SYNC_STATE_ONLY may be combined with (the marker flags). */
	private static final Set<DeviceLinkFlag> SYNC_STATE_ONLY_COMPANIONS = EnumSet.of(DeviceLinkFlag.SYNC_STATE_ONLY,
			DeviceLinkFlag.INFERRED, DeviceLinkFlag.CYCLE, DeviceLinkFlag.MANAGED);

	/** Validates a model tree (a Board, DrmDevice or Scenario) with EMF's checks plus the kernel's. */
	public static Diagnostic validate(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		DriverModelValidator validator = new DriverModelValidator();
		for (EPackage ePackage : List.of(DtPackage.eINSTANCE, TopologyPackage.eINSTANCE, BehaviourPackage.eINSTANCE,
				SchedPackage.eINSTANCE, ScenarioPackage.eINSTANCE)) {
			registry.put(ePackage, validator);
		}
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return label(eObject);
			}
		};
		return diagnostician.validate(root);
	}

	/** "Device fdab0000.npu", "PowerDomain npu", "DeviceLink fdab0000.npu -> fdab9000.iommu". */
	public static String label(EObject object) {
		String type = object.eClass().getName();
		if (object instanceof DeviceLink link) {
			return type + " " + name(link.getConsumer()) + " -> " + name(link.getSupplier());
		}
		Object name = object.eClass().getEStructuralFeature("name") == null ? null
				: object.eGet(object.eClass().getEStructuralFeature("name"));
		return name == null ? type : type + " " + name;
	}

	private static String name(Device device) {
		return device == null ? "?" : device.getName();
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, object, diagnostics, context);
		Checks checks = new Checks(object, diagnostics);
		if (object instanceof DeviceLink link) {
			checkDeviceLink(link, checks);
		} else if (object instanceof RuntimePmState rpm) {
			checks.error(rpm.getUsageCount() >= 0, "usage_count is negative: \"Runtime PM usage count underflow!\" (rpm_drop_usage_count)");
			checks.error(rpm.getChildCount() >= 0, "child_count is negative (rpm_suspend never drops it below 0)");
			checks.error(rpm.getDisableDepth() >= 0, "disable_depth is negative: \"Unbalanced pm_runtime_enable!\"");
			checks.error(rpm.getRuntimeError() <= 0, "runtime_error holds a negative errno or 0");
		} else if (object instanceof Device device) {
			checks.error(!reachesItself(device, Device::getParent), "the device is its own ancestor (device_add)");
			checks.error(device.getProbeState() != ProbeState.FAILED || device.getProbeError() < 0,
					"a FAILED probe needs its negative errno (really_probe)");
		} else if (object instanceof PowerDomain domain) {
			checks.error(!reachesItselfMany(domain, PowerDomain::getParents),
					"the power domain is its own parent through the hierarchy (genpd_add_subdomain)");
		} else if (object instanceof Regulator regulator) {
			checks.error(!reachesItself(regulator, Regulator::getSupply),
					"the regulator supplies itself through its supply chain (regulator_resolve_supply)");
		} else if (object instanceof Board board) {
			checkComponentOwners(board, checks);
		} else if (object instanceof Driver driver) {
			checks.error(driver.getKind() != DriverKind.MODULE || driver.getModuleLoadTimeNs() >= 0,
					"a module cannot be loaded before boot");
		} else if (object instanceof Recipe recipe) {
			checkRecipe(recipe, checks);
		} else if (object instanceof Job job) {
			DrmDevice drm = job.eContainer() instanceof DrmDevice d ? d : null;
			checks.error(drm == null || drm.getDesign() != SubmissionDesign.JOB_PER_TASK || job.getTasks().size() == 1,
					"with one scheduler job per task, a job runs exactly one task");
			checks.error(job.getCredits() > 0, "drm_sched_job_init() refuses 0 credits (-EINVAL)");
		} else if (object instanceof Scheduler scheduler) {
			checks.error(scheduler.getCreditLimit() >= 1, "a scheduler with credit_limit 0 never runs a job (drm_sched_can_queue)");
		} else if (object instanceof Entity entity) {
			checks.error(!entity.getSchedulers().isEmpty(), "an entity without schedulers has no run queue (drm_sched_job_init: -ENOENT)");
		} else if (object instanceof Fence fence) {
			checks.error(fence.getError() <= 0, "a fence error is a negative errno (dma_fence_set_error)");
		} else if (object instanceof Scenario scenario) {
			checkScenario(scenario, checks);
		} else if (object instanceof KernelConfig config) {
			checks.error(config.getDeferredProbeTimeoutS() >= -1, "deferred_probe_timeout is -1 (forever) or a number of seconds");
		}
		return ok && checks.ok;
	}

	private static void checkDeviceLink(DeviceLink link, Checks checks) {
		Set<DeviceLinkFlag> flags = link.getFlags().isEmpty() ? EnumSet.noneOf(DeviceLinkFlag.class) : EnumSet.copyOf(link.getFlags());
		checks.error(link.getSupplier() == null || link.getSupplier() != link.getConsumer(),
				"device_link_add() refuses a link from a device to itself");
		checkLinkFlags(flags, checks);
	}

	private static void checkLinkFlags(Set<DeviceLinkFlag> flags, Checks checks) {
		if (flags.contains(DeviceLinkFlag.STATELESS)) {
			Set<DeviceLinkFlag> managed = EnumSet.copyOf(flags);
			managed.retainAll(MANAGED_ONLY);
			checks.error(managed.isEmpty(), "device_link_add() refuses STATELESS together with " + managed);
		}
		checks.error(!(flags.contains(DeviceLinkFlag.AUTOPROBE_CONSUMER)
				&& (flags.contains(DeviceLinkFlag.AUTOREMOVE_CONSUMER) || flags.contains(DeviceLinkFlag.AUTOREMOVE_SUPPLIER))),
				"device_link_add() refuses AUTOPROBE_CONSUMER together with AUTOREMOVE_*");
		checks.error(!flags.contains(DeviceLinkFlag.SYNC_STATE_ONLY) || SYNC_STATE_ONLY_COMPANIONS.containsAll(flags),
				"device_link_add() refuses SYNC_STATE_ONLY mixed with flags other than INFERRED and CYCLE");
	}

	private static void checkComponentOwners(Board board, Checks checks) {
		Set<Device> owned = new HashSet<>();
		for (ComponentMaster master : board.getAggregates()) {
			for (Component component : master.getComponents()) {
				checks.error(component.getDevice() == null || owned.add(component.getDevice()),
						"component " + name(component.getDevice()) + " is matched by two aggregate devices (find_components marks it a duplicate)");
			}
		}
	}

	private static void checkRecipe(Recipe recipe, Checks checks) {
		Set<String> labels = new HashSet<>();
		for (Step step : recipe.getUnwind()) {
			if (step.getLabel() != null && !step.getLabel().isEmpty()) {
				labels.add(step.getLabel());
			}
		}
		for (Step step : recipe.getSteps()) {
			String target = step.getOnError();
			checks.error(target == null || target.isEmpty() || labels.contains(target),
					recipe.getName() + ": goto " + target + " has no such label in the unwind list");
		}
		for (Step step : concat(recipe.getSteps(), recipe.getUnwind())) {
			checks.error(step.getCall() != KernelCall.CALL || step.getCallee() != null, recipe.getName() + ": CALL without a callee");
			checks.error(step.getCall() != KernelCall.RETURN || step.getErrno() <= 0,
					recipe.getName() + ": a kernel function returns 0 or a negative errno");
			if (step.getCall() == KernelCall.DEVICE_LINK_ADD) {
				checkLinkFlags(step.getLinkFlags().isEmpty() ? EnumSet.noneOf(DeviceLinkFlag.class) : EnumSet.copyOf(step.getLinkFlags()), checks);
			}
		}
	}

	private static List<Step> concat(List<Step> a, List<Step> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private static void checkScenario(Scenario scenario, Checks checks) {
		Board board = scenario.getBoard();
		checks.error(board != null, "a scenario needs a board");
		for (Stimulus stimulus : scenario.getStimuli()) {
			checks.error(stimulus.getTimeNs() >= 0, "stimulus at a negative time: " + stimulus.getDescription());
			Driver driver = stimulus instanceof DriverRegistration r ? r.getDriver()
					: stimulus instanceof ModuleLoad m ? m.getDriver() : null;
			if (driver == null) {
				continue;
			}
			checks.error(board == null || board.getDrivers().contains(driver), "driver " + driver.getName() + " is not on the scenario's board");
		}
	}

	private static <T> boolean reachesItself(T start, Function<T, T> next) {
		Set<T> seen = new HashSet<>();
		for (T current = next.apply(start); current != null; current = next.apply(current)) {
			if (current == start || !seen.add(current)) {
				return current == start;
			}
		}
		return false;
	}

	private static <T> boolean reachesItselfMany(T start, Function<T, List<T>> next) {
		Set<T> seen = new HashSet<>();
		ArrayDeque<T> work = new ArrayDeque<>(next.apply(start));
		while (!work.isEmpty()) {
			T current = work.pop();
			if (current == start) {
				return true;
			}
			if (seen.add(current)) {
				work.addAll(next.apply(current));
			}
		}
		return false;
	}

	/** Collects the errors of one object. */
	private static final class Checks {
		private final EObject object;
		private final DiagnosticChain diagnostics;
		boolean ok = true;

		Checks(EObject object, DiagnosticChain diagnostics) {
			this.object = object;
			this.diagnostics = diagnostics;
		}

		void error(boolean holds, String message) {
			if (holds) {
				return;
			}
			ok = false;
			if (diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, label(object) + ": " + message, new Object[] { object }));
			}
		}
	}
}
