package org.dmstudio.sim.internal;

import java.util.Map;

import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.topology.Device;

/** Builds the {@link SchedImage} from a scenario's sched:DrmDevice. */
final class SchedLoader {

	private SchedLoader() {
	}

	static SchedImage load(Scenario scenario, Image img, Map<Device, Image.Dev> devs) {
		return new SchedImage();
	}
}
