package org.dmstudio.dts.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.RegulatorSupply;
import org.dmstudio.model.topology.TopologyFactory;

/**
 * genpd providers and their domains (of_genpd_add_provider_onecell() with nested domain nodes as
 * rockchip_pm_add_one_domain() and scpsys register them), devices attached through
 * {@code power-domains}, and the regulators with their supply chains and consumers.
 */
public final class PowerAndSupplies {
	private static final TopologyFactory TOPO = TopologyFactory.eINSTANCE;

	private final TreeIndex index;
	private final Map<Node, Device> devices;
	private final Board board;
	private final Function<Node, org.dmstudio.model.dt.Node> dtNode;
	private final Map<Node, PowerDomain> domains = new IdentityHashMap<>();
	private final Map<Node, Node> providerOf = new IdentityHashMap<>();
	private final Map<Node, Regulator> regulators = new IdentityHashMap<>();
	private final Set<String> domainNames = new HashSet<>();
	private final Set<String> regulatorNames = new HashSet<>();
	private final Map<String, String> sources = new HashMap<>();

	public PowerAndSupplies(TreeIndex index, Map<Node, Device> devices, Board board,
			Function<Node, org.dmstudio.model.dt.Node> dtNode) {
		this.index = index;
		this.devices = devices;
		this.board = board;
		this.dtNode = dtNode;
	}

	public void run() {
		for (Node n : index.tree().nodes()) {
			if (n.property("#power-domain-cells") != null && TreeIndex.availablePath(n) && !domains.containsKey(n)) {
				genpdProvider(n);
			}
		}
		for (Node n : index.tree().nodes()) {
			if (isRegulator(n) && TreeIndex.availablePath(n)) {
				regulator(n);
			}
		}
		for (Map.Entry<Node, Regulator> e : regulators.entrySet()) {
			Node supply = firstSupply(e.getKey());
			e.getValue().setSupply(supply == null ? null : regulators.get(supply));
		}
		for (Map.Entry<Node, PowerDomain> e : domains.entrySet()) {
			Property p = e.getKey().property("domain-supply");
			if (p != null && p.length() >= 4) {
				e.getValue().setDomainSupply(regulators.get(index.byPhandle(p.cell(0))));
			}
		}
		for (Map.Entry<Node, Device> e : devices.entrySet()) {
			attach(e.getKey(), e.getValue());
		}
	}

	/** A provider with #power-domain-cells = 1 indexes its nested domain nodes by {@code reg}; with 0 it is one domain. */
	private void genpdProvider(Node provider) {
		Device dev = deviceOf(provider);
		if (TreeIndex.u32(provider, "#power-domain-cells", 0) == 0) {
			domain(provider, provider, dev, null, -1);
			return;
		}
		for (Node c : provider.children()) {
			addNested(provider, c, dev, null);
		}
	}

	private void addNested(Node provider, Node n, Device dev, PowerDomain parent) {
		if (n.property("reg") == null || n.property("reg").length() != 4 || !TreeIndex.available(n)) {
			return;
		}
		PowerDomain d = domain(provider, n, dev, parent, (int) n.property("reg").cell(0));
		for (Node c : n.children()) {
			addNested(provider, c, dev, d);
		}
	}

	private PowerDomain domain(Node provider, Node n, Device dev, PowerDomain parent, int idx) {
		PowerDomain d = TOPO.createPowerDomain();
		d.setName(unique(genpdName(n), domainNames));
		d.setProvider(dev);
		d.setNode(dtNode.apply(n));
		d.setIndex(Math.max(idx, 0));
		if (parent != null) {
			d.getParents().add(parent);
		}
		board.getPowerDomains().add(d);
		domains.put(n, d);
		providerOf.put(n, provider);
		return d;
	}

	/**
	 * The genpd name: the SoC drivers name domains after the binding constant (RK3588_PD_NPUTOP is
	 * "nputop"), which the source still shows in the unit address; else the label, else the node name.
	 */
	private String genpdName(Node n) {
		String written = writtenUnitAddress(n);
		if (written != null) {
			for (String marker : new String[] {"_PD_", "_POWER_DOMAIN_"}) {
				int at = written.lastIndexOf(marker);
				if (at >= 0 && at + marker.length() < written.length()) {
					return written.substring(at + marker.length()).toLowerCase(Locale.ROOT);
				}
			}
		}
		List<String> labels = n.labels();
		return labels.isEmpty() ? n.name() : labels.get(labels.size() - 1);
	}

	/** The unit address as the first definition wrote it, before preprocessing (e.g. RK3588_PD_NPU). */
	private String writtenUnitAddress(Node n) {
		if (n.definitions().isEmpty() || n.unitAddress().isEmpty()) {
			return null;
		}
		SourceSpan s = n.definitions().get(0);
		String text = sources.computeIfAbsent(s.file(), f -> {
			try {
				return Files.readString(Path.of(f));
			} catch (IOException | RuntimeException e) {
				return "";
			}
		});
		int offset = offset(text, s.startLine(), s.startColumn());
		if (offset < 0) {
			return null;
		}
		int brace = text.indexOf('{', offset);
		String head = brace < 0 ? "" : text.substring(offset, brace).trim();
		String[] words = head.split("\\s+");
		String written = words[words.length - 1];
		int at = written.indexOf('@');
		if (at < 0 || !written.substring(0, at).equals(n.baseName())) {
			return null;
		}
		String unit = written.substring(at + 1);
		return unit.matches("[A-Za-z_][A-Za-z0-9_]*") ? unit : null;
	}

	static int offset(String text, int line, int column) {
		int pos = 0;
		for (int l = 1; l < line; l++) {
			pos = text.indexOf('\n', pos);
			if (pos < 0) {
				return -1;
			}
			pos++;
		}
		return pos + column - 1 <= text.length() ? pos + column - 1 : -1;
	}

	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int i = 2; !used.add(candidate); i++) {
			candidate = name + "#" + i;
		}
		return candidate;
	}

	private Device deviceOf(Node n) {
		for (Node c = n; c != null; c = c.parent()) {
			Device d = devices.get(c);
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	private static boolean isRegulator(Node n) {
		if (TreeIndex.compatible(n).stream().anyMatch(c -> c.startsWith("regulator-"))) {
			return true;
		}
		for (Property p : n.properties()) {
			if (p.name().startsWith("regulator-")) {
				return true;
			}
		}
		return false;
	}

	/** A regulator_dev: named by regulator-name (else the node name), registered by its node's device or the nearest ancestor's (a PMIC). */
	private void regulator(Node n) {
		Regulator r = TOPO.createRegulator();
		Property name = n.property("regulator-name");
		String base = name != null && name.asString() != null ? name.asString() : n.name();
		r.setName(unique(base, regulatorNames));
		r.setNode(dtNode.apply(n));
		r.setProvider(deviceOf(n));
		r.setBootOn(n.property("regulator-boot-on") != null);
		r.setAlwaysOn(n.property("regulator-always-on") != null);
		r.setEnabled(r.isBootOn() || r.isAlwaysOn());
		r.setMinMicrovolt((int) TreeIndex.u32(n, "regulator-min-microvolt", 0));
		r.setMaxMicrovolt((int) TreeIndex.u32(n, "regulator-max-microvolt", 0));
		board.getRegulators().add(r);
		regulators.put(n, r);
	}

	/** The regulator's own supply: vin-supply, else its first other *-supply. */
	private Node firstSupply(Node n) {
		Property vin = n.property("vin-supply");
		if (vin != null && vin.length() >= 4) {
			return index.byPhandle(vin.cell(0));
		}
		for (Property p : n.properties()) {
			if (p.name().endsWith("-supply") && p.length() >= 4) {
				return index.byPhandle(p.cell(0));
			}
		}
		return null;
	}

	/** genpd_dev_pm_attach() (one domain) or dev_pm_domain_attach_by_id() (several); and the device's NAME-supply properties. */
	private void attach(Node n, Device dev) {
		Property pds = n.property("power-domains");
		if (pds != null) {
			int len = pds.length() / 4;
			int i = 0;
			while (i < len) {
				Node provider = index.byPhandle(pds.cell(i++));
				if (provider == null) {
					break;
				}
				int cells = (int) TreeIndex.u32(provider, "#power-domain-cells", 0);
				if (i + cells > len) {
					break;
				}
				PowerDomain d = cells == 0 ? domains.get(provider) : byIndex(provider, pds.cell(i));
				i += cells;
				if (d != null && !dev.getPowerDomains().contains(d)) {
					dev.getPowerDomains().add(d);
				}
			}
		}
		for (Property p : n.properties()) {
			if (p.name().length() > 7 && p.name().endsWith("-supply") && p.length() >= 4) {
				RegulatorSupply s = TOPO.createRegulatorSupply();
				s.setName(p.name().substring(0, p.name().length() - 7));
				s.setRegulator(regulators.get(index.byPhandle(p.cell(0))));
				dev.getSupplies().add(s);
			}
		}
	}

	private PowerDomain byIndex(Node provider, long idx) {
		for (Map.Entry<Node, PowerDomain> e : domains.entrySet()) {
			if (providerOf.get(e.getKey()) == provider && e.getValue().getIndex() == idx && e.getKey() != provider) {
				return e.getValue();
			}
		}
		return null;
	}
}
