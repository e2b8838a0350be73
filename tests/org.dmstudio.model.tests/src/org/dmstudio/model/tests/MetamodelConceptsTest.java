package org.dmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.dmstudio.model.behaviour.BehaviourFactory;
import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.dt.CellArray;
import org.dmstudio.model.dt.DeviceTree;
import org.dmstudio.model.dt.DtFactory;
import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.NumberCell;
import org.dmstudio.model.dt.PathReference;
import org.dmstudio.model.dt.PhandleCell;
import org.dmstudio.model.dt.PhandleRef;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.RefKind;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.dt.StringValue;
import org.dmstudio.model.scenario.ExpectationKind;
import org.dmstudio.model.scenario.FaultKind;
import org.dmstudio.model.scenario.FwDevlinkMode;
import org.dmstudio.model.scenario.RuntimeErrorRule;
import org.dmstudio.model.scenario.Scenario;
import org.dmstudio.model.scenario.ScenarioFactory;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Fence;
import org.dmstudio.model.sched.FenceKind;
import org.dmstudio.model.sched.Inference;
import org.dmstudio.model.sched.Job;
import org.dmstudio.model.sched.JobState;
import org.dmstudio.model.sched.SchedFactory;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DriverKind;
import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.validation.DriverModelValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small instance of every concept, checks its defaults and operations, and round-trips it. */
class MetamodelConceptsTest {

	static final DtFactory DT = DtFactory.eINSTANCE;
	static final TopologyFactory TOPO = TopologyFactory.eINSTANCE;

	@TempDir
	Path temp;

	@Test
	void devicetreeNodesKnowTheirPathsAndReferences() {
		DeviceTree tree = tree();
		Node npu = tree.getRoot().getChildren().get(0);
		assertEquals("npu@fdab0000", npu.getFullName());
		assertEquals("/npu@fdab0000", npu.getPath());
		Node iommu = tree.getRoot().getChildren().get(1);
		assertEquals("/iommu@fdab9000", iommu.getPath());
		PhandleRef ref = ((PhandleCell) ((CellArray) npu.getProperty("iommus").getValues().get(0)).getCells().get(0)).getRef();
		assertEquals("&rknn_mmu_0", ref.format());
		assertSame(iommu, ref.getTarget());
		assertEquals("rk3588-base.dtsi:1168:3", npu.getProperty("iommus").getLocations().get(0).format());
		assertNull(npu.getProperty("missing"));
	}

	@Test
	void runtimePmStartsAsPmRuntimeInitLeavesIt() {
		RuntimePmState rpm = TOPO.createRuntimePmState();
		assertEquals(RpmStatus.SUSPENDED, rpm.getStatus(), "pm_runtime_init(): RPM_SUSPENDED");
		assertEquals(1, rpm.getDisableDepth(), "pm_runtime_init(): disable_depth = 1");
		assertEquals(0, rpm.getUsageCount());
		assertEquals(0, rpm.getRuntimeError());
		Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
		scenario.setConfig(ScenarioFactory.eINSTANCE.createKernelConfig());
		assertEquals(FwDevlinkMode.RPM, scenario.getConfig().getFwDevlink(), "fw_devlink=rpm is the default");
		assertEquals(RuntimeErrorRule.STICKY_ON_ANY_CALLBACK, scenario.getConfig().getRuntimeErrorRule());
		assertEquals(10, scenario.getConfig().getDeferredProbeTimeoutS());
	}

	@Test
	void everyConceptRoundTrips() throws Exception {
		Board board = TOPO.createBoard();
		board.setName("concepts");
		board.setDeviceTree(tree());
		Device supplier = KernelRulesValidationTest.device(board, "fdab9000.iommu");
		Device consumer = KernelRulesValidationTest.device(board, "fdab0000.npu");
		consumer.setNode(board.getDeviceTree().getRoot().getChildren().get(0));
		var link = TOPO.createDeviceLink();
		link.setSupplier(supplier);
		link.setConsumer(consumer);
		link.getFlags().addAll(List.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME));
		board.getLinks().add(link);
		var domain = TOPO.createPowerDomain();
		domain.setName("nputop");
		domain.getDevices().add(consumer);
		board.getPowerDomains().add(domain);
		var regulator = TOPO.createRegulator();
		regulator.setName("vdd_npu_s0");
		board.getRegulators().add(regulator);
		domain.setDomainSupply(regulator);
		var master = TOPO.createComponentMaster();
		master.setName("aggregate");
		master.setDevice(supplier);
		var component = TOPO.createComponent();
		component.setDevice(consumer);
		master.getComponents().add(component);
		board.getAggregates().add(master);

		var driver = TOPO.createDriver();
		driver.setName("rocket");
		driver.setKind(DriverKind.MODULE);
		driver.setModuleLoadTimeNs(4_000_000_000L);
		DriverBehaviour behaviour = BehaviourFactory.eINSTANCE.createDriverBehaviour();
		Recipe probe = BehaviourFactory.eINSTANCE.createRecipe();
		probe.setName("rocket_probe");
		probe.setKind(CallbackKind.PROBE);
		probe.getSteps().add(step(KernelCall.PM_RUNTIME_ENABLE, null));
		probe.getSteps().add(step(KernelCall.PM_RUNTIME_RESUME_AND_GET, "err"));
		Step unwind = step(KernelCall.PM_RUNTIME_DISABLE, null);
		unwind.setLabel("err");
		probe.getUnwind().add(unwind);
		behaviour.getCallbacks().add(probe);
		driver.setBehaviour(behaviour);
		board.getDrivers().add(driver);

		DrmDevice drm = SchedFactory.eINSTANCE.createDrmDevice();
		drm.setName("rocket");
		drm.setDesign(SubmissionDesign.JOB_PER_TASK);
		var core = SchedFactory.eINSTANCE.createHardwareCore();
		core.setDevice(consumer);
		drm.getCores().add(core);
		var scheduler = SchedFactory.eINSTANCE.createScheduler();
		scheduler.setCore(core);
		drm.getSchedulers().add(scheduler);
		var entity = SchedFactory.eINSTANCE.createEntity();
		entity.getSchedulers().add(scheduler);
		drm.getEntities().add(entity);
		Inference inference = SchedFactory.eINSTANCE.createInference();
		inference.getTasks().add(SchedFactory.eINSTANCE.createTask());
		drm.getInferences().add(inference);
		Job job = SchedFactory.eINSTANCE.createJob();
		job.setName("job0");
		job.setEntity(entity);
		job.setInference(inference);
		job.getTasks().add(inference.getTasks().get(0));
		job.setState(JobState.ARMED);
		job.setFinishedFence(fence(FenceKind.FINISHED, -125));
		job.setScheduledFence(fence(FenceKind.SCHEDULED, 0));
		drm.getJobs().add(job);

		Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
		scenario.setName("concepts");
		scenario.setBoard(board);
		scenario.setDrmDevice(drm);
		scenario.setConfig(ScenarioFactory.eINSTANCE.createKernelConfig());
		var load = ScenarioFactory.eINSTANCE.createModuleLoad();
		load.setDriver(driver);
		load.setTimeNs(4_000_000_000L);
		var submit = ScenarioFactory.eINSTANCE.createJobSubmission();
		submit.setEntity(entity);
		submit.setTaskCount(4);
		var fault = ScenarioFactory.eINSTANCE.createFaultInjection();
		fault.setKind(FaultKind.TASK_HANG);
		fault.setTaskIndex(2);
		var call = ScenarioFactory.eINSTANCE.createRuntimePmCall();
		call.setDevice(consumer);
		call.setCall(KernelCall.PM_RUNTIME_GET_SYNC);
		scenario.getStimuli().addAll(List.of(load, submit, fault, call));
		var expectation = ScenarioFactory.eINSTANCE.createExpectation();
		expectation.setKind(ExpectationKind.PROBE_ERROR);
		expectation.setDevice(consumer);
		expectation.setValue("-EINVAL");
		scenario.getExpectations().add(expectation);

		for (EObject root : List.<EObject>of(board, drm, scenario)) {
			Diagnostic diagnostic = DriverModelValidator.validate(root);
			assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren()::toString);
		}
		Path file = temp.resolve("concepts.dmstudio");
		ModelStore.saveAs(List.of(board, drm, scenario), file);
		ModelStore.Loaded loaded = ModelStore.load(file);
		assertTrue(loaded.ok(), loaded.problems()::toString);
		Board back = (Board) loaded.resource().getContents().get(0);
		DrmDevice drmBack = (DrmDevice) loaded.resource().getContents().get(1);
		Scenario scenarioBack = (Scenario) loaded.resource().getContents().get(2);
		assertTrue(new ContentEquality().equals(List.of(board, drm, scenario), List.of(back, drmBack, scenarioBack)));
		assertSame(back.getRegulators().get(0), back.getPowerDomains().get(0).getDomainSupply());
		assertEquals(List.of(back.getPowerDomains().get(0)), back.getDevices().get(1).getPowerDomains(),
				"the transient opposite is rebuilt from the saved side");
		assertSame(back.getDrivers().get(0), ((org.dmstudio.model.scenario.ModuleLoad) scenarioBack.getStimuli().get(0)).getDriver());
		assertEquals(-125, drmBack.getJobs().get(0).getFinishedFence().getError());
	}

	static DeviceTree tree() {
		DeviceTree tree = DT.createDeviceTree();
		tree.getSourceFiles().add("rk3588-rock-5b.dts");
		Node root = DT.createNode();
		root.setName("");
		tree.setRoot(root);
		Node npu = node(root, "npu", "fdab0000");
		Node iommu = node(root, "iommu", "fdab9000");
		Label label = DT.createLabel();
		label.setName("rknn_mmu_0");
		iommu.getLabels().add(label);
		Property compatible = DT.createProperty();
		compatible.setName("compatible");
		StringValue string = DT.createStringValue();
		string.setValue("rockchip,rk3588-rknn-core");
		compatible.getValues().add(string);
		npu.getProperties().add(compatible);
		Property iommus = DT.createProperty();
		iommus.setName("iommus");
		CellArray cells = DT.createCellArray();
		PhandleCell cell = DT.createPhandleCell();
		PhandleRef ref = DT.createPhandleRef();
		ref.setKind(RefKind.LABEL);
		ref.setLabel("rknn_mmu_0");
		ref.setTarget(iommu);
		cell.setRef(ref);
		cells.getCells().add(cell);
		NumberCell number = DT.createNumberCell();
		number.setValue(9);
		number.setExpression("RK3588_PD_NPUTOP");
		cells.getCells().add(number);
		iommus.getValues().add(cells);
		SourceLocation location = DT.createSourceLocation();
		location.setFile("rk3588-base.dtsi");
		location.setLine(1168);
		location.setColumn(3);
		iommus.getLocations().add(location);
		npu.getProperties().add(iommus);
		Property path = DT.createProperty();
		path.setName("iommu-path");
		PathReference pathRef = DT.createPathReference();
		PhandleRef byPath = DT.createPhandleRef();
		byPath.setKind(RefKind.PATH);
		byPath.setPath("/iommu@fdab9000");
		byPath.setTarget(iommu);
		pathRef.setRef(byPath);
		path.getValues().add(pathRef);
		var bytes = DT.createByteString();
		bytes.setBytes(new byte[] { 0x12, 0x34 });
		path.getValues().add(bytes);
		npu.getProperties().add(path);
		var reserve = DT.createMemReserve();
		reserve.setAddress(0x1000);
		reserve.setSize(0x2000);
		tree.getMemreserves().add(reserve);
		return tree;
	}

	static Node node(Node parent, String name, String unit) {
		Node node = DT.createNode();
		node.setName(name);
		node.setUnitAddress(unit);
		parent.getChildren().add(node);
		return node;
	}

	static Step step(KernelCall call, String onError) {
		Step step = BehaviourFactory.eINSTANCE.createStep();
		step.setCall(call);
		step.setOnError(onError);
		return step;
	}

	static Fence fence(FenceKind kind, int error) {
		Fence fence = SchedFactory.eINSTANCE.createFence();
		fence.setKind(kind);
		fence.setError(error);
		fence.setSignalled(error != 0);
		return fence;
	}
}
