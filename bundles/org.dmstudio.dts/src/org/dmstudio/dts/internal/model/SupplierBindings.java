package org.dmstudio.dts.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/**
 * drivers/of/property.c's {@code of_supplier_bindings[]}: which properties name suppliers, how
 * their phandle lists are decoded, and of_link_property()'s first-matching-binding rule.
 */
public final class SupplierBindings {

	/** A supplier found in a property: of_link_to_phandle(consumer, supplier, flags). */
	public record Supplier(Node consumer, Node supplier, Property property, boolean ignore) {
	}

	private enum Kind {
		SIMPLE, SUFFIX, GPIOS, IOMMU_MAP, GPIO_COMPAT, INTERRUPTS, INTERRUPT_MAP, REMOTE_ENDPOINT
	}

	private record Binding(Kind kind, String name, String cells, boolean optional, boolean ignore) {
	}

	private static Binding simple(String name, String cells) {
		return new Binding(Kind.SIMPLE, name, cells, false, false);
	}

	private static final List<Binding> OF_SUPPLIER_BINDINGS = List.of(
			simple("clocks", "#clock-cells"),
			simple("interconnects", "#interconnect-cells"),
			new Binding(Kind.SIMPLE, "iommus", "#iommu-cells", true, false),
			new Binding(Kind.IOMMU_MAP, "iommu-map", null, true, false),
			simple("mboxes", "#mbox-cells"),
			simple("io-channels", "#io-channel-cells"),
			simple("io-backends", "#io-backend-cells"),
			simple("interrupt-parent", null),
			new Binding(Kind.SIMPLE, "dmas", "#dma-cells", true, false),
			simple("power-domains", "#power-domain-cells"),
			simple("hwlocks", "#hwlock-cells"),
			simple("extcon", null),
			simple("nvmem-cells", "#nvmem-cell-cells"),
			simple("phys", "#phy-cells"),
			simple("wakeup-parent", null),
			simple("pinctrl-0", null), simple("pinctrl-1", null), simple("pinctrl-2", null),
			simple("pinctrl-3", null), simple("pinctrl-4", null), simple("pinctrl-5", null),
			simple("pinctrl-6", null), simple("pinctrl-7", null), simple("pinctrl-8", null),
			new Binding(Kind.REMOTE_ENDPOINT, "remote-endpoint", null, false, false),
			simple("pwms", "#pwm-cells"),
			simple("resets", "#reset-cells"),
			simple("leds", null),
			simple("backlight", null),
			simple("panel", null),
			simple("msi-parent", "#msi-cells"),
			simple("pses", "#pse-cells"),
			simple("power-supplies", null),
			new Binding(Kind.GPIO_COMPAT, null, "#gpio-cells", false, false),
			new Binding(Kind.INTERRUPTS, null, "#interrupt-cells", false, false),
			new Binding(Kind.INTERRUPT_MAP, "interrupt-map", null, false, false),
			simple("access-controllers", "#access-controller-cells"),
			new Binding(Kind.SUFFIX, "-supply", null, false, false),
			new Binding(Kind.SUFFIX, "-gpio", "#gpio-cells", false, false),
			new Binding(Kind.GPIOS, "-gpios", "#gpio-cells", false, false),
			new Binding(Kind.SIMPLE, "post-init-providers", null, false, true));

	private SupplierBindings() {
	}

	/**
	 * of_link_property(): the suppliers the first matching binding finds in the property;
	 * optional bindings (iommus, iommu-map, dmas) count only with fw_devlink.strict.
	 */
	public static List<Supplier> ofLinkProperty(TreeIndex index, Node con, Property p, boolean strict) {
		for (Binding b : OF_SUPPLIER_BINDINGS) {
			if (b.optional && !strict) {
				continue;
			}
			List<Supplier> found = parse(index, b, con, p);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	private static boolean matchesName(Binding b, String name) {
		return switch (b.kind) {
		case SIMPLE, IOMMU_MAP, INTERRUPT_MAP, REMOTE_ENDPOINT -> name.equals(b.name);
		case SUFFIX -> strcmpSuffix(name, b.name);
		case GPIOS -> strcmpSuffix(name, b.name) && !strcmpSuffix(name, ",nr-gpios");
		case GPIO_COMPAT -> name.equals("gpio") || name.equals("gpios");
		case INTERRUPTS -> name.equals("interrupts") || name.equals("interrupts-extended");
		};
	}

	/** strcmp_suffix() == 0: the name is longer than the suffix and ends with it. */
	private static boolean strcmpSuffix(String name, String suffix) {
		return name.length() > suffix.length() && name.endsWith(suffix);
	}

	private static List<Supplier> parse(TreeIndex index, Binding b, Node con, Property p) {
		String name = p.name();
		if (!matchesName(b, name)) {
			return List.of();
		}
		List<Node> nodes;
		Node consumer = con;
		switch (b.kind) {
		case SIMPLE -> nodes = phandlesWithArgs(index, p, b.cells, 0);
		case SUFFIX -> nodes = phandlesWithArgs(index, p, b.cells, b.cells == null ? 0 : -1);
		case GPIOS -> nodes = phandlesWithArgs(index, p, b.cells, -1);
		case GPIO_COMPAT -> nodes = con.property("gpio-hog") != null ? List.of() : phandlesWithArgs(index, p, b.cells, -1);
		case IOMMU_MAP -> nodes = iommuMap(index, p);
		case INTERRUPTS -> nodes = interrupts(index, con);
		case INTERRUPT_MAP -> nodes = interruptMap(index, con, p);
		case REMOTE_ENDPOINT -> {
			Node remote = p.length() >= 4 ? index.byPhandle(p.cell(0)) : null;
			Node port = remote == null ? null : ofGraphGetPortParent(remote);
			nodes = port == null ? List.of() : List.of(port);
			consumer = ofGraphGetPortParent(con);
		}
		default -> throw new IllegalStateException(b.kind.name());
		}
		if (consumer == null) {
			return List.of();
		}
		List<Supplier> out = new ArrayList<>(nodes.size());
		for (Node n : nodes) {
			out.add(new Supplier(consumer, n, p, b.ignore));
		}
		return out;
	}

	/**
	 * __of_parse_phandle_with_args() for index 0, 1, ... until it fails: an empty (0) phandle,
	 * an unknown phandle, a provider without its cells property (when {@code cellCount} is -1)
	 * or arguments running past the end stop the list.
	 */
	static List<Node> phandlesWithArgs(TreeIndex index, Property p, String cellsName, int cellCount) {
		List<Node> out = new ArrayList<>();
		int len = p.length() / 4;
		int i = 0;
		while (i < len) {
			long phandle = p.cell(i++);
			Node node = index.byPhandle(phandle);
			if (node == null) {
				break;
			}
			long count = cellCount;
			if (cellsName != null) {
				count = TreeIndex.u32(node, cellsName, cellCount);
			}
			if (count < 0 || i + count > len) {
				break;
			}
			i += (int) count;
			out.add(node);
		}
		return out;
	}

	/** parse_iommu_maps(): the phandle in each 4-cell entry. */
	private static List<Node> iommuMap(TreeIndex index, Property p) {
		List<Node> out = new ArrayList<>();
		for (int i = 1; i < p.length() / 4; i += 4) {
			Node n = index.byPhandle(p.cell(i));
			if (n == null) {
				break;
			}
			out.add(n);
		}
		return out;
	}

	/** parse_interrupts() via of_irq_parse_one(): the interrupt parent of each interrupt. */
	private static List<Node> interrupts(TreeIndex index, Node con) {
		Property extended = con.property("interrupts-extended");
		if (extended != null) {
			return phandlesWithArgs(index, extended, "#interrupt-cells", -1);
		}
		Property interrupts = con.property("interrupts");
		Node parent = ofIrqFindParent(index, con);
		if (interrupts == null || parent == null) {
			return List.of();
		}
		long size = TreeIndex.u32(parent, "#interrupt-cells", 0);
		if (size <= 0) {
			return List.of();
		}
		List<Node> out = new ArrayList<>();
		for (long i = 0; i < interrupts.length() / 4 / size; i++) {
			out.add(parent);
		}
		return out;
	}

	/** of_irq_find_parent(): follow interrupt-parent (else the parent node) to a node with #interrupt-cells. */
	public static Node ofIrqFindParent(TreeIndex index, Node child) {
		Node p = child;
		do {
			Property ip = p.property("interrupt-parent");
			p = ip != null && ip.length() == 4 ? index.byPhandle(ip.cell(0)) : p.parent();
		} while (p != null && p.property("#interrupt-cells") == null);
		return p;
	}

	/** parse_interrupt_map(): the parent controller of each interrupt-map entry. */
	private static List<Node> interruptMap(TreeIndex index, Node con, Property p) {
		long intcells = TreeIndex.u32(con, "#interrupt-cells", -1);
		if (intcells < 0) {
			return List.of();
		}
		long addrcells = 1;
		for (Node n = con; n != null; n = n.parent()) {
			if (n.property("#address-cells") != null) {
				addrcells = TreeIndex.u32(n, "#address-cells", 1);
				break;
			}
		}
		List<Node> out = new ArrayList<>();
		int len = p.length() / 4;
		long i = 0;
		while (i + addrcells + intcells + 1 < len) {
			i += addrcells + intcells;
			Node parent = index.byPhandle(p.cell((int) i++));
			if (parent == null) {
				break;
			}
			long skip = TreeIndex.u32(parent, "#address-cells", 0) + TreeIndex.u32(parent, "#interrupt-cells", -1);
			if (parent.property("#interrupt-cells") == null || i + skip > len) {
				break;
			}
			i += skip;
			out.add(parent);
		}
		return out;
	}

	/** of_graph_get_port_parent(): the device node above an endpoint's port (and "ports"). */
	static Node ofGraphGetPortParent(Node endpoint) {
		Node port = endpoint.parent();
		if (port == null) {
			return null;
		}
		Node parent = port.parent();
		if (parent == null) {
			return null;
		}
		String name = parent.baseName();
		if (name.equals("ports") || name.equals("in-ports") || name.equals("out-ports")) {
			return parent.parent();
		}
		return parent;
	}
}
