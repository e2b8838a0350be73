package org.dmstudio.dts.model;

import java.util.List;

import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.model.topology.Board;

/**
 * A board derived from a devicetree: the {@link Board} (with its {@code DeviceTree}), the source it
 * came from, and what the derivation noticed on the way (cycles fw_devlink relaxes, suppliers that
 * never get a device, duplicate device names).
 */
public record DerivedBoard(Board board, DeviceTreeSource source, List<Diagnostic> findings) {

	public DerivedBoard {
		findings = List.copyOf(findings);
	}
}
