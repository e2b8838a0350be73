package org.dmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dmstudio.model.behaviour.BehaviourFactory;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.SchedFactory;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.validation.DriverModelValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Each rule the kernel enforces is reported, with the kernel function in the message; valid models pass. */
class KernelRulesValidationTest {

	static final TopologyFactory TOPO = TopologyFactory.eINSTANCE;

	@Test
	void deviceLinkFlagCombinationsFollowDeviceLinkAdd() {
		assertValid(boardWithLink(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME));
		assertValid(boardWithLink(DeviceLinkFlag.MANAGED, DeviceLinkFlag.SYNC_STATE_ONLY, DeviceLinkFlag.INFERRED));
		assertError(boardWithLink(DeviceLinkFlag.STATELESS, DeviceLinkFlag.AUTOREMOVE_CONSUMER), "device_link_add() refuses STATELESS together with [AUTOREMOVE_CONSUMER]");
		assertError(boardWithLink(DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.AUTOREMOVE_SUPPLIER), "AUTOPROBE_CONSUMER together with AUTOREMOVE_*");
		assertError(boardWithLink(DeviceLinkFlag.SYNC_STATE_ONLY, DeviceLinkFlag.PM_RUNTIME), "SYNC_STATE_ONLY mixed");
	}

	@Test
	void aDeviceCannotLinkToItself() {
		Board board = TOPO.createBoard();
		Device device = device(board, "a");
		DeviceLink link = TOPO.createDeviceLink();
		link.setSupplier(device);
		link.setConsumer(device);
		board.getLinks().add(link);
		assertError(board, "device_link_add() refuses a link from a device to itself");
	}

	@Test
	void runtimePmCountersCannotGoNegative() {
		Board board = TOPO.createBoard();
		Device device = device(board, "a");
		device.getRuntimePm().setUsageCount(-1);
		assertError(board, "Runtime PM usage count underflow!");
		device.getRuntimePm().setUsageCount(0);
		device.getRuntimePm().setDisableDepth(-1);
		assertError(board, "Unbalanced pm_runtime_enable!");
		device.getRuntimePm().setDisableDepth(0);
		device.getRuntimePm().setRuntimeError(517);
		assertError(board, "runtime_error holds a negative errno");
		device.getRuntimePm().setRuntimeError(-517);
		assertValid(board);
	}

	@Test
	void powerDomainAndRegulatorCyclesAreRefused() {
		Board board = TOPO.createBoard();
		PowerDomain a = domain(board, "a");
		PowerDomain b = domain(board, "b");
		b.getParents().add(a);
		assertValid(board);
		a.getParents().add(b);
		assertError(board, "genpd_add_subdomain");

		Board regulators = TOPO.createBoard();
		Regulator x = regulator(regulators, "x");
		Regulator y = regulator(regulators, "y");
		x.setSupply(y);
		assertValid(regulators);
		y.setSupply(x);
		assertError(regulators, "regulator_resolve_supply");
	}

	@Test
	void aComponentBelongsToOneAggregate() {
		Board board = TOPO.createBoard();
		Device larb = device(board, "larb0");
		for (String name : List.of("m1", "m2")) {
			var master = TOPO.createComponentMaster();
			master.setName(name);
			var component = TOPO.createComponent();
			component.setDevice(larb);
			master.getComponents().add(component);
			board.getAggregates().add(master);
			if (name.equals("m1")) {
				assertValid(board);
			}
		}
		assertError(board, "matched by two aggregate devices");
	}

	@Test
	void recipesGotoExistingLabelsAndReturnNegativeErrnos() {
		Board board = TOPO.createBoard();
		var driver = TOPO.createDriver();
		driver.setName("d");
		DriverBehaviour behaviour = BehaviourFactory.eINSTANCE.createDriverBehaviour();
		Recipe probe = BehaviourFactory.eINSTANCE.createRecipe();
		probe.setName("d_probe");
		var get = BehaviourFactory.eINSTANCE.createStep();
		get.setCall(KernelCall.PM_RUNTIME_RESUME_AND_GET);
		get.setOnError("err_disable");
		probe.getSteps().add(get);
		behaviour.getCallbacks().add(probe);
		driver.setBehaviour(behaviour);
		board.getDrivers().add(driver);
		assertError(board, "goto err_disable has no such label");
		var disable = BehaviourFactory.eINSTANCE.createStep();
		disable.setCall(KernelCall.PM_RUNTIME_DISABLE);
		disable.setLabel("err_disable");
		probe.getUnwind().add(disable);
		assertValid(board);
		var ret = BehaviourFactory.eINSTANCE.createStep();
		ret.setCall(KernelCall.RETURN);
		ret.setErrno(22);
		probe.getSteps().add(ret);
		assertError(board, "returns 0 or a negative errno");
	}

	@Test
	void jobPerTaskMeansOneTaskPerJob() {
		DrmDevice drm = SchedFactory.eINSTANCE.createDrmDevice();
		drm.setDesign(SubmissionDesign.JOB_PER_TASK);
		var job = SchedFactory.eINSTANCE.createJob();
		var inference = SchedFactory.eINSTANCE.createInference();
		inference.getTasks().add(SchedFactory.eINSTANCE.createTask());
		inference.getTasks().add(SchedFactory.eINSTANCE.createTask());
		drm.getInferences().add(inference);
		job.getTasks().addAll(inference.getTasks());
		drm.getJobs().add(job);
		assertError(drm, "exactly one task");
		drm.setDesign(SubmissionDesign.JOB_WITH_CHAINED_TASKS);
		assertValid(drm);
	}

	static Board boardWithLink(DeviceLinkFlag... flags) {
		Board board = TOPO.createBoard();
		DeviceLink link = TOPO.createDeviceLink();
		link.setSupplier(device(board, "supplier"));
		link.setConsumer(device(board, "consumer"));
		link.getFlags().addAll(List.of(flags));
		board.getLinks().add(link);
		return board;
	}

	static Device device(Board board, String name) {
		Device device = TOPO.createDevice();
		device.setName(name);
		device.setRuntimePm(TOPO.createRuntimePmState());
		board.getDevices().add(device);
		return device;
	}

	static PowerDomain domain(Board board, String name) {
		PowerDomain domain = TOPO.createPowerDomain();
		domain.setName(name);
		board.getPowerDomains().add(domain);
		return domain;
	}

	static Regulator regulator(Board board, String name) {
		Regulator regulator = TOPO.createRegulator();
		regulator.setName(name);
		board.getRegulators().add(regulator);
		return regulator;
	}

	static void assertValid(EObject root) {
		Diagnostic diagnostic = DriverModelValidator.validate(root);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren()::toString);
	}

	static void assertError(EObject root, String expected) {
		Diagnostic diagnostic = DriverModelValidator.validate(root);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains(expected)),
				() -> "expected an error containing '" + expected + "' in " + diagnostic.getChildren());
	}
}
