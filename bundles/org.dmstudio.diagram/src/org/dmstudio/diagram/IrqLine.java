package org.dmstudio.diagram;

import org.dmstudio.model.sched.HardwareCore;

/** The interrupt line of a hardware core ({@code HardwareCore.irq}), drawn as a node of its own. */
public record IrqLine(HardwareCore core) {

	/** The interrupt number. */
	public int number() {
		return core.getIrq();
	}

	/** The name the handler was requested with, the core's name when the model gives none. */
	public String name() {
		return core.getIrqName() != null ? core.getIrqName() : core.getName();
	}

	@Override
	public String toString() {
		return "IRQ " + number() + " " + name();
	}
}
