package org.dmstudio.dts.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.livetree.Label;
import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Marker;
import org.dmstudio.dts.livetree.MarkerType;
import org.dmstudio.dts.livetree.MemReserve;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.dmstudio.dts.livetree.Reference;
import org.dmstudio.dts.livetree.ValueChunk;
import org.dmstudio.model.dt.ByteString;
import org.dmstudio.model.dt.CellArray;
import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.DtFactory;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.dt.PathReference;
import org.dmstudio.model.dt.PhandleCell;
import org.dmstudio.model.dt.PhandleRef;
import org.dmstudio.model.dt.RefKind;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.dt.StringValue;

/** Copies a live tree into the {@code dt} EMF model, keeping every source location. */
public final class DtImporter {
	private static final DtFactory DT = DtFactory.eINSTANCE;

	private final TreeIndex index;
	private final Map<Node, org.dmstudio.model.dt.Node> nodes = new IdentityHashMap<>();
	private final List<PhandleRef> refs = new ArrayList<>();
	private final List<Node> refTargets = new ArrayList<>();

	public DtImporter(TreeIndex index) {
		this.index = index;
	}

	public Map<Node, org.dmstudio.model.dt.Node> nodes() {
		return nodes;
	}

	public DeviceTree run(DeviceTreeSource source, List<Path> includeDirs) {
		LiveTree tree = source.tree();
		DeviceTree dt = DT.createDeviceTree();
		String file = source.file().getFileName().toString();
		int dot = file.lastIndexOf('.');
		dt.setName(dot > 0 ? file.substring(0, dot) : file);
		for (Path p : source.files()) {
			dt.getSourceFiles().add(p.toString());
		}
		for (Path p : includeDirs) {
			dt.getIncludePaths().add(p.toString());
		}
		dt.setPlugin(tree.isPlugin());
		for (MemReserve r : tree.memReserves()) {
			org.dmstudio.model.dt.MemReserve m = DT.createMemReserve();
			m.setAddress(r.address());
			m.setSize(r.size());
			if (r.position() != null) {
				m.getLocations().add(location(r.position(), 1));
			}
			for (String l : r.labels()) {
				org.dmstudio.model.dt.Label label = DT.createLabel();
				label.setName(l);
				m.getLabels().add(label);
			}
			dt.getMemreserves().add(m);
		}
		dt.setRoot(node(tree.root()));
		for (int i = 0; i < refs.size(); i++) {
			refs.get(i).setTarget(nodes.get(refTargets.get(i)));
		}
		return dt;
	}

	private org.dmstudio.model.dt.Node node(Node n) {
		org.dmstudio.model.dt.Node m = DT.createNode();
		nodes.put(n, m);
		m.setName(n.baseName());
		String unit = n.unitAddress();
		if (!unit.isEmpty()) {
			m.setUnitAddress(unit);
		}
		m.setDeleted(n.isDeleted());
		m.setOmitIfNoRef(n.isOmitIfNoRef());
		m.setPhandle(n.phandle() & 0xffffffffL);
		for (SourceSpan s : n.definitions()) {
			m.getLocations().add(location(s));
		}
		labels(n.labelList(), m.getLabels());
		for (Property p : n.propertyList()) {
			m.getProperties().add(property(p));
		}
		for (Node c : n.childList()) {
			m.getChildren().add(node(c));
		}
		return m;
	}

	private void labels(List<Label> from, List<org.dmstudio.model.dt.Label> to) {
		for (Label l : from) {
			if (l.isDeleted()) {
				continue;
			}
			org.dmstudio.model.dt.Label label = DT.createLabel();
			label.setName(l.name());
			if (l.position() != null) {
				label.setLocation(location(l.position(), l.name().length() + 1));
			}
			to.add(label);
		}
	}

	private org.dmstudio.model.dt.Property property(Property p) {
		org.dmstudio.model.dt.Property m = DT.createProperty();
		m.setName(p.name());
		m.setDeleted(p.isDeleted());
		for (SourceSpan s : p.definitions()) {
			m.getLocations().add(location(s));
		}
		labels(p.labelList(), m.getLabels());
		if (p.length() == 0 && p.markers().isEmpty()) {
			return m;
		}
		List<Marker> phandleMarkers = new ArrayList<>();
		List<Marker> pathMarkers = new ArrayList<>();
		for (Marker k : p.markers()) {
			if (k.type() == MarkerType.REF_PHANDLE) {
				phandleMarkers.add(k);
			} else if (k.type() == MarkerType.REF_PATH) {
				pathMarkers.add(k);
			}
		}
		int nextPhandle = 0;
		int nextPath = 0;
		List<String> pending = new ArrayList<>();
		for (ValueChunk chunk : p.chunks()) {
			org.dmstudio.model.dt.ValueChunk v;
			switch (chunk) {
			case ValueChunk.ValueLabel l -> {
				pending.add(l.name());
				continue;
			}
			case ValueChunk.Cells c -> {
				CellArray a = DT.createCellArray();
				a.setBits(c.bits());
				List<String> cellLabels = new ArrayList<>();
				for (ValueChunk.CellItem item : c.items()) {
					org.dmstudio.model.dt.Cell cell;
					if (item instanceof ValueChunk.ValueLabel l) {
						cellLabels.add(l.name());
						continue;
					} else if (item instanceof ValueChunk.PhandleRef r) {
						PhandleCell pc = DT.createPhandleCell();
						Marker k = nextPhandle < phandleMarkers.size() ? phandleMarkers.get(nextPhandle++) : null;
						pc.setRef(ref(r.target(), r.value(), k == null ? null : k.position()));
						cell = pc;
					} else {
						NumberCell nc = DT.createNumberCell();
						nc.setValue(((ValueChunk.Number) item).value());
						cell = nc;
					}
					addLabels(cellLabels, cell.getLabels());
					a.getCells().add(cell);
				}
				v = a;
			}
			case ValueChunk.Text t -> {
				StringValue s = DT.createStringValue();
				s.setValue(t.value());
				v = s;
			}
			case ValueChunk.Bytes b -> {
				ByteString s = DT.createByteString();
				s.setBytes(b.bytes());
				v = s;
			}
			case ValueChunk.PathRef r -> {
				PathReference s = DT.createPathReference();
				Marker k = nextPath < pathMarkers.size() ? pathMarkers.get(nextPath++) : null;
				s.setRef(ref(r.target(), -1, k == null ? null : k.position()));
				v = s;
			}
			}
			addLabels(pending, v.getLabels());
			m.getValues().add(v);
		}
		return m;
	}

	private static void addLabels(List<String> names, List<org.dmstudio.model.dt.Label> to) {
		for (String name : names) {
			org.dmstudio.model.dt.Label label = DT.createLabel();
			label.setName(name);
			to.add(label);
		}
		names.clear();
	}

	private PhandleRef ref(Reference target, long value, SourcePosition at) {
		PhandleRef r = DT.createPhandleRef();
		Node node;
		if (target.isPath()) {
			r.setKind(RefKind.PATH);
			r.setPath(target.target());
			node = index.tree().nodeByPath(target.target());
		} else {
			r.setKind(RefKind.LABEL);
			r.setLabel(target.target());
			node = value >= 0 ? index.byPhandle(value) : index.byLabel(target.target());
		}
		if (value >= 0) {
			r.setNumber(value);
		}
		if (at != null) {
			r.setLocation(location(at, target.toString().length()));
		}
		if (node != null) {
			refs.add(r);
			refTargets.add(node);
		}
		return r;
	}

	public static SourceLocation location(SourceSpan s) {
		SourceLocation l = DT.createSourceLocation();
		l.setFile(s.file());
		l.setLine(s.startLine());
		l.setColumn(s.startColumn());
		l.setEndLine(s.endLine());
		l.setEndColumn(s.endColumn() - 1);
		return l;
	}

	public static SourceLocation location(SourcePosition p, int length) {
		SourceLocation l = DT.createSourceLocation();
		l.setFile(p.file());
		l.setLine(p.line());
		l.setColumn(p.column());
		l.setEndLine(p.line());
		l.setEndColumn(p.column() + Math.max(length, 1) - 1);
		return l;
	}
}
