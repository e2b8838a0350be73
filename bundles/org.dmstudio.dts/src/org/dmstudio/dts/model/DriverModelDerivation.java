package org.dmstudio.dts.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.internal.model.DeviceLinks;
import org.dmstudio.dts.internal.model.DtImporter;
import org.dmstudio.dts.internal.model.PlatformPopulate;
import org.dmstudio.dts.internal.model.PowerAndSupplies;
import org.dmstudio.dts.internal.model.TreeIndex;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.TopologyFactory;

/**
 * Derives the driver model the kernel builds from a devicetree: devices and buses as
 * of_platform_default_populate() and the i2c/spi cores create them, fw_devlink's device links
 * (plus the links IOMMU and SMI drivers add at probe), genpd domains, regulators and supplies.
 */
public final class DriverModelDerivation {
	private final FwDevlink fwDevlink;

	public DriverModelDerivation(FwDevlink fwDevlink) {
		this.fwDevlink = fwDevlink;
	}

	public DriverModelDerivation() {
		this(FwDevlink.defaults());
	}

	/** The board of a compiled source; {@code options} are recorded in the model (include paths). */
	public DerivedBoard derive(DeviceTreeSource source, CompilerOptions options) {
		TreeIndex index = new TreeIndex(source.tree());
		DtImporter importer = new DtImporter(index);
		DeviceTree dt = importer.run(source, options.includeDirs());
		Map<Node, org.dmstudio.model.dt.Node> dtNodes = importer.nodes();
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName(dt.getName());
		board.getCompatible().addAll(TreeIndex.compatible(source.tree().root()));
		Node root = source.tree().root();
		if (root.property("model") != null && root.property("model").asString() != null) {
			board.setDescription(root.property("model").asString());
		}
		board.setDeviceTree(dt);
		List<Diagnostic> findings = new ArrayList<>();
		PlatformPopulate populate = new PlatformPopulate(index, board, dtNodes::get, findings);
		populate.run();
		Map<Node, Device> devices = populate.devices();
		DeviceLinks links = new DeviceLinks(index, devices, fwDevlink, board, findings);
		links.run();
		for (DeviceLinks.FwnodeLink waiting : links.waiting()) {
			Device con = devices.get(waiting.consumer());
			SourceSpan at = waiting.property().span();
			String message = (con != null ? con.getName() : waiting.consumer().path()) + ": " + waiting.property().name()
					+ " names " + waiting.supplier().path()
					+ ", which never gets a device: fw_devlink keeps the consumer waiting for this supplier";
			findings.add(con != null ? Diagnostic.error(at == null ? null : at.start(), message)
					: Diagnostic.warning(at == null ? null : at.start(), message));
		}
		new PowerAndSupplies(index, devices, board, dtNodes::get).run();
		return new DerivedBoard(board, source, findings);
	}
}
