package org.dmstudio.dts.model;

import static org.dmstudio.dts.model.ModelTestSupport.device;
import static org.dmstudio.dts.model.ModelTestSupport.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.dmstudio.dts.Diagnostic;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.BusType;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.DeviceLinkState;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.junit.jupiter.api.Test;

/** Each derivation rule on data/model/board.dts. */
class DerivationTest {

	private static Board board(FwDevlink fw) {
		return ModelTestSupport.derive(ModelTestSupport.data("board.dts"), fw).board();
	}

	private static EnumSet<DeviceLinkFlag> flags(DeviceLink l) {
		return l.getFlags().isEmpty() ? EnumSet.noneOf(DeviceLinkFlag.class) : EnumSet.copyOf(l.getFlags());
	}

	@Test
	void devicesAreNamedAsOfDeviceMakeBusIdAndTheI2cAndSpiCores() {
		Board b = board(FwDevlink.defaults());
		List<String> names = b.getDevices().stream().map(Device::getName).toList();
		assertTrue(names.containsAll(List.of("soc", "80001000.clock-controller", "80002000.power-management",
				"80002000.power-management:power-controller", "80003000.i2c", "80004000.i2c", "regulator-vcc-sys",
				"waiter", "4-0042", "3-0020", "spi0.1")), names.toString());
		assertFalse(names.contains("80000b000.disabled") || names.stream().anyMatch(n -> n.contains("disabled")), names.toString());
		assertFalse(names.stream().anyMatch(n -> n.contains("interrupt-controller")), "of_irq_init() owns the root GIC: " + names);
		assertFalse(names.contains("nodevice"), names.toString());
		Device pmic = device(b, "3-0020");
		assertEquals("80004000.i2c", pmic.getParent().getName());
		assertEquals(BusType.I2C, pmic.getBus().getType());
		assertEquals("i2c-3", pmic.getBus().getName(), "adapter number from the i2c3 alias");
		assertEquals("i2c-4", device(b, "4-0042").getBus().getName(), "dynamic numbers start after the highest alias");
		assertEquals(device(b, "80004000.i2c"), pmic.getBus().getController());
		assertEquals(BusType.SPI, device(b, "spi0.1").getBus().getType());
		assertEquals("80002000.power-management", device(b, "80002000.power-management:power-controller").getParent().getName());
	}

	@Test
	void suppliersInNonDeviceNodesLinkToTheNearestAncestorDevice() {
		Board b = board(FwDevlink.defaults());
		DeviceLink flash = links(b, "spi0.1", "3-0020").get(0);
		assertEquals(EnumSet.of(DeviceLinkFlag.PM_RUNTIME, DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.MANAGED,
				DeviceLinkFlag.INFERRED), flags(flash));
		assertEquals("vcc-supply", flash.getOriginProperty());
		assertEquals(DeviceLinkState.DORMANT, flash.getState());
		assertTrue(flash.getOriginLocation().getFile().endsWith("board.dts"));
		assertEquals(109, flash.getOriginLocation().getLine());
		assertTrue(links(b, "3-0020", "3-0020").isEmpty(), "a PMIC regulator's supply from the same PMIC gives no link");
	}

	@Test
	void childNodeDependenciesGiveOnlySyncStateOnlyProxies() {
		Board b = board(FwDevlink.defaults());
		DeviceLink proxy = links(b, "80002000.power-management:power-controller", "4-0042").get(0);
		assertEquals(EnumSet.of(DeviceLinkFlag.SYNC_STATE_ONLY, DeviceLinkFlag.INFERRED, DeviceLinkFlag.MANAGED), flags(proxy));
		assertEquals("domain-supply", proxy.getOriginProperty());
		assertEquals(1, links(b, "80002000.power-management:power-controller", "80001000.clock-controller").size());
		assertTrue(flags(links(b, "80002000.power-management:power-controller", "80001000.clock-controller").get(0))
				.contains(DeviceLinkFlag.SYNC_STATE_ONLY));
	}

	@Test
	void cyclesAreRelaxedToSyncStateOnlyCycle() {
		DerivedBoard d = ModelTestSupport.derive(ModelTestSupport.data("board.dts"), FwDevlink.defaults());
		for (String[] pair : new String[][] {{"80009000.ping", "8000a000.pong"}, {"8000a000.pong", "80009000.ping"}}) {
			DeviceLink l = links(d.board(), pair[0], pair[1]).get(0);
			assertEquals(EnumSet.of(DeviceLinkFlag.SYNC_STATE_ONLY, DeviceLinkFlag.INFERRED, DeviceLinkFlag.CYCLE,
					DeviceLinkFlag.MANAGED), flags(l));
		}
		assertTrue(d.findings().stream().anyMatch(f -> f.message().contains("Fixed dependency cycle(s)")
				&& f.message().contains("ping")), d.findings().toString());
		assertFalse(flags(links(d.board(), "spi0.1", "3-0020").get(0)).contains(DeviceLinkFlag.CYCLE));
	}

	@Test
	void optionalBindingsCountOnlyInStrictMode() {
		Board relaxed = board(FwDevlink.defaults());
		assertTrue(links(relaxed, "80008000.accel", "80006000.iommu").isEmpty());
		assertTrue(links(relaxed, "80008000.accel", "80007000.dma-controller").isEmpty());
		Board strict = board(new FwDevlink(FwDevlink.Mode.RPM, true));
		assertEquals("iommus", links(strict, "80008000.accel", "80006000.iommu").get(0).getOriginProperty());
		assertEquals("dmas", links(strict, "80008000.accel", "80007000.dma-controller").get(0).getOriginProperty());
	}

	@Test
	void modesGiveTheKernelsFlags() {
		assertTrue(board(new FwDevlink(FwDevlink.Mode.OFF, false)).getLinks().isEmpty());
		assertEquals(EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.SYNC_STATE_ONLY, DeviceLinkFlag.MANAGED),
				flags(links(board(new FwDevlink(FwDevlink.Mode.PERMISSIVE, false)), "spi0.1", "3-0020").get(0)));
		assertEquals(EnumSet.of(DeviceLinkFlag.INFERRED, DeviceLinkFlag.AUTOPROBE_CONSUMER, DeviceLinkFlag.MANAGED),
				flags(links(board(new FwDevlink(FwDevlink.Mode.ON, false)), "spi0.1", "3-0020").get(0)));
	}

	@Test
	void disabledSuppliersGiveNoLinkAndDevicelessOnesKeepTheConsumerWaiting() {
		DerivedBoard d = ModelTestSupport.derive(ModelTestSupport.data("board.dts"), FwDevlink.defaults());
		assertEquals(1, d.board().getLinks().stream().filter(l -> l.getConsumer().getName().equals("8000c000.user")).count());
		Diagnostic waiting = d.findings().stream().filter(f -> f.message().startsWith("waiter:")).findFirst().orElseThrow();
		assertTrue(waiting.isError());
		assertTrue(waiting.message().contains("/nodevice/clock"), waiting.message());
	}

	@Test
	void nestedDomainsRegulatorsAndSupplyChains() {
		Board b = board(FwDevlink.defaults());
		PowerDomain top = b.getPowerDomains().stream().filter(p -> p.getName().equals("pd_top")).findFirst().orElseThrow();
		PowerDomain inner = top.getSubdomains().get(0);
		assertEquals(8, top.getIndex());
		assertEquals(9, inner.getIndex());
		assertEquals(List.of(top), inner.getParents());
		assertEquals("80002000.power-management:power-controller", top.getProvider().getName());
		assertFalse(top.isOn());
		assertEquals(List.of("80006000.iommu", "80008000.accel"), inner.getDevices().stream().map(Device::getName).toList());
		Regulator vddTop = top.getDomainSupply();
		assertEquals("vdd_top", vddTop.getName());
		assertEquals("4-0042", vddTop.getProvider().getName());
		assertEquals("vcc_sys", vddTop.getSupply().getName());
		assertEquals(550000, vddTop.getMinMicrovolt());
		Regulator io = b.getRegulators().stream().filter(r -> r.getName().equals("vdd_io")).findFirst().orElseThrow();
		assertEquals("3-0020", io.getProvider().getName());
		assertEquals("dcdc2", io.getSupply().getName(), "a regulator without regulator-name takes its node name");
		assertTrue(io.getSupply().isAlwaysOn());
		assertEquals("vdd_io", device(b, "80008000.accel").getSupplies().get(0).getRegulator().getName());
		assertNull(b.getRegulators().stream().filter(r -> r.getName().equals("vcc_sys")).findFirst().orElseThrow().getSupply());
	}

	@Test
	void checksNameTheDomainSupplyBehindI2c() {
		DerivedBoard d = ModelTestSupport.derive(ModelTestSupport.data("board.dts"), FwDevlink.defaults());
		List<Diagnostic> problems = BoardChecks.run(d);
		Diagnostic risk = problems.stream().filter(p -> p.message().startsWith("power domain pd_top")).findFirst().orElseThrow();
		assertTrue(risk.isError());
		assertEquals(48, risk.position().line());
		assertTrue(risk.message().contains("vdd_top from 4-0042 on i2c-4"), risk.message());
		assertTrue(risk.message().contains("80006000.iommu, 80008000.accel"), risk.message());
	}
}
