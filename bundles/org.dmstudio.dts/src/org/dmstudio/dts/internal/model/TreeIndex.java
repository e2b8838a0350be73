package org.dmstudio.dts.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/** Lookups over a resolved live tree, as the kernel's drivers/of helpers do them. */
public final class TreeIndex {
	private final LiveTree tree;
	private final Map<Integer, Node> byPhandle = new HashMap<>();
	private final Map<String, String> aliases = new HashMap<>();
	private final Map<String, Node> byLabel = new HashMap<>();

	public TreeIndex(LiveTree tree) {
		this.tree = tree;
		for (Node n : tree.nodes()) {
			if (n.phandle() != 0) {
				byPhandle.putIfAbsent(n.phandle(), n);
			}
			for (String l : n.labels()) {
				byLabel.putIfAbsent(l, n);
			}
		}
		Node a = tree.nodeByPath("/aliases");
		if (a != null) {
			for (Property p : a.properties()) {
				String path = p.asString();
				if (path != null) {
					aliases.put(path, p.name());
				}
			}
		}
	}

	public LiveTree tree() {
		return tree;
	}

	public Node byPhandle(long phandle) {
		return phandle <= 0 || phandle > Integer.MAX_VALUE ? null : byPhandle.get((int) phandle);
	}

	public Node byLabel(String label) {
		return byLabel.get(label);
	}

	/** of_device_is_available(): no status, "okay" or "ok". */
	public static boolean available(Node n) {
		Property s = n.property("status");
		if (s == null) {
			return true;
		}
		String v = s.asString();
		return "okay".equals(v) || "ok".equals(v);
	}

	/** The node and all its ancestors are available. */
	public static boolean availablePath(Node n) {
		for (Node c = n; c != null; c = c.parent()) {
			if (!available(c)) {
				return false;
			}
		}
		return true;
	}

	public static List<String> compatible(Node n) {
		Property p = n.property("compatible");
		List<String> list = p == null ? null : p.asStrings();
		return list == null ? List.of() : list;
	}

	/** A u32 property, or {@code dflt} when absent or not one cell. */
	public static long u32(Node n, String name, long dflt) {
		Property p = n == null ? null : n.property(name);
		return p == null || p.length() != 4 ? dflt : p.cell(0);
	}

	/** of_n_addr_cells() for a child of {@code bus}: the first {@code #address-cells} at or above it, else 1. */
	public static int addressCells(Node bus) {
		for (Node n = bus; n != null; n = n.parent()) {
			Property p = n.property("#address-cells");
			if (p != null && p.length() == 4) {
				return (int) p.cell(0);
			}
		}
		return 1;
	}

	/** of_n_size_cells() for a child of {@code bus}. */
	public static int sizeCells(Node bus) {
		for (Node n = bus; n != null; n = n.parent()) {
			Property p = n.property("#size-cells");
			if (p != null && p.length() == 4) {
				return (int) p.cell(0);
			}
		}
		return 1;
	}

	/** of_alias_get_id(): N of an alias {@code <stem>N} pointing at the node, or -1. */
	public int aliasId(Node n, String stem) {
		String alias = aliases.get(n.path());
		if (alias == null || !alias.startsWith(stem) || alias.length() == stem.length()) {
			return -1;
		}
		String digits = alias.substring(stem.length());
		for (int i = 0; i < digits.length(); i++) {
			if (!Character.isDigit(digits.charAt(i))) {
				return -1;
			}
		}
		return Integer.parseInt(digits);
	}

	/** of_alias_get_highest_id(), or -1. */
	public int highestAliasId(String stem) {
		int max = -1;
		for (String alias : aliases.values()) {
			if (alias.startsWith(stem) && alias.length() > stem.length()
					&& alias.substring(stem.length()).chars().allMatch(Character::isDigit)) {
				max = Math.max(max, Integer.parseInt(alias.substring(stem.length())));
			}
		}
		return max;
	}

	/** Every available node in the subtree of {@code n}, depth first (fwnode_for_each_available_child_node). */
	public static List<Node> availableSubtree(Node n) {
		List<Node> out = new ArrayList<>();
		collect(n, out);
		return out;
	}

	private static void collect(Node n, List<Node> out) {
		out.add(n);
		for (Node c : n.childList()) {
			if (!c.isDeleted() && available(c)) {
				collect(c, out);
			}
		}
	}

	public static boolean isAncestorOf(Node ancestor, Node n) {
		for (Node c = n.parent(); c != null; c = c.parent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}
}
