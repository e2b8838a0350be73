package org.dmstudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Simulator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every examples/&lt;case&gt;/*.scenario holds all its expectations at its own seed. */
class ExampleScenariosTest {

	@TestFactory
	Stream<DynamicTest> everyExampleScenarioPasses() throws IOException {
		Path examples = SeedZeroBuiltinTest.root().resolve("examples");
		try (Stream<Path> files = Files.walk(examples)) {
			var scenarios = files.filter(p -> p.toString().endsWith(".scenario")).sorted().toList();
			assertFalse(scenarios.isEmpty());
			return scenarios.stream().map(file -> DynamicTest.dynamicTest(examples.relativize(file).toString(), () -> {
				Simulator simulator = Simulator.load(file);
				SimulationResult result = simulator.run(simulator.defaultSeed());
				assertFalse(result.expectations().isEmpty(), "a scenario without expectations checks nothing");
				assertTrue(result.passed(), () -> result.expectations().toString());
			}));
		}
	}
}
