package org.dmstudio.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.eclipse.emf.ecore.EObject;

/**
 * What {@code rpm_resume()} of one device walks, in the order the kernel walks it: the parent first
 * (unless it ignores children), then in {@code rpm_callback()} the {@code PM_RUNTIME} suppliers
 * ({@code rpm_get_suppliers()}), then the device's genpd ({@code genpd_runtime_resume()} powers the
 * parent domains on before the domain itself, and the domain's {@code domain-supply} through
 * {@code regulator_enable()}: its own supply first, then its provider device and the bus controller
 * behind it), and last the driver's own callback. Each element appears once: a second request finds
 * it already active.
 */
public final class ResumeChain {

	/**
	 * One element of the walk.
	 *
	 * @param order    1-based position in the walk
	 * @param depth    nesting: 0 for the device resumed
	 * @param element  a Device, PowerDomain or Regulator
	 * @param from     the step that required this one (null for the first)
	 * @param reason   why, as the kernel code path says it
	 */
	public record Step(int order, int depth, EObject element, Step from, String reason) {

		public String name() {
			return ResumeChain.name(element);
		}

		public String kind() {
			return element.eClass().getName();
		}
	}

	private final List<Step> steps = new ArrayList<>();
	private final Set<EObject> seen = new LinkedHashSet<>();
	private final Board board;

	private ResumeChain(Device device) {
		this.board = device.eContainer() instanceof Board b ? b : null;
		device(device, 0, null, "rpm_resume()");
	}

	/** The walk starting at {@code device}. */
	public static List<Step> of(Device device) {
		return List.copyOf(new ResumeChain(device).steps);
	}

	/** The elements of the walk, in order. */
	public static List<EObject> elements(Device device) {
		return of(device).stream().map(Step::element).toList();
	}

	private Step add(EObject element, int depth, Step from, String reason) {
		if (!seen.add(element)) {
			return null;
		}
		Step step = new Step(steps.size() + 1, depth, element, from, reason);
		steps.add(step);
		return step;
	}

	private void device(Device device, int depth, Step from, String reason) {
		Step step = add(device, depth, from, reason);
		if (step == null) {
			return;
		}
		Device parent = device.getParent();
		boolean ignoreChildren = parent != null && parent.getRuntimePm() != null && parent.getRuntimePm().isIgnoreChildren();
		if (parent != null && !ignoreChildren) {
			device(parent, depth + 1, step, "parent: rpm_resume(dev->parent)");
		}
		if (board != null) {
			for (DeviceLink link : board.getLinks()) {
				if (link.getConsumer() == device && link.getFlags().contains(DeviceLinkFlag.PM_RUNTIME)
						&& link.getState() != DeviceLinkState.SUPPLIER_UNBIND && link.getSupplier() != null) {
					device(link.getSupplier(), depth + 1, step,
							"supplier (" + flags(link) + (link.getOriginProperty() != null ? ", " + link.getOriginProperty() : "")
									+ "): rpm_get_suppliers()");
				}
			}
		}
		for (PowerDomain domain : device.getPowerDomains()) {
			domain(domain, depth + 1, step, "power domain: genpd_runtime_resume()");
		}
	}

	private void domain(PowerDomain domain, int depth, Step from, String reason) {
		Step step = add(domain, depth, from, reason);
		if (step == null) {
			return;
		}
		for (PowerDomain parent : domain.getParents()) {
			domain(parent, depth + 1, step, "parent domain: genpd_power_on(parent)");
		}
		if (domain.getDomainSupply() != null) {
			regulator(domain.getDomainSupply(), depth + 1, step, "domain-supply: regulator_enable() in power_on");
		}
	}

	private void regulator(Regulator regulator, int depth, Step from, String reason) {
		Step step = add(regulator, depth, from, reason);
		if (step == null) {
			return;
		}
		if (regulator.getSupply() != null) {
			regulator(regulator.getSupply(), depth + 1, step, "supply: _regulator_enable(rdev->supply)");
		}
		Device provider = regulator.getProvider();
		if (provider != null) {
			Bus bus = provider.getBus();
			String via = bus != null && bus.getType() != BusType.PLATFORM ? " on " + bus.getName() : "";
			device(provider, depth + 1, step, "provider" + via + ": regulator ops");
			if (bus != null && bus.getController() != null && bus.getType() != BusType.PLATFORM) {
				device(bus.getController(), depth + 1, step, "controller of " + bus.getName() + ": transfer");
			}
		}
	}

	private static String flags(DeviceLink link) {
		return link.getFlags().stream().map(DeviceLinkFlag::getName).collect(Collectors.joining("|"));
	}

	/** The name of a device, domain, regulator or any element with a {@code name}. */
	public static String name(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object value = feature == null ? null : element.eGet(feature);
		return value == null ? element.eClass().getName() : value.toString();
	}
}
