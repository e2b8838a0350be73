package org.dmstudio.sim.internal;

import static org.dmstudio.model.behaviour.CallbackKind.*;
import static org.dmstudio.model.behaviour.KernelCall.*;

import java.util.List;

import org.dmstudio.model.behaviour.CallbackKind;
import org.dmstudio.sim.internal.Recipe.Op;

/**
 * Built-in recipes for the drivers the seeds involve, keyed by compatible, used when the model
 * gives a driver no behaviour; everything else gets the generic driver (probe returns 0).
 */
final class DriverLibrary {

	private DriverLibrary() {
	}

	private static Recipe r(String name, CallbackKind kind, String source, List<Op> steps, List<Op> unwind) {
		return new Recipe(name, kind, source, steps, unwind);
	}

	private static Op op(org.dmstudio.model.behaviour.KernelCall call) {
		return Op.of(call);
	}

	static Behaviour lookup(List<String> compatibles) {
		for (String c : compatibles) {
			Behaviour b = byCompatible(c);
			if (b != null) {
				return b;
			}
		}
		return generic();
	}

	private static Behaviour byCompatible(String compatible) {
		return switch (compatible) {
		case "rockchip,rk3588-rknn-core" -> rocket();
		case "rockchip,rk3568-iommu", "rockchip,iommu", "rockchip,rk3588-iommu" -> rockchipIommu();
		case "rockchip,rk3588-power-controller", "rockchip,rk3568-power-controller", "rockchip,rk3399-power-controller" ->
			rockchipPmDomains();
		case "rockchip,rk8602", "rockchip,rk8603", "fcs,fan53555", "silergy,syr827" -> fan53555();
		case "rockchip,rk806" -> rk806();
		case "rockchip,rk3399-i2c", "rockchip,rk3588-i2c", "rockchip,rk3288-i2c" -> rk3xI2c();
		case "mediatek,mt8195-smi-larb", "mediatek,mt8192-smi-larb", "mediatek,mt8183-smi-larb" -> mtkSmiLarb();
		case "mediatek,mt8195-smi-common-vdo", "mediatek,mt8195-smi-common-vpp", "mediatek,mt8192-smi-common" -> mtkSmiCommon();
		case "mediatek,mt8195-iommu-vdo", "mediatek,mt8195-iommu-vpp", "mediatek,mt8192-m4u" -> mtkIommu();
		default -> null;
		};
	}

	static Behaviour generic() {
		return new Behaviour("generic", "driver library", List.of(r("generic_probe", PROBE, "(generic driver)",
				List.of(op(RETURN)), List.of())), List.of());
	}

	/** drivers/accel/rocket as of v6.18, with the error path Quentin Schulz reported. */
	static Behaviour rocket() {
		String drv = "drivers/accel/rocket/rocket_drv.c", core = "drivers/accel/rocket/rocket_core.c",
				job = "drivers/accel/rocket/rocket_job.c";
		return new Behaviour("rocket", "driver library", List.of(
				r("rocket_probe", PROBE, drv, List.of(op(VAR_INDEX).arg("num_cores"), op(VAR_INC).arg("num_cores"),
						op(CALL).callee("rocket_core_init")), List.of()),
				r("rocket_core_init", HELPER, core, List.of(op(CLK_GET).arg("aclk hclk npu pclk"),
						op(CALL).callee("rocket_job_init"), op(PM_RUNTIME_USE_AUTOSUSPEND),
						op(PM_RUNTIME_SET_AUTOSUSPEND_DELAY).value(50), op(PM_RUNTIME_ENABLE),
						op(PM_RUNTIME_RESUME_AND_GET).onError("err_job_fini"), op(REG_READ).arg("VERSION"),
						op(REG_READ).arg("VERSION_NUM"), op(PM_RUNTIME_MARK_LAST_BUSY), op(PM_RUNTIME_PUT_AUTOSUSPEND),
						op(DEV_INFO).arg("Rockchip NPU core %d version: %d"), op(RETURN)),
						List.of(op(CALL).callee("rocket_job_fini").label("err_job_fini"))),
				r("rocket_job_init", HELPER, job, List.of(op(DRM_SCHED_INIT), op(REQUEST_IRQ).arg("rocket_job_irq_handler"),
						op(RETURN)), List.of()),
				r("rocket_job_fini", HELPER, job, List.of(op(DRM_SCHED_FINI), op(RETURN)), List.of()),
				r("rocket_core_fini", HELPER, core, List.of(op(PM_RUNTIME_DISABLE), op(CALL).callee("rocket_job_fini"),
						op(RETURN)), List.of()),
				r("rocket_device_runtime_resume", RUNTIME_RESUME, drv, List.of(op(CLK_PREPARE_ENABLE), op(RETURN)), List.of())),
				List.of(new Behaviour.Var("num_cores", false, 0, 3)));
	}

	/** drivers/iommu/rockchip-iommu.c: probe_device adds device_link_add(dev, iommu, STATELESS | PM_RUNTIME). */
	static Behaviour rockchipIommu() {
		String src = "drivers/iommu/rockchip-iommu.c";
		return new Behaviour("rk_iommu", "driver library", List.of(
				r("rk_iommu_probe", PROBE, src, List.of(op(CLK_GET).arg("aclk iface"), op(PM_RUNTIME_ENABLE), op(REQUEST_IRQ),
						op(RETURN)), List.of()),
				r("rk_iommu_probe_device", IOMMU_PROBE_DEVICE, src, List.of(op(DEVICE_LINK_ADD)
						.flags(DeviceCore.DL_STATELESS | DeviceCore.DL_PM_RUNTIME), op(RETURN)), List.of()),
				r("rk_iommu_resume", RUNTIME_RESUME, src, List.of(op(CLK_PREPARE_ENABLE).arg("aclk iface"), op(RETURN)),
						List.of()),
				r("rk_iommu_suspend", RUNTIME_SUSPEND, src, List.of(op(CLK_DISABLE_UNPREPARE).arg("aclk iface"), op(RETURN)),
						List.of())), List.of());
	}

	/** drivers/pmdomain/rockchip/pm-domains.c with the lazy domain-supply of "add regulator support". */
	static Behaviour rockchipPmDomains() {
		String src = "drivers/pmdomain/rockchip/pm-domains.c";
		return new Behaviour("rockchip-pm-domain", "driver library", List.of(
				r("rockchip_pm_domain_probe", PROBE, src, List.of(op(GENPD_ADD_PROVIDER), op(GENPD_ADD_SUBDOMAIN), op(RETURN)),
						List.of()),
				r("rockchip_pd_power_on", PD_POWER_ON, src, List.of(op(DEVM_REGULATOR_GET).arg("domain"),
						op(REGULATOR_ENABLE).arg("domain"), op(REG_WRITE).arg("PMU_PWR_CON").onError("err_regulator"), op(RETURN)),
						List.of(op(REGULATOR_DISABLE).arg("domain").label("err_regulator"))),
				r("rockchip_pd_power_off", PD_POWER_OFF, src, List.of(op(REG_WRITE).arg("PMU_PWR_CON"),
						op(REGULATOR_DISABLE).arg("domain"), op(RETURN)), List.of())), List.of());
	}

	/** drivers/regulator/fan53555.c (RK8602/RK8603 on i2c). */
	static Behaviour fan53555() {
		return new Behaviour("fan53555-regulator", "driver library", List.of(r("fan53555_regulator_probe", PROBE,
				"drivers/regulator/fan53555.c", List.of(op(REG_READ).arg("FAN53555_ID1"), op(REGULATOR_REGISTER), op(RETURN)),
				List.of())), List.of());
	}

	/** drivers/mfd/rk8xx-spi.c + drivers/regulator/rk808-regulator.c (RK806 on spi). */
	static Behaviour rk806() {
		return new Behaviour("rk806", "driver library", List.of(r("rk8xx_spi_probe", PROBE, "drivers/mfd/rk8xx-spi.c",
				List.of(op(REG_READ).arg("RK806_CHIP_NAME"), op(REGULATOR_REGISTER), op(RETURN)), List.of())), List.of());
	}

	/** drivers/i2c/busses/i2c-rk3x.c: i2c_add_adapter() then creates the client devices. */
	static Behaviour rk3xI2c() {
		return new Behaviour("rk3x-i2c", "driver library", List.of(r("rk3x_i2c_probe", PROBE, "drivers/i2c/busses/i2c-rk3x.c",
				List.of(op(CLK_GET).arg("i2c pclk"), op(REQUEST_IRQ), op(RETURN)), List.of())), List.of());
	}

	/** drivers/memory/mtk-smi.c, larb, as in the v5.17 aggregate series thread. */
	static Behaviour mtkSmiLarb() {
		String src = "drivers/memory/mtk-smi.c";
		return new Behaviour("mtk-smi-larb", "driver library", List.of(
				r("mtk_smi_larb_probe", PROBE, src, List.of(op(CLK_GET).arg("apb smi gals"), op(PM_RUNTIME_ENABLE),
						op(COMPONENT_ADD).onError("err_pm_disable"), op(RETURN)),
						List.of(op(PM_RUNTIME_DISABLE).label("err_pm_disable"))),
				r("mtk_smi_larb_bind", COMPONENT_BIND, src, List.of(op(FIELD_SET).arg("larb->mmu"), op(RETURN)), List.of()),
				r("mtk_smi_larb_resume", RUNTIME_RESUME, src, List.of(op(CLK_PREPARE_ENABLE).arg("apb smi gals"),
						op(FIELD_DEREF).arg("larb->mmu"), op(RETURN)), List.of())), List.of());
	}

	static Behaviour mtkSmiCommon() {
		return new Behaviour("mtk-smi-common", "driver library", List.of(r("mtk_smi_common_probe", PROBE,
				"drivers/memory/mtk-smi.c", List.of(op(CLK_GET).arg("apb smi"), op(PM_RUNTIME_ENABLE), op(RETURN)), List.of())),
				List.of());
	}

	static Behaviour mtkIommu() {
		String src = "drivers/iommu/mtk_iommu.c";
		return new Behaviour("mtk-iommu", "driver library", List.of(
				r("mtk_iommu_probe", PROBE, src, List.of(op(CLK_GET).arg("bclk"), op(PM_RUNTIME_ENABLE),
						op(COMPONENT_MASTER_ADD), op(RETURN)), List.of()),
				r("mtk_iommu_bind", MASTER_BIND, src, List.of(op(COMPONENT_BIND_ALL), op(RETURN)), List.of())), List.of());
	}
}
