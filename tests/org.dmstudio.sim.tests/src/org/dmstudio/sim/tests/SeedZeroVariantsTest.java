package org.dmstudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.validation.DriverModelValidator;
import org.dmstudio.sim.Exploration;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.dmstudio.sim.TraceStep;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Seed 000 beyond the failing boot: timing shares, the workaround, the error paths; and the example models stay valid. */
class SeedZeroVariantsTest {

	private static Simulator load(String file) {
		return Simulator.of(SeedZeroBuiltinTest.scenario("examples/seed000-rk3588-npu/" + file));
	}

	private static long failing(List<Exploration.SeedClass> classes) {
		return classes.stream().filter(Exploration.SeedClass::failed).mapToLong(Exploration.SeedClass::count).sum();
	}

	@Test
	void builtInFailsInAShareOfBootsTheModuleInNone() {
		long builtin = failing(Exploration.seeds(load("builtin.scenario"), 200));
		assertTrue(builtin > 0 && builtin < 200, "failed boots: " + builtin);
		assertEquals(0, failing(Exploration.seeds(load("module.scenario"), 200)));
	}

	@Test
	void withoutSetSuspendedTheJobsResumeFailsThroughTheIommuAndTimesOut() {
		SimulationResult r = load("no-set-suspended.scenario").run(2);
		TraceStep supplier = Boards.steps(r, "rpm_resume", "fdab9000.iommu").stream()
				.filter(s -> s.stack().startsWith("drm_sched_run_job_work > rocket_job_run > ")).findFirst().orElseThrow();
		assertEquals(-22, supplier.ret(), "the IOMMU's sticky runtime_error");
		assertTrue(supplier.stack().contains("rpm_callback > __rpm_callback > rpm_get_suppliers > pm_runtime_get_sync"));
		TraceStep timedOut = Boards.steps(r, "drm_sched_job_timedout", "J").get(0);
		TraceStep run = Boards.steps(r, "rocket_job_run", "J").get(0);
		assertEquals(run.timeNs() + 500_000_000L, timedOut.timeNs(), "JOB_TIMEOUT_MS after drm_sched_job_begin");
	}

	@Test
	void theErrorPathsOfARetriedProbe() {
		SimulationResult r = load("error-paths.scenario").run(1);
		TraceStep unbalanced = r.trace().step(r.trace().find(0, true, s -> s.kind() == TraceStep.Kind.BUG
				&& s.function().startsWith("Unbalanced pm_runtime_enable!")));
		assertTrue(unbalanced.stack().endsWith("rocket_probe > rocket_core_init > pm_runtime_enable"), unbalanced.stack());
		assertTrue(Boards.steps(r, "rocket_core_fini", null).isEmpty(), "the unwind never disables runtime PM");
		assertTrue(r.bugs().stream().anyMatch(b -> b.startsWith("array-index-out-of-bounds in rocket_probe: index 3 past 3")));
		SimulationResult fixed = load("error-paths-fixed.scenario").run(1);
		assertTrue(fixed.bugs().stream().allMatch(b -> b.startsWith("entry 0 indexed by num_cores is fdac0000.npu")), fixed.bugs()::toString);
	}

	@Test
	void everyExampleModelValidates() throws IOException {
		try (Stream<Path> files = Files.walk(SeedZeroBuiltinTest.root().resolve("examples"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".dmstudio") || p.toString().endsWith(".scenario")).toList()) {
				ModelStore.Loaded loaded = ModelStore.load(file);
				assertTrue(loaded.ok(), () -> file + ": " + loaded.problems());
				for (EObject root : loaded.resource().getContents()) {
					Diagnostic d = DriverModelValidator.validate(root);
					assertTrue(d.getSeverity() < Diagnostic.ERROR, () -> file + ": " + d.getChildren());
				}
			}
		}
	}
}
