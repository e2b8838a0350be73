package org.dmstudio.dts.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;

/**
 * Problems of a derived board: the compiler's diagnostics (unresolved references...), the
 * derivation's findings (cycles, suppliers without a device), and power domains whose
 * {@code domain-supply} regulator sits behind an i2c/spi device that nothing orders before the
 * domain's consumers (Rockchip's lazy devm_of_regulator_get() in rockchip_pd_regulator_enable()).
 */
public final class BoardChecks {

	private BoardChecks() {
	}

	/** Every diagnostic, errors and warnings, in source order of discovery. */
	public static List<Diagnostic> run(DerivedBoard derived) {
		List<Diagnostic> out = new ArrayList<>(derived.source().diagnostics());
		out.addAll(derived.findings());
		out.addAll(domainSupplyOrder(derived.board()));
		return out;
	}

	/**
	 * A domain-supply provided by a device on an i2c or spi bus is looked up when the domain first
	 * powers on; fw_devlink gives the genpd provider only a SYNC_STATE_ONLY proxy link for it, so a
	 * consumer that no blocking device link orders after the regulator's device can power the
	 * domain on first and get -EPROBE_DEFER, which rpm_callback() keeps as a sticky runtime_error.
	 */
	public static List<Diagnostic> domainSupplyOrder(Board board) {
		List<Diagnostic> out = new ArrayList<>();
		Map<Device, List<DeviceLink>> suppliers = new HashMap<>();
		for (DeviceLink l : board.getLinks()) {
			suppliers.computeIfAbsent(l.getConsumer(), k -> new ArrayList<>()).add(l);
		}
		for (PowerDomain domain : board.getPowerDomains()) {
			Regulator supply = domain.getDomainSupply();
			Device provider = supply == null ? null : supply.getProvider();
			Bus bus = provider == null ? null : slowBus(provider);
			if (bus == null || domain.getProvider() != null && ordered(domain.getProvider(), provider, suppliers)) {
				continue;
			}
			Set<Device> consumers = new LinkedHashSet<>();
			collectConsumers(domain, consumers, new LinkedHashSet<>());
			Set<Device> unordered = new LinkedHashSet<>();
			for (Device d : consumers) {
				if (!ordered(d, provider, suppliers)) {
					unordered.add(d);
				}
			}
			if (unordered.isEmpty()) {
				continue;
			}
			Set<Device> through = new LinkedHashSet<>();
			boolean grew = true;
			while (grew) {
				grew = false;
				for (DeviceLink l : board.getLinks()) {
					if (l.getFlags().contains(DeviceLinkFlag.PM_RUNTIME)
							&& (unordered.contains(l.getSupplier()) || through.contains(l.getSupplier()))
							&& !unordered.contains(l.getConsumer()) && through.add(l.getConsumer())) {
						grew = true;
					}
				}
			}
			Property p = domain.getNode() == null ? null : domain.getNode().getProperty("domain-supply");
			SourceLocation at = p == null || p.getLocations().isEmpty() ? null : p.getLocations().get(p.getLocations().size() - 1);
			StringBuilder m = new StringBuilder();
			m.append("power domain ").append(domain.getName()).append(" (").append(describe(domain))
					.append(") takes its domain-supply ").append(supply.getName()).append(" from ")
					.append(provider.getName()).append(" on ").append(bus.getName());
			if (bus.getController() != null) {
				m.append(" (controller ").append(bus.getController().getName()).append(')');
			}
			m.append(", which probes later than the domain's consumers: ");
			if (domain.getProvider() != null) {
				m.append(domain.getProvider().getName()).append(" has only a SYNC_STATE_ONLY link to ")
						.append(provider.getName()).append(", so ");
			}
			m.append("a runtime resume that powers the domain on before ").append(supply.getName())
					.append(" is registered fails with -EPROBE_DEFER and stays as runtime_error; at risk: ")
					.append(names(unordered)).append(" (no device link orders them after ").append(provider.getName()).append(')');
			if (!through.isEmpty()) {
				m.append(", ").append(names(through)).append(" (resume one of those through a PM_RUNTIME link)");
			}
			out.add(Diagnostic.error(at == null ? null : new SourcePosition(at.getFile(), at.getLine(), at.getColumn()),
					m.toString()));
		}
		return out;
	}

	private static String describe(PowerDomain domain) {
		if (domain.getNode() == null) {
			return "index " + domain.getIndex();
		}
		List<String> labels = domain.getNode().getLabels().stream().map(Label::getName).toList();
		return (labels.isEmpty() ? "" : String.join(", ", labels) + ", ") + domain.getNode().getPath();
	}

	private static String names(Set<Device> devices) {
		return devices.stream().map(Device::getName).collect(Collectors.joining(", "));
	}

	/** The i2c or spi bus the device (or an ancestor) sits on: its device is created only when that controller probes. */
	private static Bus slowBus(Device device) {
		for (Device d = device; d != null; d = d.getParent()) {
			Bus bus = d.getBus();
			if (bus != null && (bus.getType() == BusType.I2C || bus.getType() == BusType.SPI)) {
				return bus;
			}
		}
		return null;
	}

	private static void collectConsumers(PowerDomain domain, Set<Device> out, Set<PowerDomain> seen) {
		if (!seen.add(domain)) {
			return;
		}
		out.addAll(domain.getDevices());
		for (PowerDomain sub : domain.getSubdomains()) {
			collectConsumers(sub, out, seen);
		}
	}

	/** A chain of managed links that block probing (not SYNC_STATE_ONLY) leads from {@code consumer} to {@code supplier}. */
	private static boolean ordered(Device consumer, Device supplier, Map<Device, List<DeviceLink>> suppliers) {
		Deque<Device> todo = new ArrayDeque<>();
		Set<Device> seen = new LinkedHashSet<>();
		todo.add(consumer);
		while (!todo.isEmpty()) {
			Device d = todo.poll();
			if (d == supplier) {
				return true;
			}
			if (!seen.add(d)) {
				continue;
			}
			for (DeviceLink l : suppliers.getOrDefault(d, List.of())) {
				if (l.getFlags().contains(DeviceLinkFlag.MANAGED) && !l.getFlags().contains(DeviceLinkFlag.SYNC_STATE_ONLY)) {
					todo.add(l.getSupplier());
				}
			}
		}
		return false;
	}
}
