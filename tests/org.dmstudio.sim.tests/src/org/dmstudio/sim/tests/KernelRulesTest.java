package org.dmstudio.sim.tests;

import static org.dmstudio.model.behaviour.KernelCall.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.scenario.FaultInjection;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.model.topology.Component;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.TraceStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Driver-core and runtime-PM rules on boards built for one rule each, pinned to their kernel functions. */
class KernelRulesTest {

	@Test
	void deviceLinksCheckSuppliersDefersOnAnUnboundManagedSupplier() {
		Boards b = new Boards();
		b.device("sup", Boards.probe("sup", RETURN));
		b.device("con", Boards.probe("con", RETURN));
		b.module("sup", 5_000_000_000L);
		b.link("sup", "con");
		SimulationResult r = Simulator.of(b.scenario).run(1);
		TraceStep check = Boards.steps(r, "device_links_check_suppliers", "con").get(0);
		assertEquals(-517, check.ret());
		assertEquals("con-drv: supplier sup not ready", r.trace().stateAtReturn(check.index()).get("con", "deferred_probe_reason"));
		assertTrue(Boards.steps(r, "con_probe", "con").get(0).timeNs() >= 5_000_000_000L, "con probes after its supplier binds");
		assertEquals("BOUND", r.devices().get("con"));
	}

	@Test
	void componentAddReturnsTheMasterBindsError() {
		Boards b = new Boards();
		b.device("master", Boards.probe("master", COMPONENT_MASTER_ADD, RETURN),
				Boards.returning(Boards.recipe("master_bind", CallbackKind.MASTER_BIND, RETURN), -12));
		b.device("comp", Boards.probe("comp", COMPONENT_ADD, RETURN));
		ComponentMaster adev = TopologyFactory.eINSTANCE.createComponentMaster();
		adev.setName("adev");
		adev.setDevice(b.dev("master"));
		Component c = TopologyFactory.eINSTANCE.createComponent();
		c.setDevice(b.dev("comp"));
		adev.getComponents().add(c);
		b.board.getAggregates().add(adev);
		SimulationResult r = Simulator.of(b.scenario).run(1);
		assertEquals(-12, Boards.steps(r, "try_to_bring_up_aggregate_device", "adev").getLast().ret(), "the master bind fails");
		assertEquals(-12, Boards.steps(r, "component_add", "comp").get(0).ret(), "__component_add returns the bind's error");
		assertEquals("FAILED -ENOMEM", r.devices().get("comp"));
		assertTrue(r.dmesg().stream().anyMatch(l -> l.contains("adev bind failed")));
	}

	/** rpm_callback(): runtime_error = retval unless -EAGAIN or -EBUSY. */
	@ParameterizedTest
	@CsvSource({ "-16, 0", "-11, 0", "-5, -EIO", "-517, -EPROBE_DEFER" })
	void rpmCallbackStoresEveryErrorButEagainAndEbusy(int errno, String stored) {
		Boards b = new Boards();
		b.device("dev", Boards.probe("dev", PM_RUNTIME_ENABLE, PM_RUNTIME_GET_SYNC, RETURN),
				Boards.recipe("dev_resume", CallbackKind.RUNTIME_RESUME, RETURN));
		FaultInjection f = ScenarioFactory.eINSTANCE.createFaultInjection();
		f.setDevice(b.dev("dev"));
		f.setCallback(CallbackKind.RUNTIME_RESUME);
		f.setErrno(errno);
		b.scenario.getStimuli().add(f);
		SimulationResult r = Simulator.of(b.scenario).run(1);
		TraceStep callback = Boards.steps(r, "rpm_callback", "dev").get(0);
		assertEquals(errno, callback.ret());
		assertEquals(stored.equals("0") ? "0" : stored, r.trace().stateAtReturn(callback.index()).get("dev", "power.runtime_error"));
	}

	@Test
	void pmRuntimeSetStatusIsRefusedWhileEnabledAndClearsRuntimeError() {
		Boards b = new Boards();
		b.device("dev", Boards.probe("dev", PM_RUNTIME_ENABLE, PM_RUNTIME_SET_SUSPENDED, RETURN));
		SimulationResult r = Simulator.of(b.scenario).run(1);
		assertEquals(-11, Boards.steps(r, "pm_runtime_set_suspended", "dev").get(0).ret(), "__pm_runtime_set_status: -EAGAIN");
		assertFalse(r.bugs().stream().anyMatch(bug -> bug.contains("Unbalanced")));
	}
}
