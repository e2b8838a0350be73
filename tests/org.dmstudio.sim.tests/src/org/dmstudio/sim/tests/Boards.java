package org.dmstudio.sim.tests;

import java.util.stream.IntStream;
import java.util.List;

import org.dmstudio.model.behaviour.BehaviourFactory;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.scenario.DriverRegistration;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.sim.SimulationResult;
import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;

/** Small boards built in code, one kernel rule at a time, and trace queries. */
final class Boards {

	private static final TopologyFactory T = TopologyFactory.eINSTANCE;
	private static final BehaviourFactory B = BehaviourFactory.eINSTANCE;

	final Board board = T.createBoard();
	final Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();

	Boards() {
		board.setName("test");
		scenario.setName("test");
		scenario.setBoard(board);
	}

	/** A device with its own driver of the same name; the driver registers in call order. */
	Driver device(String name, Recipe... recipes) {
		Device d = T.createDevice();
		d.setName(name);
		d.getCompatible().add("test," + name);
		d.setRuntimePm(T.createRuntimePmState());
		board.getDevices().add(d);
		Driver drv = T.createDriver();
		drv.setName(name + "-drv");
		drv.getCompatibles().add("test," + name);
		DriverBehaviour b = B.createDriverBehaviour();
		b.setName(name);
		b.getCallbacks().addAll(List.of(recipes));
		drv.setBehaviour(b);
		board.getDrivers().add(drv);
		d.setDriver(drv);
		DriverRegistration reg = ScenarioFactory.eINSTANCE.createDriverRegistration();
		reg.setDriver(drv);
		reg.setTimeNs(board.getDrivers().size() * 1_000_000L);
		scenario.getStimuli().add(reg);
		return drv;
	}

	Device dev(String name) {
		return board.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	void module(String device, long loadNs) {
		Driver drv = dev(device).getDriver();
		drv.setKind(DriverKind.MODULE);
		drv.setModuleLoadTimeNs(loadNs);
	}

	/** A fw_devlink link (managed, INFERRED, PM_RUNTIME as under fw_devlink=rpm). */
	void link(String supplier, String consumer) {
		DeviceLink l = T.createDeviceLink();
		l.setSupplier(dev(supplier));
		l.setConsumer(dev(consumer));
		l.getFlags().addAll(List.of(DeviceLinkFlag.MANAGED, DeviceLinkFlag.INFERRED, DeviceLinkFlag.PM_RUNTIME));
		board.getLinks().add(l);
	}

	static Recipe recipe(String name, CallbackKind kind, KernelCall... calls) {
		Recipe r = B.createRecipe();
		r.setName(name);
		r.setKind(kind);
		r.setSource("test.c");
		for (KernelCall call : calls) {
			Step s = B.createStep();
			s.setCall(call);
			r.getSteps().add(s);
		}
		return r;
	}

	/** The last step of a recipe returns {@code errno}. */
	static Recipe returning(Recipe r, int errno) {
		r.getSteps().get(r.getSteps().size() - 1).setErrno(errno);
		return r;
	}

	static Recipe probe(String name, KernelCall... calls) {
		return recipe(name + "_probe", CallbackKind.PROBE, calls);
	}

	static List<TraceStep> steps(Trace trace, String function, String object) {
		return IntStream.range(0, trace.size()).mapToObj(trace::step)
				.filter(s -> s.function().equals(function) && (object == null || object.equals(s.object()))).toList();
	}

	static List<TraceStep> steps(SimulationResult result, String function, String object) {
		return steps(result.trace(), function, object);
	}
}
