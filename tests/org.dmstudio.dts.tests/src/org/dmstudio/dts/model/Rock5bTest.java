package org.dmstudio.dts.model;

import static org.dmstudio.dts.model.ModelTestSupport.device;
import static org.dmstudio.dts.model.ModelTestSupport.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.validation.DriverModelValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The motivating board: the RK3588 NPU, its IOMMUs and pd_npu's domain-supply on an i2c RK8602. */
class Rock5bTest {

	@TempDir
	Path temp;

	private static DerivedBoard rock5b() {
		return ModelTestSupport.derive(ModelTestSupport.corpus().resolve("src/arm64/rockchip/rk3588-rock-5b.dts"),
				FwDevlink.defaults());
	}

	@Test
	void npuHasItsIommuAndPowerDomainSuppliers() {
		Board b = rock5b().board();
		DeviceLink iommu = links(b, "fdab0000.npu", "fdab9000.iommu").get(0);
		assertEquals(EnumSet.of(DeviceLinkFlag.STATELESS, DeviceLinkFlag.PM_RUNTIME), EnumSet.copyOf(iommu.getFlags()));
		assertEquals("device_link_add() in rk_iommu_probe_device()", iommu.getOriginCall());
		assertNull(iommu.getOriginProperty());
		assertEquals(1, links(b, "fdab0000.npu", "fdab9000.iommu").size(), "iommus is optional: no fw_devlink link without strict");
		DeviceLink pd = links(b, "fdab0000.npu", "fd8d8000.power-management:power-controller").get(0);
		assertEquals("power-domains", pd.getOriginProperty());
		assertTrue(pd.getOriginLocation().getFile().endsWith("rk3588-base.dtsi"));
		assertEquals(1167, pd.getOriginLocation().getLine());
		assertEquals(List.of("nputop"), device(b, "fdab0000.npu").getPowerDomains().stream().map(PowerDomain::getName).toList());
	}

	@Test
	void pdNpuDomainSupplyIsTheRk8602OnI2c() {
		Board b = rock5b().board();
		PowerDomain npu = b.getPowerDomains().stream().filter(p -> p.getName().equals("npu")).findFirst().orElseThrow();
		assertEquals(8, npu.getIndex());
		assertEquals(List.of("nputop"), npu.getSubdomains().stream().map(PowerDomain::getName).toList());
		Regulator vdd = npu.getDomainSupply();
		assertEquals("vdd_npu_s0", vdd.getName());
		Device pmic = vdd.getProvider();
		assertEquals("1-0042", pmic.getName(), "i2c1 = &i2c1 in the SoC's aliases");
		assertEquals(List.of("rockchip,rk8602"), pmic.getCompatible());
		assertEquals(BusType.I2C, pmic.getBus().getType());
		assertEquals("fea90000.i2c", pmic.getBus().getController().getName());
		DeviceLink proxy = links(b, "fd8d8000.power-management:power-controller", "1-0042").get(0);
		assertTrue(proxy.getFlags().contains(DeviceLinkFlag.SYNC_STATE_ONLY));
		assertEquals("domain-supply", proxy.getOriginProperty());
		assertEquals(504, proxy.getOriginLocation().getLine());
	}

	@Test
	void checkNamesTheRisk() {
		List<Diagnostic> problems = BoardChecks.run(rock5b());
		Diagnostic risk = problems.stream().filter(p -> p.message().startsWith("power domain npu ")).findFirst().orElseThrow();
		assertTrue(risk.isError());
		for (String word : List.of("pd_npu", "vdd_npu_s0", "1-0042", "i2c-1", "fdab9000.iommu", "fdaca000.iommu",
				"fdada000.iommu", "fdab0000.npu", "fdac0000.npu", "fdad0000.npu")) {
			assertTrue(risk.message().contains(word), word + " in " + risk.message());
		}
		assertTrue(risk.position().file().endsWith("rk3588-rock-5b-5bp-5t.dtsi") && risk.position().line() == 504, risk.toString());
	}

	@Test
	void modelSavesLoadsAndValidates() throws Exception {
		Board b = rock5b().board();
		int devices = b.getDevices().size();
		int links = b.getLinks().size();
		Path file = temp.resolve("rock5b.dmstudio");
		ModelStore.saveAs(List.of(b), file);
		ModelStore.Loaded loaded = ModelStore.load(file);
		assertTrue(loaded.ok(), loaded.problems().toString());
		Board back = (Board) loaded.resource().getContents().get(0);
		assertEquals(devices, back.getDevices().size());
		assertEquals(links, back.getLinks().size());
		assertEquals("vdd_npu_s0", back.getPowerDomains().stream().filter(p -> p.getName().equals("npu")).findFirst()
				.orElseThrow().getDomainSupply().getName());
		assertEquals(782, countNodes(back.getDeviceTree().getRoot()));
		org.eclipse.emf.common.util.Diagnostic d = DriverModelValidator.validate(back);
		assertTrue(d.getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR, d.getChildren().toString());
	}

	private static int countNodes(org.dmstudio.model.dt.Node n) {
		int count = n.isDeleted() ? 0 : 1;
		for (org.dmstudio.model.dt.Node c : n.getChildren()) {
			count += countNodes(c);
		}
		return count;
	}
}
