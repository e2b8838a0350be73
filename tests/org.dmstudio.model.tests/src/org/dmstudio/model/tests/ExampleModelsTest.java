package org.dmstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.sched.DrmDevice;
import org.dmstudio.model.sched.Scheduler;
import org.dmstudio.model.sched.SubmissionDesign;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.ComponentMaster;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.validation.DriverModelValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleModelsTest {

	@TempDir
	Path temp;

	static Stream<Path> examples() {
		List<Path> models = ProjectFiles.exampleModels();
		assertTrue(models.size() >= 3, "expected the three seed examples, found " + models);
		return models.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void loadsValidatesAndRoundTrips(Path model) throws Exception {
		ModelStore.Loaded loaded = ModelStore.load(model);
		assertTrue(loaded.ok(), () -> model + ": " + loaded.problems());
		List<EObject> roots = new ArrayList<>(loaded.resource().getContents());
		assertTrue(!roots.isEmpty());
		for (EObject root : roots) {
			Diagnostic diagnostic = DriverModelValidator.validate(root);
			assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> model + ": " + diagnostic.getChildren());
		}
		Path copy = temp.resolve(model.getFileName());
		ModelStore.saveAs(EcoreUtil.copyAll(roots).stream().toList(), copy);
		ModelStore.Loaded reloaded = ModelStore.load(copy);
		assertTrue(reloaded.ok(), () -> reloaded.problems().toString());
		assertEquals(roots.size(), reloaded.resource().getContents().size());
		for (int i = 0; i < roots.size(); i++) {
			assertTrue(new ContentEquality().equals(roots.get(i), reloaded.resource().getContents().get(i)),
					"root " + i + " of " + model + " differs after a save and a load");
		}
	}

	@Test
	void seed000PowerDomainSupplyIsOnI2c() {
		Board board = board("seed000-rk3588-npu/rk3588-npu.dmstudio");
		Device core0 = device(board, "fdab0000.npu");
		PowerDomain nputop = core0.getPowerDomains().get(0);
		assertEquals("nputop", nputop.getName());
		PowerDomain npu = nputop.getParents().get(0);
		assertEquals("npu", npu.getName());
		Regulator supply = npu.getDomainSupply();
		assertEquals("vdd_npu_s0", supply.getName());
		assertEquals("1-0042", supply.getProvider().getName());
		assertEquals(BusType.I2C, supply.getProvider().getBus().getType());
		assertEquals("fea90000.i2c", supply.getProvider().getParent().getName());
		assertEquals(List.of(nputop), npu.getSubdomains());
		assertTrue(nputop.getDevices().contains(device(board, "fdab9000.iommu")));

		DeviceLink iommuLink = link(board, "fdab0000.npu", "fdab9000.iommu");
		assertTrue(iommuLink.getFlags().containsAll(List.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME)));
		assertTrue(iommuLink.getOriginCall().contains("rk_iommu_probe_device"));
		DeviceLink proxy = link(board, "fd8d8000.power-management:power-controller", "1-0042");
		assertTrue(proxy.getFlags().contains(DeviceLinkFlag.SYNC_STATE_ONLY), "domain-supply gives only a sync-state proxy link");
		assertEquals("domain-supply", proxy.getOriginProperty());
	}

	@Test
	void seed000RocketCoreInitUnwindsWithTheBuggyHelper() {
		Board board = board("seed000-rk3588-npu/rk3588-npu.dmstudio");
		Recipe init = recipe(board, "rocket", "rocket_core_init");
		Step resume = init.getSteps().stream().filter(s -> s.getCall() == KernelCall.PM_RUNTIME_RESUME_AND_GET).findFirst().orElseThrow();
		assertEquals("err_job_fini", resume.getOnError());
		Step unwind = init.getUnwind().get(0);
		assertEquals("err_job_fini", unwind.getLabel());
		assertEquals("rocket_job_fini", unwind.getCallee().getName());
		assertEquals(3, board.getDrivers().stream().filter(d -> d.getName().equals("rocket")).findFirst().orElseThrow()
				.getBehaviour().getVariables().get(0).getBound());
	}

	@Test
	void seed001HasBothSubmissionDesignsWithOneSchedulerPerCore() {
		ModelStore.Loaded loaded = ModelStore.load(ProjectFiles.example("seed001-rocket-scheduler/rocket-scheduler.dmstudio"));
		assertTrue(loaded.ok(), loaded.problems()::toString);
		List<DrmDevice> drms = loaded.resource().getContents().stream().filter(DrmDevice.class::isInstance).map(DrmDevice.class::cast).toList();
		assertEquals(List.of(SubmissionDesign.JOB_WITH_CHAINED_TASKS, SubmissionDesign.JOB_PER_TASK), drms.stream().map(DrmDevice::getDesign).toList());
		for (DrmDevice drm : drms) {
			assertEquals(3, drm.getSchedulers().size());
			for (Scheduler scheduler : drm.getSchedulers()) {
				assertEquals(1, scheduler.getCreditLimit());
				assertEquals(500, scheduler.getTimeoutMs());
				assertNotNull(scheduler.getCore().getDevice());
			}
			drm.getEntities().forEach(e -> assertEquals(drm.getSchedulers(), e.getSchedulers()));
		}
	}

	@Test
	void seed002LarbResumeDereferencesWhatOnlyBindSets() {
		Board board = board("seed002-mtk-smi-larb/mt8195-smi-larb.dmstudio");
		ComponentMaster master = board.getAggregates().get(0);
		assertEquals("1c01f000.iommu", master.getDevice().getName());
		assertEquals(List.of("1c018000.larb", "1c102000.larb"), master.getComponents().stream().map(c -> c.getDevice().getName()).toList());
		Recipe resume = recipe(board, "mtk-smi-larb", "mtk_smi_larb_resume");
		Recipe bind = recipe(board, "mtk-smi-larb", "mtk_smi_larb_bind");
		assertTrue(resume.getSteps().stream().anyMatch(s -> s.getCall() == KernelCall.FIELD_DEREF && s.getArgument().equals("larb->mmu")));
		assertTrue(bind.getSteps().stream().anyMatch(s -> s.getCall() == KernelCall.FIELD_SET && s.getArgument().equals("larb->mmu")));
		assertEquals("power-controller", board.getPowerDomains().get(0).getProvider().getName().split(":")[1]);
	}

	static Board board(String relative) {
		ModelStore.Loaded loaded = ModelStore.load(ProjectFiles.example(relative));
		assertTrue(loaded.ok(), loaded.problems()::toString);
		return (Board) loaded.root();
	}

	static Device device(Board board, String name) {
		return board.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no device " + name));
	}

	static DeviceLink link(Board board, String consumer, String supplier) {
		return board.getLinks().stream()
				.filter(l -> l.getConsumer().getName().equals(consumer) && l.getSupplier().getName().equals(supplier)).findFirst()
				.orElseThrow(() -> new AssertionError("no link " + consumer + " -> " + supplier));
	}

	static Recipe recipe(Board board, String driver, String name) {
		return board.getDrivers().stream().filter(d -> d.getName().equals(driver)).findFirst().orElseThrow()
				.getBehaviour().getCallbacks().stream().filter(r -> r.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no recipe " + name));
	}
}
