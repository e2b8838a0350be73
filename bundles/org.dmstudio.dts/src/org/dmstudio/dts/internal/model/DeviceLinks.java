package org.dmstudio.dts.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.dmstudio.dts.model.FwDevlink;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Component;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.TopologyFactory;

/**
 * The device links a board ends up with: fw_devlink's links from supplier properties
 * (fw_devlink_link_device(), fw_devlink_create_devlink(), proxies for child nodes, cycles
 * relaxed by __fw_devlink_relax_cycles()) and the links drivers add at probe time that
 * matter for runtime PM.
 */
public final class DeviceLinks {
	private static final TopologyFactory TOPO = TopologyFactory.eINSTANCE;
	private static final Set<String> RK_IOMMU = Set.of("rockchip,iommu", "rockchip,rk3568-iommu");
	private static final Set<DeviceLinkFlag> STATELESS_RPM = EnumSet.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME);

	/** A fwnode link (fwnode_link_add()) with the property it came from. */
	public record FwnodeLink(Node consumer, Node supplier, Property property, boolean ignore) {
	}

	private record DriverLink(Device consumer, Device supplier, String call, Property property) {
	}

	private final TreeIndex index;
	private final Map<Node, Device> devices;
	private final FwDevlink fwDevlink;
	private final Board board;
	private final List<Diagnostic> findings;
	private final Map<Device, Node> nodeOf = new IdentityHashMap<>();
	private final List<FwnodeLink> fwnodeLinks = new ArrayList<>();
	private final List<DriverLink> driverLinks = new ArrayList<>();
	private final Map<String, DeviceLink> managed = new LinkedHashMap<>();
	private final Map<String, DeviceLink> stateless = new LinkedHashMap<>();
	private final List<FwnodeLink> waiting = new ArrayList<>();

	public DeviceLinks(TreeIndex index, Map<Node, Device> devices, FwDevlink fwDevlink, Board board,
			List<Diagnostic> findings) {
		this.index = index;
		this.devices = devices;
		this.fwDevlink = fwDevlink;
		this.board = board;
		this.findings = findings;
		for (Map.Entry<Node, Device> e : devices.entrySet()) {
			nodeOf.put(e.getValue(), e.getKey());
		}
	}

	/** fwnode links whose supplier never gets a device: the consumer keeps waiting for it. */
	public List<FwnodeLink> waiting() {
		return waiting;
	}

	public void run() {
		parseFwtree();
		driverLinks();
		if (fwDevlink.mode() != FwDevlink.Mode.OFF) {
			Map<Node, Integer> scc = components();
			for (FwnodeLink link : fwnodeLinks) {
				if (!link.ignore) {
					fwDevlinkCreateDevlink(link, scc);
				}
			}
		}
		for (DriverLink d : driverLinks) {
			String key = d.consumer.getName() + "\n" + d.supplier.getName();
			if (!stateless.containsKey(key) && d.consumer != d.supplier) {
				DeviceLink l = link(d.consumer, d.supplier, STATELESS_RPM, d.property);
				l.setOriginProperty(null);
				l.setOriginCall(d.call);
				stateless.put(key, l);
			}
		}
		board.getLinks().addAll(managed.values());
		board.getLinks().addAll(stateless.values());
	}

	/** fw_devlink_parse_fwtree() of every device: of_fwnode_add_links() on each available node below it. */
	private void parseFwtree() {
		Set<Node> parsed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Node dev : devices.keySet()) {
			for (Node n : TreeIndex.availableSubtree(dev)) {
				if (!parsed.add(n)) {
					continue;
				}
				for (Property p : n.properties()) {
					for (SupplierBindings.Supplier s : SupplierBindings.ofLinkProperty(index, n, p, fwDevlink.strict())) {
						if (ofLinkToPhandleAvailable(s.supplier())) {
							fwnodeLinks.add(new FwnodeLink(s.consumer(), s.supplier(), p, s.ignore()));
						}
					}
				}
			}
		}
	}

	/** of_link_to_phandle(): no link when the supplier or an ancestor below its device is unavailable. */
	private boolean ofLinkToPhandleAvailable(Node supplier) {
		for (Node n = supplier; n != null; n = n.parent()) {
			if (devices.containsKey(n)) {
				return true;
			}
			if (!TreeIndex.available(n)) {
				return false;
			}
		}
		return true;
	}

	/** fwnode_get_next_parent_dev(): the device of the nearest ancestor that has one. */
	Device nextParentDev(Node n) {
		for (Node p = n.parent(); p != null; p = p.parent()) {
			Device d = devices.get(p);
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	/**
	 * Strongly connected parts of the dependency graph __fw_devlink_relax_cycles() walks: fwnode
	 * links, each node's parent device, and the driver-created device links.
	 */
	private Map<Node, Integer> components() {
		Map<Node, List<Node>> edges = new IdentityHashMap<>();
		for (FwnodeLink l : fwnodeLinks) {
			if (!l.ignore) {
				edges.computeIfAbsent(l.consumer, k -> new ArrayList<>(2)).add(l.supplier);
			}
		}
		for (DriverLink d : driverLinks) {
			edges.computeIfAbsent(nodeOf.get(d.consumer), k -> new ArrayList<>(2)).add(nodeOf.get(d.supplier));
		}
		Map<Node, Integer> indexOf = new IdentityHashMap<>();
		Map<Node, Integer> low = new IdentityHashMap<>();
		Map<Node, Integer> component = new IdentityHashMap<>();
		Deque<Node> stack = new ArrayDeque<>();
		Set<Node> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
		int counter = 0;
		for (Node start : new ArrayList<>(edges.keySet())) {
			if (indexOf.containsKey(start)) {
				continue;
			}
			Deque<Frame> work = new ArrayDeque<>();
			work.push(new Frame(start, successors(start, edges)));
			indexOf.put(start, counter);
			low.put(start, counter++);
			stack.push(start);
			onStack.add(start);
			while (!work.isEmpty()) {
				Frame frame = work.peek();
				Node v = frame.node;
				if (frame.next < frame.out.size()) {
					Node w = frame.out.get(frame.next++);
					if (!indexOf.containsKey(w)) {
						indexOf.put(w, counter);
						low.put(w, counter++);
						stack.push(w);
						onStack.add(w);
						work.push(new Frame(w, successors(w, edges)));
					} else if (onStack.contains(w)) {
						low.put(v, Math.min(low.get(v), indexOf.get(w)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Node parent = work.peek().node;
					low.put(parent, Math.min(low.get(parent), low.get(v)));
				}
				if (low.get(v).equals(indexOf.get(v))) {
					Node w;
					do {
						w = stack.pop();
						onStack.remove(w);
						component.put(w, indexOf.get(v));
					} while (w != v);
				}
			}
		}
		return component;
	}

	private static final class Frame {
		final Node node;
		final List<Node> out;
		int next;

		Frame(Node node, List<Node> out) {
			this.node = node;
			this.out = out;
		}
	}

	/** A node's dependencies: its fwnode and driver links, then its parent device (a child depends on its parent). */
	private List<Node> successors(Node n, Map<Node, List<Node>> edges) {
		List<Node> out = new ArrayList<>(edges.getOrDefault(n, List.of()));
		Device dev = devices.get(n);
		Device parent = dev != null ? dev.getParent() : nextParentDev(n);
		if (parent != null) {
			out.add(nodeOf.get(parent));
		}
		return out;
	}

	/** fw_devlink_create_devlink() for one fwnode link, as it ends up once every device exists. */
	private void fwDevlinkCreateDevlink(FwnodeLink link, Map<Node, Integer> scc) {
		Device con = devices.get(link.consumer);
		boolean own = con != null;
		if (!own) {
			con = nextParentDev(link.consumer);
		}
		Device sup = devices.containsKey(link.supplier) ? devices.get(link.supplier) : nextParentDev(link.supplier);
		if (sup == null) {
			if (!initializedWithoutDriver(link.supplier)) {
				waiting.add(link);
			}
			return;
		}
		if (con == null || con == sup) {
			return;
		}
		Node conNode = nodeOf.get(con);
		Node supNode = nodeOf.get(sup);
		if (!own && TreeIndex.isAncestorOf(conNode, supNode)) {
			return;
		}
		Integer a = scc.get(link.consumer);
		boolean cycle = a != null && a.equals(scc.get(link.supplier));
		Set<DeviceLinkFlag> flags;
		if (cycle) {
			flags = FwDevlink.permissive();
			flags.add(DeviceLinkFlag.CYCLE);
		} else {
			flags = own ? fwDevlink.flags() : FwDevlink.permissive();
		}
		flags.add(DeviceLinkFlag.MANAGED);
		boolean syncStateOnly = flags.contains(DeviceLinkFlag.SYNC_STATE_ONLY);
		if (!syncStateOnly && TreeIndex.isAncestorOf(conNode, supNode)) {
			findings.add(Diagnostic.warning(Positions.of(link.property), con.getName()
					+ ": Failed to create device link with supplier " + sup.getName()
					+ " (device_link_add() refuses a supplier that depends on its consumer)"));
			return;
		}
		if (cycle) {
			findings.add(Diagnostic.warning(Positions.of(link.property), link.consumer.path()
					+ ": Fixed dependency cycle(s) with " + link.supplier.path() + " (" + link.property.name()
					+ "; the link " + con.getName() + " -> " + sup.getName() + " is SYNC_STATE_ONLY|CYCLE)"));
		}
		String key = con.getName() + "\n" + sup.getName();
		DeviceLink existing = managed.get(key);
		if (existing == null) {
			DeviceLink l = link(con, sup, flags, link.property);
			l.setState(DeviceLinkState.DORMANT);
			managed.put(key, l);
		} else if (existing.getFlags().contains(DeviceLinkFlag.SYNC_STATE_ONLY) && !syncStateOnly) {
			// device_link_add() on an existing SYNC_STATE_ONLY link upgrades it to the new flags
			existing.getFlags().clear();
			existing.getFlags().addAll(sorted(flags));
			existing.setOriginProperty(link.property.name());
			existing.setOriginLocation(location(link.property));
		}
	}

	/** fwnode_init_without_drv(): the root interrupt controller is set up by of_irq_init(), without a device. */
	private boolean initializedWithoutDriver(Node n) {
		for (Node c = n; c != null; c = c.parent()) {
			if (c.property("interrupt-controller") != null && SupplierBindings.ofIrqFindParent(index, c) == c) {
				return true;
			}
		}
		return false;
	}

	private DeviceLink link(Device con, Device sup, Set<DeviceLinkFlag> flags, Property origin) {
		DeviceLink l = TOPO.createDeviceLink();
		l.setConsumer(con);
		l.setSupplier(sup);
		l.getFlags().addAll(sorted(flags));
		if (origin != null) {
			l.setOriginProperty(origin.name());
			l.setOriginLocation(location(origin));
		}
		return l;
	}

	private static List<DeviceLinkFlag> sorted(Set<DeviceLinkFlag> flags) {
		return new ArrayList<>(EnumSet.copyOf(flags));
	}

	private static org.dmstudio.model.dt.SourceLocation location(Property p) {
		SourceSpan s = p.span();
		return s == null ? null : DtImporter.location(s);
	}

	/**
	 * Links drivers add with device_link_add(STATELESS | PM_RUNTIME): rk_iommu_probe_device() for each
	 * consumer of a Rockchip IOMMU; mtk_smi_device_link_common() from each SMI larb to its common;
	 * mtk_iommu_mm_dts_parse() from the SMI common to the MediaTek IOMMU (whose larbs also become its
	 * components); mtk_iommu_probe_device() from each consumer to the larb of its first port.
	 */
	private void driverLinks() {
		Map<Node, List<Node>> mtkLarbs = new HashMap<>();
		for (Map.Entry<Node, Device> e : devices.entrySet()) {
			Node n = e.getKey();
			Property larbs = n.property("mediatek,larbs");
			if (larbs != null && TreeIndex.compatible(n).stream().anyMatch(c -> c.startsWith("mediatek,"))) {
				mtkLarbs.put(n, mtkIommuMmDtsParse(n, e.getValue(), larbs));
			}
			Property smi = n.property("mediatek,smi");
			if (smi != null && TreeIndex.compatible(n).stream().anyMatch(c -> c.contains("smi-larb")) && smi.length() >= 4) {
				Device common = devices.get(index.byPhandle(smi.cell(0)));
				if (common != null) {
					driverLinks.add(new DriverLink(e.getValue(), common, "device_link_add() in mtk_smi_device_link_common()", smi));
				}
			}
		}
		for (Map.Entry<Node, Device> e : devices.entrySet()) {
			Property iommus = e.getKey().property("iommus");
			if (iommus == null) {
				continue;
			}
			int len = iommus.length() / 4;
			int i = 0;
			while (i < len) {
				Node iommu = index.byPhandle(iommus.cell(i++));
				if (iommu == null) {
					break;
				}
				int cells = (int) TreeIndex.u32(iommu, "#iommu-cells", 0);
				Device dev = devices.get(iommu);
				if (dev != null && TreeIndex.compatible(iommu).stream().anyMatch(RK_IOMMU::contains)) {
					driverLinks.add(new DriverLink(e.getValue(), dev, "device_link_add() in rk_iommu_probe_device()", iommus));
				}
				List<Node> larbs = mtkLarbs.get(iommu);
				if (dev != null && larbs != null && cells >= 1 && i < len) {
					Node larb = larbById(larbs, (int) ((iommus.cell(i) >> 5) & 0x1f));
					if (larb != null && devices.get(larb) != null) {
						driverLinks.add(new DriverLink(e.getValue(), devices.get(larb),
								"device_link_add() in mtk_iommu_probe_device()", iommus));
					}
				}
				i += cells;
			}
		}
	}

	/** mtk_iommu_mm_dts_parse(): the larbs (component match order) and the SMI common's link to the IOMMU. */
	private List<Node> mtkIommuMmDtsParse(Node iommu, Device iommuDev, Property larbs) {
		List<Node> out = new ArrayList<>();
		ComponentMaster master = TOPO.createComponentMaster();
		master.setName(iommuDev.getName());
		master.setDevice(iommuDev);
		Node firstAvailable = null;
		for (int i = 0; i < larbs.length() / 4; i++) {
			Node larb = index.byPhandle(larbs.cell(i));
			if (larb == null || !TreeIndex.available(larb)) {
				continue;
			}
			out.add(larb);
			if (firstAvailable == null) {
				firstAvailable = larb;
			}
			Device larbDev = devices.get(larb);
			if (larbDev != null) {
				Component c = TOPO.createComponent();
				c.setDevice(larbDev);
				master.getComponents().add(c);
			}
		}
		if (!master.getComponents().isEmpty()) {
			board.getAggregates().add(master);
		}
		Property smi = firstAvailable == null ? null : firstAvailable.property("mediatek,smi");
		Node common = smi == null || smi.length() < 4 ? null : index.byPhandle(smi.cell(0));
		if (common != null && common.property("mediatek,smi") != null && common.property("mediatek,smi").length() >= 4) {
			common = index.byPhandle(common.property("mediatek,smi").cell(0));
		}
		Device commonDev = common == null ? null : devices.get(common);
		if (commonDev != null) {
			driverLinks.add(new DriverLink(commonDev, iommuDev, "device_link_add() in mtk_iommu_mm_dts_parse()", larbs));
		}
		return out;
	}

	/** data->larb_imu[id]: a larb's "mediatek,larb-id", else its index in "mediatek,larbs". */
	private static Node larbById(List<Node> larbs, int id) {
		for (int i = 0; i < larbs.size(); i++) {
			long larbId = TreeIndex.u32(larbs.get(i), "mediatek,larb-id", i);
			if (larbId == id) {
				return larbs.get(i);
			}
		}
		return null;
	}
}
