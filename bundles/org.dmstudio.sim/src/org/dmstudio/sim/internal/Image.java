package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable, EMF-free description of what is simulated, built once per scenario: devices,
 * drivers, links, domains, regulators, aggregates and the DRM scheduler set-up, each with the
 * slots of its mutable fields. Every run starts from {@link Slots#newState()}.
 */
public final class Image {

	/** struct device (with its struct dev_pm_info runtime fields and struct dev_links_info). */
	public static final class Dev {
		public final int index;
		public final String name;
		final List<String> compatibles;
		Dev parent;
		/** The bus controller (an i2c adapter's device): this device is added when that driver binds. */
		Dev busController;
		String busName = "platform";
		Drv driver;
		Behaviour behaviour;
		Genpd domain;
		final List<Supply> supplies = new ArrayList<>();
		final List<Link> suppliers = new ArrayList<>();
		final List<Link> consumers = new ArrayList<>();
		final List<Dev> children = new ArrayList<>();
		/** The IOMMU this device's {@code iommus} property points to (of_iommu_configure). */
		Dev iommu;
		/** Position among the devices its driver binds, in DT order (rocket's hardware core index). */
		int hwIndex;
		boolean irqSafe, noCallbacks, ignoreChildren;
		// slots
		int probeState, probeError, rpmStatus, lastStatus, usageCount, childCount, disableDepth, runtimeError, request,
				timerExpires, lastBusy, useAutosuspend, autosuspendDelay, linksStatus, deferList, deferSeq, deferReason,
				added, canMatch, pdAttached, locked, linksCount, probeCount, suppliersGot;
		final Map<String, Integer> fields = new HashMap<>();
		final Map<String, Integer> vars = new HashMap<>();

		Dev(int index, String name, List<String> compatibles) {
			this.index = index;
			this.name = name;
			this.compatibles = compatibles;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	/** struct device_driver (with its state variables: static data that survives failed probes). */
	public static final class Drv {
		final String name;
		final List<String> compatibles;
		boolean module;
		int initcallLevel;
		long moduleLoadNs = -1;
		boolean asyncProbe;
		Behaviour behaviour;
		final List<Dev> devices = new ArrayList<>();
		final Map<String, Integer> vars = new HashMap<>();
		/** For an array variable: the device stored at each index (slots per index). */
		final Map<String, int[]> arrays = new HashMap<>();
		int registered;

		Drv(String name, List<String> compatibles) {
			this.name = name;
			this.compatibles = compatibles;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	/** struct device_link. */
	public static final class Link {
		final Dev supplier, consumer;
		final int boardFlags;
		final String origin;
		/** Created by fw_devlink at device_add (the board's managed links); others by a driver's device_link_add(). */
		final boolean fromFirmware;
		int exists, state, flags, rpmActive, preactivated;

		Link(Dev supplier, Dev consumer, int flags, String origin, boolean fromFirmware) {
			this.supplier = supplier;
			this.consumer = consumer;
			this.boardFlags = flags;
			this.origin = origin;
			this.fromFirmware = fromFirmware;
		}

		String name() {
			return "link " + consumer.name + " -> " + supplier.name;
		}
	}

	/** struct generic_pm_domain. */
	public static final class Genpd {
		final String name;
		final Dev provider;
		final List<Genpd> parents = new ArrayList<>();
		final List<Genpd> children = new ArrayList<>();
		final List<Dev> devices = new ArrayList<>();
		Rdev supply;
		boolean alwaysOn;
		long onLatency, offLatency;
		int status, sdCount, deviceCount, providerAdded, supplyGot, supplyEnableCount;

		Genpd(String name, Dev provider) {
			this.name = name;
			this.provider = provider;
		}

		String label() {
			return "pd_" + name;
		}
	}

	/** struct regulator_dev. */
	public static final class Rdev {
		final String name;
		Dev provider;
		Rdev supply;
		boolean alwaysOn, bootOn;
		int registered, enabled, useCount;

		Rdev(String name) {
			this.name = name;
		}
	}

	/** A consumer's NAME-supply (struct regulator handle). */
	public static final class Supply {
		final Dev consumer;
		final String name;
		final Rdev regulator;
		int got, enableCount;

		Supply(Dev consumer, String name, Rdev regulator) {
			this.consumer = consumer;
			this.name = name;
			this.regulator = regulator;
		}
	}

	/** struct aggregate_device with its match list. */
	public static final class Aggregate {
		final String name;
		final Dev master;
		final List<Dev> components = new ArrayList<>();
		boolean aggregateDriver;
		int masterAdded, bound;
		int[] componentAdded, componentBound;

		Aggregate(String name, Dev master) {
			this.name = name;
			this.master = master;
		}
	}

	final Slots slots = new Slots();
	final List<Dev> devices = new ArrayList<>();
	final List<Drv> drivers = new ArrayList<>();
	final List<Link> links = new ArrayList<>();
	final List<Genpd> domains = new ArrayList<>();
	final List<Rdev> regulators = new ArrayList<>();
	final List<Aggregate> aggregates = new ArrayList<>();
	final Map<String, Dev> deviceByName = new HashMap<>();
	SchedImage sched;
	ScenarioImage scenario;
	/** Global slots of the driver core. */
	int deferredEnabled, initcallsDone, deferredTriggerCount, deferredSeqCounter, deferredTimeoutS;

	public ScenarioImage scenario() {
		return scenario;
	}

	public Slots slots() {
		return slots;
	}

	public List<Dev> devices() {
		return devices;
	}

	Dev device(String name) {
		return deviceByName.get(name);
	}

	Link link(Dev consumer, Dev supplier) {
		for (Link link : consumer.suppliers) {
			if (link.supplier == supplier) {
				return link;
			}
		}
		return null;
	}
}
