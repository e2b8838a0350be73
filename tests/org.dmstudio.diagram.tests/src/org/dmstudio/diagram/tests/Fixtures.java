package org.dmstudio.diagram.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.eclipse.emf.ecore.EObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Finds the repository's examples and parses exported SVG. */
final class Fixtures {

	static final String SEED000 = "seed000-rk3588-npu/rk3588-npu.dmstudio";
	static final String SEED001 = "seed001-rocket-scheduler/rocket-scheduler.dmstudio";
	static final String SEED002 = "seed002-mtk-smi-larb/mt8195-smi-larb.dmstudio";

	private Fixtures() {
	}

	static Path root() {
		String property = System.getProperty("dmstudio.root");
		if (property != null) {
			return Path.of(property);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("bundles"))) {
				return p;
			}
		}
		throw new IllegalStateException("cannot find the DM Studio repository from " + System.getProperty("user.dir"));
	}

	static Path example(String relative) {
		return root().resolve("examples").resolve(relative);
	}

	static List<EObject> load(String relative) {
		ModelStore.Loaded loaded = ModelStore.load(example(relative));
		if (!loaded.ok()) {
			throw new IllegalStateException(loaded.problems().toString());
		}
		return new ArrayList<>(loaded.resource().getContents());
	}

	static Device device(List<EObject> roots, String name) {
		for (Device device : ((Board) roots.get(0)).getDevices()) {
			if (device.getName().equals(name)) {
				return device;
			}
		}
		throw new IllegalArgumentException(name);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The {@code g} elements whose first class is {@code kind} (node, container, edge). */
	static List<Element> groups(Document document, String kind) {
		List<Element> found = new ArrayList<>();
		NodeList all = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < all.getLength(); i++) {
			Element g = (Element) all.item(i);
			if (g.getAttribute("class").split(" ")[0].equals(kind)) {
				found.add(g);
			}
		}
		return found;
	}

	static Element child(Element parent, String tag) {
		NodeList list = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
		return list.getLength() == 0 ? null : (Element) list.item(0);
	}

	static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList list = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
		for (int i = 0; i < list.getLength(); i++) {
			found.add((Element) list.item(i));
		}
		return found;
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	/** The box of a node group's shape, from the SVG (rect or ellipse). */
	static double[] box(Element group) {
		Element rect = child(group, "rect");
		if (rect != null && "shape".equals(rect.getAttribute("class"))) {
			return new double[] { number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height") };
		}
		Element ellipse = child(group, "ellipse");
		double rx = number(ellipse, "rx");
		double ry = number(ellipse, "ry");
		return new double[] { number(ellipse, "cx") - rx, number(ellipse, "cy") - ry, 2 * rx, 2 * ry };
	}
}
