package org.dmstudio.sim.internal;

import java.util.ArrayList;
import java.util.List;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.scenario.ExpectationKind;
import org.dmstudio.model.scenario.FaultKind;

/** The scenario's kernel configuration, timeline and expectations, EMF-free. */
public final class ScenarioImage {

	public record Expect(String description, ExpectationKind kind, String device, String value, long atNs) {
	}

	public record Fault(FaultKind kind, String device, CallbackKind callback, int errno, long delayNs, String job,
			int taskIndex) {
	}

	public record RpmCall(long timeNs, String device, KernelCall call) {
	}

	public record Submit(long timeNs, String name, String entity, int taskCount, long taskDurationNs) {
	}

	String name = "scenario";
	long seed;
	boolean fwDevlinkRpm = true, fwDevlinkOff, modules = true, stickyOnAnyCallback = true, regulatorIgnoreUnused,
			pdIgnoreUnused;
	int deferredProbeTimeoutS = 10;
	long userspaceStartNs = 3_000_000_000L, jitterNs;
	/** Built-in driver registration order hints (timeNs within the initcall level), by driver name. */
	final List<Object[]> registrations = new ArrayList<>();
	/** Module loads: driver name, time. */
	final List<Object[]> moduleLoads = new ArrayList<>();
	final List<RpmCall> rpmCalls = new ArrayList<>();
	final List<Submit> submissions = new ArrayList<>();
	final List<Fault> faults = new ArrayList<>();
	final List<Expect> expectations = new ArrayList<>();

	public List<Expect> expectations() {
		return expectations;
	}

	public String name() {
		return name;
	}

	public long seed() {
		return seed;
	}

	Fault fault(FaultKind kind, String device, CallbackKind callback) {
		for (Fault f : faults) {
			if (f.kind() == kind && (device == null || device.equals(f.device()))
					&& (callback == null || f.callback() == null || f.callback() == callback)) {
				return f;
			}
		}
		return null;
	}
}
