package org.dmstudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dmstudio.model.scenario.Expectation;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;
import org.junit.jupiter.api.Test;

/** Seed 000 built in: each kernel rule of the failure, pinned to the kernel function that applies it. */
class SeedZeroBuiltinTest {

	static Path root() {
		String property = System.getProperty("dmstudio.root");
		if (property != null) {
			return Path.of(property);
		}
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
			dir = dir.getParent();
		}
		return dir;
	}

	static Scenario scenario(String file) {
		ModelStore.Loaded loaded = ModelStore.load(root().resolve(file));
		assertTrue(loaded.ok(), () -> loaded.problems().toString());
		return (Scenario) loaded.root();
	}

	private static final String BUILTIN = "examples/seed000-rk3588-npu/builtin.scenario";

	private final SimulationResult result = Simulator.of(scenario(BUILTIN)).run(2);
	private final Trace trace = result.trace();

	private List<TraceStep> steps(String function) {
		return java.util.stream.IntStream.range(0, trace.size()).mapToObj(trace::step)
				.filter(s -> s.function().equals(function)).toList();
	}

	@Test
	void everyExpectationOfTheScenarioHolds() {
		assertTrue(result.passed(), () -> result.expectations().toString());
	}

	@Test
	void rpmCallbackStoresProbeDeferAsRuntimeError() {
		TraceStep step = steps("rpm_callback").stream()
				.filter(s -> s.object().equals("fdab9000.iommu") && s.ret() == -517).findFirst().orElseThrow();
		assertTrue(step.changes().stream().anyMatch(c -> c.field().equals("power.runtime_error") && c.after().equals("-EPROBE_DEFER")));
	}

	@Test
	void rpmResumeReturnsEinvalFirstWhenRuntimeErrorIsSet() {
		TraceStep step = steps("rpm_resume").stream().filter(s -> s.object().equals("fdab9000.iommu") && s.ret() == -22)
				.findFirst().orElseThrow();
		assertEquals("-EPROBE_DEFER", trace.stateAt(step.index()).get("fdab9000.iommu", "power.runtime_error"));
		int next = step.index() + 1;
		assertTrue(next >= trace.size() || trace.step(next).depth() <= step.depth(), "no callback runs after the -EINVAL");
	}

	@Test
	void pmRuntimeGetSuppliersIgnoresTheSuppliersResult() {
		TraceStep getSuppliers = steps("pm_runtime_get_suppliers").stream()
				.filter(s -> s.object().equals("fdab0000.npu")).findFirst().orElseThrow();
		assertFalse(getSuppliers.returned(), "pm_runtime_get_suppliers returns void");
		int defer = trace.find(getSuppliers.index(), true, Trace.onErrno(-517));
		assertTrue(defer > getSuppliers.index());
		assertTrue(steps("really_probe").stream().anyMatch(s -> s.object().equals("fdab0000.npu") && s.index() > defer),
				"really_probe still runs");
	}

	@Test
	void genpdPowersParentsBeforeTheChild() {
		TraceStep child = steps("genpd_power_on").stream().filter(s -> s.object().equals("pd_nputop") && s.ret() == -517)
				.findFirst().orElseThrow();
		TraceStep parent = trace.step(child.index() + 1);
		assertEquals("genpd_power_on", parent.function());
		assertEquals("pd_npu", parent.object());
		assertTrue(steps("_genpd_power_on").stream().noneMatch(s -> s.object().equals("pd_nputop") && s.index() > child.index()
				&& s.index() < child.index() + 4), "the child's provider hook is not called when the parent fails");
	}

	@Test
	void theErrorIsBornInTheRegulatorLookup() {
		TraceStep birth = trace.step(trace.firstReturning(-517));
		assertEquals("regulator_dev_lookup", birth.function());
		assertTrue(birth.stack().contains("__driver_probe_device > pm_runtime_get_suppliers > pm_runtime_get_sync > rpm_resume > rpm_callback"));
		assertTrue(birth.stack().endsWith("genpd_runtime_resume > genpd_power_on > genpd_power_on > _genpd_power_on > rockchip_pd_power_on > regulator_dev_lookup"));
	}

	@Test
	void sameSeedSameTrace() {
		SimulationResult again = Simulator.of(scenario(BUILTIN)).run(2);
		assertEquals(result.dmesg(), again.dmesg());
		assertEquals(trace.size(), again.trace().size());
	}

	@Test
	void walkingBackwardsRebuildsEveryState() {
		Trace.Cursor cursor = trace.cursor();
		cursor.seek(trace.size() - 1);
		for (int i = trace.size() - 1; i >= 0; i -= 7) {
			cursor.seek(i);
			assertTrue(java.util.Arrays.equals(trace.stateAt(i).values(), cursor.state().values()), "step " + i);
		}
	}

	@Test
	void aWrongExpectationFails() {
		Scenario scenario = scenario(BUILTIN);
		Expectation first = scenario.getExpectations().get(0);
		first.setValue("BOUND");
		SimulationResult wrong = Simulator.of(scenario).run(2);
		assertFalse(wrong.passed());
		assertFalse(wrong.expectations().get(0).passed());
	}
}
