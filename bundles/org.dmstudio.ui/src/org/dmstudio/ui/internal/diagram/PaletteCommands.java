package org.dmstudio.ui.internal.diagram;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dmstudio.dts.model.FwDevlink;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.topology.TopologyPackage.Literals;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The EMF commands behind the palette tools. Each returns an unexecutable command when the elements
 * do not fit the tool (a link from a device to itself, a supply from a device), so tools can ask
 * {@link Command#canExecute()} before they run anything.
 */
public final class PaletteCommands {

	/** The supplier properties of the reference tools, as fw_devlink records them in {@link DeviceLink#getOriginProperty()}. */
	public static final String CLOCKS = "clocks";
	public static final String RESETS = "resets";
	public static final String IOMMUS = "iommus";

	/** The driver call behind the STATELESS|PM_RUNTIME link from a device to its Rockchip IOMMU. */
	public static final String RK_IOMMU_CALL = "device_link_add() in rk_iommu_probe_device()";

	private static final Set<String> ROCKCHIP_IOMMU_COMPATIBLES = Set.of("rockchip,iommu", "rockchip,rk3568-iommu");

	private PaletteCommands() {
	}

	public static Device newDevice(Board board) {
		Device device = TopologyFactory.eINSTANCE.createDevice();
		device.setName(uniqueName(board, "device"));
		return device;
	}

	public static Regulator newRegulator(Board board) {
		Regulator regulator = TopologyFactory.eINSTANCE.createRegulator();
		regulator.setName(uniqueName(board, "regulator"));
		return regulator;
	}

	public static PowerDomain newPowerDomain(Board board) {
		PowerDomain domain = TopologyFactory.eINSTANCE.createPowerDomain();
		domain.setName(uniqueName(board, "domain"));
		return domain;
	}

	/** Adds a new device, regulator or power domain to the board. */
	public static Command create(EditingDomain domain, Board board, EObject element) {
		if (element instanceof Device) {
			return AddCommand.create(domain, board, Literals.BOARD__DEVICES, element);
		}
		if (element instanceof Regulator) {
			return AddCommand.create(domain, board, Literals.BOARD__REGULATORS, element);
		}
		if (element instanceof PowerDomain) {
			return AddCommand.create(domain, board, Literals.BOARD__POWER_DOMAINS, element);
		}
		return UnexecutableCommand.INSTANCE;
	}

	/** Makes {@code child} a sub-domain of {@code parent}; a child not yet on the board is added to it. */
	public static Command subDomain(EditingDomain domain, Board board, PowerDomain parent, PowerDomain child) {
		if (parent == null || child == null || parent == child || parent.getSubdomains().contains(child) || isAncestor(child, parent)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand("Add sub-domain");
		if (child.eContainer() == null) {
			command.append(AddCommand.create(domain, board, Literals.BOARD__POWER_DOMAINS, child));
		}
		command.append(AddCommand.create(domain, parent, Literals.POWER_DOMAIN__SUBDOMAINS, child));
		return command;
	}

	private static boolean isAncestor(PowerDomain candidate, PowerDomain domain) {
		Set<PowerDomain> seen = new HashSet<>();
		for (ArrayDeque<PowerDomain> pending = new ArrayDeque<>(domain.getParents()); !pending.isEmpty();) {
			PowerDomain up = pending.pop();
			if (up == candidate) {
				return true;
			}
			if (seen.add(up)) {
				pending.addAll(up.getParents());
			}
		}
		return false;
	}

	/** A device link from supplier to consumer with the flags. */
	public static Command link(EditingDomain domain, Board board, Device supplier, Device consumer, Collection<DeviceLinkFlag> flags) {
		if (supplier == null || consumer == null || supplier == consumer) {
			return UnexecutableCommand.INSTANCE;
		}
		DeviceLink link = TopologyFactory.eINSTANCE.createDeviceLink();
		link.setSupplier(supplier);
		link.setConsumer(consumer);
		link.getFlags().addAll(flags);
		link.setState(link.getFlags().contains(DeviceLinkFlag.STATELESS) ? DeviceLinkState.NONE : DeviceLinkState.DORMANT);
		return AddCommand.create(domain, board, Literals.BOARD__LINKS, link);
	}

	/**
	 * The link fw_devlink makes for a consumer's supplier property ({@link #CLOCKS}, {@link #RESETS},
	 * {@link #IOMMUS}) pointing at the supplier, with the kernel's default fw_devlink flags; for an
	 * {@code iommus} reference to a Rockchip IOMMU also the STATELESS|PM_RUNTIME link
	 * rk_iommu_probe_device() adds. Unexecutable when the consumer already has that reference.
	 */
	public static Command supplierReference(EditingDomain domain, Board board, Device supplier, Device consumer, String property) {
		if (supplier == null || consumer == null || supplier == consumer || board.getLinks().stream().anyMatch(
				l -> l.getSupplier() == supplier && l.getConsumer() == consumer && property.equals(l.getOriginProperty()))) {
			return UnexecutableCommand.INSTANCE;
		}
		DeviceLink inferred = TopologyFactory.eINSTANCE.createDeviceLink();
		inferred.setSupplier(supplier);
		inferred.setConsumer(consumer);
		Set<DeviceLinkFlag> flags = FwDevlink.defaults().flags();
		flags.add(DeviceLinkFlag.MANAGED);
		inferred.getFlags().addAll(flags);
		inferred.setState(DeviceLinkState.DORMANT);
		inferred.setOriginProperty(property);
		if (!IOMMUS.equals(property) || !isRockchipIommu(supplier) || hasStatelessLink(board, supplier, consumer)) {
			return AddCommand.create(domain, board, Literals.BOARD__LINKS, inferred);
		}
		DeviceLink stateless = TopologyFactory.eINSTANCE.createDeviceLink();
		stateless.setSupplier(supplier);
		stateless.setConsumer(consumer);
		stateless.getFlags().addAll(List.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME));
		stateless.setState(DeviceLinkState.NONE);
		stateless.setOriginCall(RK_IOMMU_CALL);
		return AddCommand.create(domain, board, Literals.BOARD__LINKS, List.of(inferred, stateless));
	}

	/** Whether the device is an IOMMU the rockchip-iommu driver binds. */
	public static boolean isRockchipIommu(Device device) {
		return device.getCompatible().stream().anyMatch(ROCKCHIP_IOMMU_COMPATIBLES::contains);
	}

	private static boolean hasStatelessLink(Board board, Device supplier, Device consumer) {
		return board.getLinks().stream().anyMatch(l -> l.getSupplier() == supplier && l.getConsumer() == consumer
				&& l.getFlags().contains(DeviceLinkFlag.STATELESS));
	}

	/**
	 * A regulator supplying a consumer: a device gets a {@code <name>-supply} ({@link RegulatorSupply}), a
	 * power domain its {@code domain-supply}, another regulator its {@code vin-supply}.
	 */
	public static Command supply(EditingDomain domain, Regulator regulator, EObject consumer, String supplyName) {
		if (regulator == null || consumer == null || consumer == regulator) {
			return UnexecutableCommand.INSTANCE;
		}
		if (consumer instanceof Device device) {
			RegulatorSupply supply = TopologyFactory.eINSTANCE.createRegulatorSupply();
			supply.setName(supplyName == null || supplyName.isBlank() ? regulator.getName() : supplyName.strip());
			supply.setRegulator(regulator);
			return AddCommand.create(domain, device, Literals.DEVICE__SUPPLIES, supply);
		}
		if (consumer instanceof PowerDomain powerDomain) {
			return SetCommand.create(domain, powerDomain, Literals.POWER_DOMAIN__DOMAIN_SUPPLY, regulator);
		}
		if (consumer instanceof Regulator supplied && !suppliedBy(regulator, supplied)) {
			return SetCommand.create(domain, supplied, Literals.REGULATOR__SUPPLY, regulator);
		}
		return UnexecutableCommand.INSTANCE;
	}

	private static boolean suppliedBy(Regulator regulator, Regulator candidate) {
		Set<Regulator> seen = new HashSet<>();
		for (Regulator up = regulator.getSupply(); up != null && seen.add(up); up = up.getSupply()) {
			if (up == candidate) {
				return true;
			}
		}
		return false;
	}

	/** The device's {@code power-domains} reference to the domain. */
	public static Command powerDomainReference(EditingDomain domain, PowerDomain powerDomain, Device device) {
		if (powerDomain == null || device == null || device.getPowerDomains().contains(powerDomain)) {
			return UnexecutableCommand.INSTANCE;
		}
		return AddCommand.create(domain, device, Literals.DEVICE__POWER_DOMAINS, powerDomain);
	}

	/** Deletes the elements and every reference to them. */
	public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
		if (elements.isEmpty() || elements.stream().anyMatch(e -> e.eContainer() == null)) {
			return UnexecutableCommand.INSTANCE;
		}
		return DeleteCommand.create(domain, elements);
	}

	public static Command rename(EditingDomain domain, EObject element, String name) {
		EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature("name");
		if (feature == null || name == null || name.isBlank()) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(domain, element, feature, name.strip());
	}

	/** Whether the element has a name the rename tool can change. */
	public static boolean isNamed(EObject element) {
		return element != null && element.eClass().getEStructuralFeature("name") != null;
	}

	private static String uniqueName(Board board, String prefix) {
		Set<String> taken = new HashSet<>();
		board.getDevices().forEach(d -> taken.add(d.getName()));
		board.getRegulators().forEach(r -> taken.add(r.getName()));
		board.getPowerDomains().forEach(p -> taken.add(p.getName()));
		for (int i = 1;; i++) {
			if (!taken.contains(prefix + i)) {
				return prefix + i;
			}
		}
	}
}
