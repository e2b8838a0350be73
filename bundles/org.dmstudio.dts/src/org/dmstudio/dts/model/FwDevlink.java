package org.dmstudio.dts.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.dmstudio.model.topology.DeviceLinkFlag;

/** The kernel's {@code fw_devlink=} and {@code fw_devlink.strict=} settings (drivers/base/core.c). */
public final class FwDevlink {

	/** fw_devlink= modes; RPM is the kernel's default. */
	public enum Mode {
		OFF, PERMISSIVE, ON, RPM;

		/** Parses {@code off|permissive|on|rpm}. */
		public static Mode parse(String text) {
			return valueOf(text.toUpperCase(Locale.ROOT));
		}
	}

	private final Mode mode;
	private final boolean strict;

	public FwDevlink(Mode mode, boolean strict) {
		this.mode = mode;
		this.strict = strict;
	}

	/** The kernel's defaults: fw_devlink=rpm, fw_devlink.strict=0. */
	public static FwDevlink defaults() {
		return new FwDevlink(Mode.RPM, false);
	}

	public Mode mode() {
		return mode;
	}

	/** fw_devlink_is_strict(): optional bindings (iommus, iommu-map, dmas) are parsed only then. */
	public boolean strict() {
		return strict && mode != Mode.OFF && mode != Mode.PERMISSIVE;
	}

	/** fw_devlink_flags for the mode (before device_link_add() adds MANAGED). */
	public Set<DeviceLinkFlag> flags() {
		return switch (mode) {
		case OFF -> EnumSet.noneOf(DeviceLinkFlag.class);
		case PERMISSIVE -> permissive();
		case ON -> EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.AUTOPROBE_CONSUMER);
		case RPM -> EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.PM_RUNTIME);
		};
	}

	/** FW_DEVLINK_FLAGS_PERMISSIVE: proxy links for child nodes and links in a cycle. */
	public static Set<DeviceLinkFlag> permissive() {
		return EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.SYNC_STATE_ONLY);
	}
}
