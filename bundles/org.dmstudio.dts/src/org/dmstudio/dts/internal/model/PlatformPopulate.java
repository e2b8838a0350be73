package org.dmstudio.dts.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.TopologyFactory;

/**
 * Creates the devices the kernel creates from a devicetree: platform and AMBA devices
 * (of_platform_default_populate), i2c clients (of_i2c_register_devices) and spi devices
 * (of_register_spi_devices), with their kernel names.
 */
public final class PlatformPopulate {
	private static final TopologyFactory TOPO = TopologyFactory.eINSTANCE;
	/** of_default_bus_match_table. */
	private static final Set<String> BUS_MATCH = Set.of("simple-bus", "simple-mfd", "isa", "arm,amba-bus");
	private static final long OF_BAD_ADDR = -1;
	private static final long I2C_TEN_BIT_ADDRESS = 1L << 31;
	private static final long I2C_OWN_SLAVE_ADDRESS = 1L << 30;

	private final TreeIndex index;
	private final Board board;
	private final Function<Node, org.dmstudio.model.dt.Node> dtNode;
	private final List<Diagnostic> findings;
	private final Map<Node, Device> devices = new LinkedHashMap<>();
	private final Map<String, Device> byName = new LinkedHashMap<>();
	private Bus platform;
	private Bus amba;

	public PlatformPopulate(TreeIndex index, Board board, Function<Node, org.dmstudio.model.dt.Node> dtNode,
			List<Diagnostic> findings) {
		this.index = index;
		this.board = board;
		this.dtNode = dtNode;
		this.findings = findings;
	}

	/** Device by node, in the order the kernel adds them. */
	public Map<Node, Device> devices() {
		return devices;
	}

	public void run() {
		platform = TOPO.createBus();
		platform.setName("platform");
		platform.setType(BusType.PLATFORM);
		board.getBuses().add(platform);
		Node root = index.tree().root();
		Node firmware = root.child("firmware");
		if (firmware != null) {
			// of_platform_default_populate_init(): /firmware children first, without recursing into buses
			for (Node c : firmware.children()) {
				busCreate(c, null, true, false);
			}
		}
		for (Node c : root.children()) {
			busCreate(c, null, true, true);
		}
		registerBusDevices("i2c", BusType.I2C);
		registerBusDevices("spi", BusType.SPI);
	}

	/** of_platform_bus_create(). */
	private void busCreate(Node node, Device parent, boolean strict, boolean recurse) {
		List<String> compatible = TreeIndex.compatible(node);
		if (strict && node.property("compatible") == null || compatible.contains("operating-points-v2")
				|| devices.containsKey(node)) {
			return;
		}
		if (compatible.contains("arm,primecell")) {
			if (TreeIndex.available(node)) {
				add(node, ofDeviceMakeBusId(node), parent, amba());
			}
			return;
		}
		if (!TreeIndex.available(node) || ofIrqInitRoot(node)) {
			return;
		}
		Device dev = add(node, ofDeviceMakeBusId(node), parent, platform);
		if (dev == null || !recurse || compatible.stream().noneMatch(BUS_MATCH::contains)) {
			return;
		}
		for (Node c : node.children()) {
			busCreate(c, dev, strict, true);
		}
	}

	/** of_irq_init() sets up the root interrupt controller (marking it OF_POPULATED) before any device exists. */
	boolean ofIrqInitRoot(Node node) {
		return node.property("interrupt-controller") != null && SupplierBindings.ofIrqFindParent(index, node) == node;
	}

	private Bus amba() {
		if (amba == null) {
			amba = TOPO.createBus();
			amba.setName("amba");
			amba.setType(BusType.AMBA);
			board.getBuses().add(amba);
		}
		return amba;
	}

	private Device add(Node node, String name, Device parent, Bus bus) {
		if (name == null) {
			return null;
		}
		if (byName.containsKey(name)) {
			findings.add(Diagnostic.warning(Positions.of(node), "device_add() refuses a second device named " + name
					+ " (" + node.path() + "; the first is " + byName.get(name).getNode().getPath() + ")"));
			return null;
		}
		Device d = TOPO.createDevice();
		d.setName(name);
		d.getCompatible().addAll(TreeIndex.compatible(node));
		d.setNode(dtNode.apply(node));
		d.setParent(parent);
		d.setBus(bus);
		d.setRuntimePm(TOPO.createRuntimePmState());
		board.getDevices().add(d);
		devices.put(node, d);
		byName.put(name, d);
		return d;
	}

	/** of_device_make_bus_id(): {@code <translated address>.<name>}, prefixed by parents' names while there is none. */
	public static String ofDeviceMakeBusId(Node node) {
		String name = null;
		for (Node n = node; n.parent() != null; n = n.parent()) {
			if (n.property("reg") != null) {
				long addr = ofTranslateAddress(n);
				if (addr != OF_BAD_ADDR) {
					String id = Long.toHexString(addr) + "." + n.baseName();
					return name == null ? id : id + ":" + name;
				}
			}
			name = name == null ? n.name() : n.name() + ":" + name;
		}
		return name;
	}

	/** of_translate_address() of the first {@code reg} entry, through every parent's {@code ranges}. */
	static long ofTranslateAddress(Node node) {
		Node bus = node.parent();
		int na = TreeIndex.addressCells(bus);
		Property reg = node.property("reg");
		if (na < 1 || na > 2 || reg.length() < na * 4) {
			return OF_BAD_ADDR;
		}
		long addr = cells(reg, 0, na);
		for (Node cur = bus; cur.parent() != null; cur = cur.parent()) {
			Property ranges = cur.property("ranges");
			if (ranges == null) {
				return OF_BAD_ADDR;
			}
			if (ranges.length() == 0) {
				continue;
			}
			int cna = TreeIndex.addressCells(cur);
			int pna = TreeIndex.addressCells(cur.parent());
			int cns = TreeIndex.sizeCells(cur);
			int entry = cna + pna + cns;
			if (cna > 2 || pna > 2 || cns > 2 || entry == 0) {
				return OF_BAD_ADDR;
			}
			long translated = OF_BAD_ADDR;
			for (int i = 0; (i + entry) * 4 <= ranges.length(); i += entry) {
				long child = cells(ranges, i, cna);
				long parent = cells(ranges, i + cna, pna);
				long size = cells(ranges, i + cna + pna, cns);
				if (Long.compareUnsigned(addr, child) >= 0 && Long.compareUnsigned(addr - child, size) < 0) {
					translated = parent + (addr - child);
					break;
				}
			}
			if (translated == OF_BAD_ADDR) {
				return OF_BAD_ADDR;
			}
			addr = translated;
		}
		return addr;
	}

	static long cells(Property p, int first, int count) {
		long v = 0;
		for (int i = 0; i < count; i++) {
			v = (v << 32) | p.cell(first + i);
		}
		return v;
	}

	/**
	 * i2c_add_adapter() / spi_register_controller(): bus numbers from the {@code i2cN}/{@code spiN}
	 * aliases, the others numbered after the highest alias in probe (here: tree) order; then
	 * of_i2c_register_devices() / of_register_spi_devices() for their available children.
	 */
	private void registerBusDevices(String stem, BusType type) {
		List<Node> controllers = new ArrayList<>();
		for (Map.Entry<Node, Device> e : devices.entrySet()) {
			if (isController(e.getKey(), stem)) {
				controllers.add(e.getKey());
			}
		}
		int dynamic = index.highestAliasId(stem) + 1;
		for (Node controller : controllers) {
			int nr = index.aliasId(controller, stem);
			if (nr < 0) {
				nr = dynamic++;
			}
			Device ctrl = devices.get(controller);
			Bus bus = TOPO.createBus();
			bus.setName(stem + "-" + nr);
			bus.setType(type);
			bus.setController(ctrl);
			board.getBuses().add(bus);
			Node parentNode = controller;
			if (type == BusType.I2C && controller.child("i2c-bus") != null) {
				parentNode = controller.child("i2c-bus");
			}
			for (Node c : parentNode.children()) {
				if (!TreeIndex.available(c) || c.property("compatible") == null || c.property("reg") == null
						|| c.property("reg").length() < 4) {
					continue;
				}
				long reg = c.property("reg").cell(0);
				String name = type == BusType.I2C ? i2cDevSetName(nr, reg) : "spi" + nr + "." + reg;
				add(c, name, ctrl, bus);
			}
		}
	}

	/** i2c_dev_set_name(): {@code <adapter nr>-<addr %04x>}, with i2c_encode_flags_to_addr()'s offsets. */
	public static String i2cDevSetName(int adapter, long reg) {
		long addr = reg & ~(I2C_TEN_BIT_ADDRESS | I2C_OWN_SLAVE_ADDRESS);
		if ((reg & I2C_TEN_BIT_ADDRESS) != 0) {
			addr |= 0xa000;
		}
		if ((reg & I2C_OWN_SLAVE_ADDRESS) != 0) {
			addr |= 0x1000;
		}
		return String.format("%d-%04x", adapter, addr);
	}

	private static boolean isController(Node node, String stem) {
		if (node.baseName().equals(stem)) {
			return true;
		}
		for (String c : TreeIndex.compatible(node)) {
			if (c.endsWith("-" + stem) || c.endsWith("," + stem)) {
				return true;
			}
		}
		return false;
	}
}
