/**
 */
package org.dmstudio.model.behaviour;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kernel Call</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.dmstudio.model.behaviour.BehaviourPackage#getKernelCall()
 * @model
 * @generated
 */
public enum KernelCall implements Enumerator {
	/**
	 * The '<em><b>PM RUNTIME ENABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_enable()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_ENABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_ENABLE(0, "PM_RUNTIME_ENABLE", "PM_RUNTIME_ENABLE"),

	/**
	 * The '<em><b>PM RUNTIME DISABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_disable()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_DISABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_DISABLE(1, "PM_RUNTIME_DISABLE", "PM_RUNTIME_DISABLE"),

	/**
	 * The '<em><b>PM RUNTIME SET ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_active()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_SET_ACTIVE(2, "PM_RUNTIME_SET_ACTIVE", "PM_RUNTIME_SET_ACTIVE"),

	/**
	 * The '<em><b>PM RUNTIME SET SUSPENDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_suspended()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_SUSPENDED_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_SET_SUSPENDED(3, "PM_RUNTIME_SET_SUSPENDED", "PM_RUNTIME_SET_SUSPENDED"),

	/**
	 * The '<em><b>PM RUNTIME GET SYNC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_get_sync()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_GET_SYNC_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_GET_SYNC(4, "PM_RUNTIME_GET_SYNC", "PM_RUNTIME_GET_SYNC"),

	/**
	 * The '<em><b>PM RUNTIME RESUME AND GET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_resume_and_get()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_RESUME_AND_GET_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_RESUME_AND_GET(5, "PM_RUNTIME_RESUME_AND_GET", "PM_RUNTIME_RESUME_AND_GET"),

	/**
	 * The '<em><b>PM RUNTIME GET NORESUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_get_noresume()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_GET_NORESUME_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_GET_NORESUME(6, "PM_RUNTIME_GET_NORESUME", "PM_RUNTIME_GET_NORESUME"),

	/**
	 * The '<em><b>PM RUNTIME RESUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_resume()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_RESUME_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_RESUME(7, "PM_RUNTIME_RESUME", "PM_RUNTIME_RESUME"),

	/**
	 * The '<em><b>PM RUNTIME PUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_PUT(8, "PM_RUNTIME_PUT", "PM_RUNTIME_PUT"),

	/**
	 * The '<em><b>PM RUNTIME PUT SYNC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_sync()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_SYNC_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_PUT_SYNC(9, "PM_RUNTIME_PUT_SYNC", "PM_RUNTIME_PUT_SYNC"),

	/**
	 * The '<em><b>PM RUNTIME PUT NOIDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_noidle()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_NOIDLE_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_PUT_NOIDLE(10, "PM_RUNTIME_PUT_NOIDLE", "PM_RUNTIME_PUT_NOIDLE"),

	/**
	 * The '<em><b>PM RUNTIME PUT AUTOSUSPEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_autosuspend()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_AUTOSUSPEND_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_PUT_AUTOSUSPEND(11, "PM_RUNTIME_PUT_AUTOSUSPEND", "PM_RUNTIME_PUT_AUTOSUSPEND"),

	/**
	 * The '<em><b>PM RUNTIME MARK LAST BUSY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_mark_last_busy()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_MARK_LAST_BUSY_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_MARK_LAST_BUSY(12, "PM_RUNTIME_MARK_LAST_BUSY", "PM_RUNTIME_MARK_LAST_BUSY"),

	/**
	 * The '<em><b>PM RUNTIME USE AUTOSUSPEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_use_autosuspend()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_USE_AUTOSUSPEND_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_USE_AUTOSUSPEND(13, "PM_RUNTIME_USE_AUTOSUSPEND", "PM_RUNTIME_USE_AUTOSUSPEND"),

	/**
	 * The '<em><b>PM RUNTIME SET AUTOSUSPEND DELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_autosuspend_delay(); value = ms
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_AUTOSUSPEND_DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	PM_RUNTIME_SET_AUTOSUSPEND_DELAY(14, "PM_RUNTIME_SET_AUTOSUSPEND_DELAY", "PM_RUNTIME_SET_AUTOSUSPEND_DELAY"),

	/**
	 * The '<em><b>DEV PM DOMAIN ATTACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_pm_domain_attach()
	 * <!-- end-model-doc -->
	 * @see #DEV_PM_DOMAIN_ATTACH_VALUE
	 * @generated
	 * @ordered
	 */
	DEV_PM_DOMAIN_ATTACH(15, "DEV_PM_DOMAIN_ATTACH", "DEV_PM_DOMAIN_ATTACH"),

	/**
	 * The '<em><b>REGULATOR GET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_get(); argument = supply name
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_GET_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR_GET(16, "REGULATOR_GET", "REGULATOR_GET"),

	/**
	 * The '<em><b>DEVM REGULATOR GET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_regulator_get(); argument = supply name
	 * <!-- end-model-doc -->
	 * @see #DEVM_REGULATOR_GET_VALUE
	 * @generated
	 * @ordered
	 */
	DEVM_REGULATOR_GET(17, "DEVM_REGULATOR_GET", "DEVM_REGULATOR_GET"),

	/**
	 * The '<em><b>REGULATOR ENABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_enable()
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_ENABLE_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR_ENABLE(18, "REGULATOR_ENABLE", "REGULATOR_ENABLE"),

	/**
	 * The '<em><b>REGULATOR DISABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_disable()
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_DISABLE_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR_DISABLE(19, "REGULATOR_DISABLE", "REGULATOR_DISABLE"),

	/**
	 * The '<em><b>REGULATOR REGISTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_regulator_register(): a PMIC registers its regulators
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_REGISTER_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR_REGISTER(20, "REGULATOR_REGISTER", "REGULATOR_REGISTER"),

	/**
	 * The '<em><b>CLK GET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_clk_get(); argument = clock name
	 * <!-- end-model-doc -->
	 * @see #CLK_GET_VALUE
	 * @generated
	 * @ordered
	 */
	CLK_GET(21, "CLK_GET", "CLK_GET"),

	/**
	 * The '<em><b>CLK PREPARE ENABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * clk_prepare_enable()
	 * <!-- end-model-doc -->
	 * @see #CLK_PREPARE_ENABLE_VALUE
	 * @generated
	 * @ordered
	 */
	CLK_PREPARE_ENABLE(22, "CLK_PREPARE_ENABLE", "CLK_PREPARE_ENABLE"),

	/**
	 * The '<em><b>CLK DISABLE UNPREPARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * clk_disable_unprepare()
	 * <!-- end-model-doc -->
	 * @see #CLK_DISABLE_UNPREPARE_VALUE
	 * @generated
	 * @ordered
	 */
	CLK_DISABLE_UNPREPARE(23, "CLK_DISABLE_UNPREPARE", "CLK_DISABLE_UNPREPARE"),

	/**
	 * The '<em><b>DEVICE LINK ADD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device_link_add(consumer, supplier, linkFlags)
	 * <!-- end-model-doc -->
	 * @see #DEVICE_LINK_ADD_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_LINK_ADD(24, "DEVICE_LINK_ADD", "DEVICE_LINK_ADD"),

	/**
	 * The '<em><b>DEVICE LINK DEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device_link_del()
	 * <!-- end-model-doc -->
	 * @see #DEVICE_LINK_DEL_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_LINK_DEL(25, "DEVICE_LINK_DEL", "DEVICE_LINK_DEL"),

	/**
	 * The '<em><b>IOMMU ATTACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_attach_group()
	 * <!-- end-model-doc -->
	 * @see #IOMMU_ATTACH_VALUE
	 * @generated
	 * @ordered
	 */
	IOMMU_ATTACH(26, "IOMMU_ATTACH", "IOMMU_ATTACH"),

	/**
	 * The '<em><b>IOMMU DETACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_detach_group()
	 * <!-- end-model-doc -->
	 * @see #IOMMU_DETACH_VALUE
	 * @generated
	 * @ordered
	 */
	IOMMU_DETACH(27, "IOMMU_DETACH", "IOMMU_DETACH"),

	/**
	 * The '<em><b>COMPONENT ADD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_add()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_ADD_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_ADD(28, "COMPONENT_ADD", "COMPONENT_ADD"),

	/**
	 * The '<em><b>COMPONENT DEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_del()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_DEL_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_DEL(29, "COMPONENT_DEL", "COMPONENT_DEL"),

	/**
	 * The '<em><b>COMPONENT MASTER ADD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_master_add_with_match()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_MASTER_ADD_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_MASTER_ADD(30, "COMPONENT_MASTER_ADD", "COMPONENT_MASTER_ADD"),

	/**
	 * The '<em><b>COMPONENT BIND ALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_bind_all()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_BIND_ALL_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_BIND_ALL(31, "COMPONENT_BIND_ALL", "COMPONENT_BIND_ALL"),

	/**
	 * The '<em><b>COMPONENT UNBIND ALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_unbind_all()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_UNBIND_ALL_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_UNBIND_ALL(32, "COMPONENT_UNBIND_ALL", "COMPONENT_UNBIND_ALL"),

	/**
	 * The '<em><b>REQUEST IRQ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_request_threaded_irq()
	 * <!-- end-model-doc -->
	 * @see #REQUEST_IRQ_VALUE
	 * @generated
	 * @ordered
	 */
	REQUEST_IRQ(33, "REQUEST_IRQ", "REQUEST_IRQ"),

	/**
	 * The '<em><b>FREE IRQ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * free_irq()
	 * <!-- end-model-doc -->
	 * @see #FREE_IRQ_VALUE
	 * @generated
	 * @ordered
	 */
	FREE_IRQ(34, "FREE_IRQ", "FREE_IRQ"),

	/**
	 * The '<em><b>REG READ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a register read that needs the device powered (readl); argument = register
	 * <!-- end-model-doc -->
	 * @see #REG_READ_VALUE
	 * @generated
	 * @ordered
	 */
	REG_READ(35, "REG_READ", "REG_READ"),

	/**
	 * The '<em><b>REG WRITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a register write that needs the device powered (writel)
	 * <!-- end-model-doc -->
	 * @see #REG_WRITE_VALUE
	 * @generated
	 * @ordered
	 */
	REG_WRITE(36, "REG_WRITE", "REG_WRITE"),

	/**
	 * The '<em><b>FIELD SET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is set, e.g. larb->mmu = ...
	 * <!-- end-model-doc -->
	 * @see #FIELD_SET_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_SET(37, "FIELD_SET", "FIELD_SET"),

	/**
	 * The '<em><b>FIELD CLEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is cleared
	 * <!-- end-model-doc -->
	 * @see #FIELD_CLEAR_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_CLEAR(38, "FIELD_CLEAR", "FIELD_CLEAR"),

	/**
	 * The '<em><b>FIELD DEREF IF SET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * if (field) use it: a NULL check before the dereference
	 * <!-- end-model-doc -->
	 * @see #FIELD_DEREF_IF_SET_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_DEREF_IF_SET(52, "FIELD_DEREF_IF_SET", "FIELD_DEREF_IF_SET"),

	/**
	 * The '<em><b>FIELD DEREF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is dereferenced: NULL dereference if unset
	 * <!-- end-model-doc -->
	 * @see #FIELD_DEREF_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_DEREF(39, "FIELD_DEREF", "FIELD_DEREF"),

	/**
	 * The '<em><b>VAR INC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a state variable ++
	 * <!-- end-model-doc -->
	 * @see #VAR_INC_VALUE
	 * @generated
	 * @ordered
	 */
	VAR_INC(40, "VAR_INC", "VAR_INC"),

	/**
	 * The '<em><b>VAR DEC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a state variable --
	 * <!-- end-model-doc -->
	 * @see #VAR_DEC_VALUE
	 * @generated
	 * @ordered
	 */
	VAR_DEC(41, "VAR_DEC", "VAR_DEC"),

	/**
	 * The '<em><b>VAR INDEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * an array access at the variable's value; out of bounds past its bound
	 * <!-- end-model-doc -->
	 * @see #VAR_INDEX_VALUE
	 * @generated
	 * @ordered
	 */
	VAR_INDEX(42, "VAR_INDEX", "VAR_INDEX"),

	/**
	 * The '<em><b>GENPD ADD PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * of_genpd_add_provider_onecell()
	 * <!-- end-model-doc -->
	 * @see #GENPD_ADD_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	GENPD_ADD_PROVIDER(43, "GENPD_ADD_PROVIDER", "GENPD_ADD_PROVIDER"),

	/**
	 * The '<em><b>GENPD ADD SUBDOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_genpd_add_subdomain()
	 * <!-- end-model-doc -->
	 * @see #GENPD_ADD_SUBDOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	GENPD_ADD_SUBDOMAIN(44, "GENPD_ADD_SUBDOMAIN", "GENPD_ADD_SUBDOMAIN"),

	/**
	 * The '<em><b>DRM SCHED INIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_init()
	 * <!-- end-model-doc -->
	 * @see #DRM_SCHED_INIT_VALUE
	 * @generated
	 * @ordered
	 */
	DRM_SCHED_INIT(45, "DRM_SCHED_INIT", "DRM_SCHED_INIT"),

	/**
	 * The '<em><b>DRM SCHED FINI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_fini()
	 * <!-- end-model-doc -->
	 * @see #DRM_SCHED_FINI_VALUE
	 * @generated
	 * @ordered
	 */
	DRM_SCHED_FINI(53, "DRM_SCHED_FINI", "DRM_SCHED_FINI"),

	/**
	 * The '<em><b>DRM DEV REGISTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_dev_register()
	 * <!-- end-model-doc -->
	 * @see #DRM_DEV_REGISTER_VALUE
	 * @generated
	 * @ordered
	 */
	DRM_DEV_REGISTER(46, "DRM_DEV_REGISTER", "DRM_DEV_REGISTER"),

	/**
	 * The '<em><b>DEV ERR PROBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_err_probe(dev, errno, argument)
	 * <!-- end-model-doc -->
	 * @see #DEV_ERR_PROBE_VALUE
	 * @generated
	 * @ordered
	 */
	DEV_ERR_PROBE(47, "DEV_ERR_PROBE", "DEV_ERR_PROBE"),

	/**
	 * The '<em><b>DEV INFO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_info(dev, argument)
	 * <!-- end-model-doc -->
	 * @see #DEV_INFO_VALUE
	 * @generated
	 * @ordered
	 */
	DEV_INFO(48, "DEV_INFO", "DEV_INFO"),

	/**
	 * The '<em><b>DELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * usleep_range()/msleep(): value ns of virtual time
	 * <!-- end-model-doc -->
	 * @see #DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	DELAY(49, "DELAY", "DELAY"),

	/**
	 * The '<em><b>CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a call of another recipe (callee)
	 * <!-- end-model-doc -->
	 * @see #CALL_VALUE
	 * @generated
	 * @ordered
	 */
	CALL(50, "CALL", "CALL"),

	/**
	 * The '<em><b>RETURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * return errno (0 for success)
	 * <!-- end-model-doc -->
	 * @see #RETURN_VALUE
	 * @generated
	 * @ordered
	 */
	RETURN(51, "RETURN", "RETURN");

	/**
	 * The '<em><b>PM RUNTIME ENABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_enable()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_ENABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_ENABLE_VALUE = 0;

	/**
	 * The '<em><b>PM RUNTIME DISABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_disable()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_DISABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_DISABLE_VALUE = 1;

	/**
	 * The '<em><b>PM RUNTIME SET ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_active()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_SET_ACTIVE_VALUE = 2;

	/**
	 * The '<em><b>PM RUNTIME SET SUSPENDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_suspended()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_SUSPENDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_SET_SUSPENDED_VALUE = 3;

	/**
	 * The '<em><b>PM RUNTIME GET SYNC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_get_sync()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_GET_SYNC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_GET_SYNC_VALUE = 4;

	/**
	 * The '<em><b>PM RUNTIME RESUME AND GET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_resume_and_get()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_RESUME_AND_GET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_RESUME_AND_GET_VALUE = 5;

	/**
	 * The '<em><b>PM RUNTIME GET NORESUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_get_noresume()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_GET_NORESUME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_GET_NORESUME_VALUE = 6;

	/**
	 * The '<em><b>PM RUNTIME RESUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_resume()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_RESUME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_RESUME_VALUE = 7;

	/**
	 * The '<em><b>PM RUNTIME PUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_PUT_VALUE = 8;

	/**
	 * The '<em><b>PM RUNTIME PUT SYNC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_sync()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_SYNC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_PUT_SYNC_VALUE = 9;

	/**
	 * The '<em><b>PM RUNTIME PUT NOIDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_noidle()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_NOIDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_PUT_NOIDLE_VALUE = 10;

	/**
	 * The '<em><b>PM RUNTIME PUT AUTOSUSPEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_put_autosuspend()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_PUT_AUTOSUSPEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_PUT_AUTOSUSPEND_VALUE = 11;

	/**
	 * The '<em><b>PM RUNTIME MARK LAST BUSY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_mark_last_busy()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_MARK_LAST_BUSY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_MARK_LAST_BUSY_VALUE = 12;

	/**
	 * The '<em><b>PM RUNTIME USE AUTOSUSPEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_use_autosuspend()
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_USE_AUTOSUSPEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_USE_AUTOSUSPEND_VALUE = 13;

	/**
	 * The '<em><b>PM RUNTIME SET AUTOSUSPEND DELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_runtime_set_autosuspend_delay(); value = ms
	 * <!-- end-model-doc -->
	 * @see #PM_RUNTIME_SET_AUTOSUSPEND_DELAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PM_RUNTIME_SET_AUTOSUSPEND_DELAY_VALUE = 14;

	/**
	 * The '<em><b>DEV PM DOMAIN ATTACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_pm_domain_attach()
	 * <!-- end-model-doc -->
	 * @see #DEV_PM_DOMAIN_ATTACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEV_PM_DOMAIN_ATTACH_VALUE = 15;

	/**
	 * The '<em><b>REGULATOR GET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_get(); argument = supply name
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_GET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_GET_VALUE = 16;

	/**
	 * The '<em><b>DEVM REGULATOR GET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_regulator_get(); argument = supply name
	 * <!-- end-model-doc -->
	 * @see #DEVM_REGULATOR_GET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVM_REGULATOR_GET_VALUE = 17;

	/**
	 * The '<em><b>REGULATOR ENABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_enable()
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_ENABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_ENABLE_VALUE = 18;

	/**
	 * The '<em><b>REGULATOR DISABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * regulator_disable()
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_DISABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_DISABLE_VALUE = 19;

	/**
	 * The '<em><b>REGULATOR REGISTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_regulator_register(): a PMIC registers its regulators
	 * <!-- end-model-doc -->
	 * @see #REGULATOR_REGISTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_REGISTER_VALUE = 20;

	/**
	 * The '<em><b>CLK GET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_clk_get(); argument = clock name
	 * <!-- end-model-doc -->
	 * @see #CLK_GET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLK_GET_VALUE = 21;

	/**
	 * The '<em><b>CLK PREPARE ENABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * clk_prepare_enable()
	 * <!-- end-model-doc -->
	 * @see #CLK_PREPARE_ENABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLK_PREPARE_ENABLE_VALUE = 22;

	/**
	 * The '<em><b>CLK DISABLE UNPREPARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * clk_disable_unprepare()
	 * <!-- end-model-doc -->
	 * @see #CLK_DISABLE_UNPREPARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLK_DISABLE_UNPREPARE_VALUE = 23;

	/**
	 * The '<em><b>DEVICE LINK ADD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device_link_add(consumer, supplier, linkFlags)
	 * <!-- end-model-doc -->
	 * @see #DEVICE_LINK_ADD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_LINK_ADD_VALUE = 24;

	/**
	 * The '<em><b>DEVICE LINK DEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device_link_del()
	 * <!-- end-model-doc -->
	 * @see #DEVICE_LINK_DEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_LINK_DEL_VALUE = 25;

	/**
	 * The '<em><b>IOMMU ATTACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_attach_group()
	 * <!-- end-model-doc -->
	 * @see #IOMMU_ATTACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IOMMU_ATTACH_VALUE = 26;

	/**
	 * The '<em><b>IOMMU DETACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * iommu_detach_group()
	 * <!-- end-model-doc -->
	 * @see #IOMMU_DETACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IOMMU_DETACH_VALUE = 27;

	/**
	 * The '<em><b>COMPONENT ADD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_add()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_ADD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_ADD_VALUE = 28;

	/**
	 * The '<em><b>COMPONENT DEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_del()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_DEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_DEL_VALUE = 29;

	/**
	 * The '<em><b>COMPONENT MASTER ADD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_master_add_with_match()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_MASTER_ADD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_MASTER_ADD_VALUE = 30;

	/**
	 * The '<em><b>COMPONENT BIND ALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_bind_all()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_BIND_ALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_BIND_ALL_VALUE = 31;

	/**
	 * The '<em><b>COMPONENT UNBIND ALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * component_unbind_all()
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_UNBIND_ALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_UNBIND_ALL_VALUE = 32;

	/**
	 * The '<em><b>REQUEST IRQ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * devm_request_threaded_irq()
	 * <!-- end-model-doc -->
	 * @see #REQUEST_IRQ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUEST_IRQ_VALUE = 33;

	/**
	 * The '<em><b>FREE IRQ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * free_irq()
	 * <!-- end-model-doc -->
	 * @see #FREE_IRQ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREE_IRQ_VALUE = 34;

	/**
	 * The '<em><b>REG READ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a register read that needs the device powered (readl); argument = register
	 * <!-- end-model-doc -->
	 * @see #REG_READ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REG_READ_VALUE = 35;

	/**
	 * The '<em><b>REG WRITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a register write that needs the device powered (writel)
	 * <!-- end-model-doc -->
	 * @see #REG_WRITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REG_WRITE_VALUE = 36;

	/**
	 * The '<em><b>FIELD SET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is set, e.g. larb->mmu = ...
	 * <!-- end-model-doc -->
	 * @see #FIELD_SET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_SET_VALUE = 37;

	/**
	 * The '<em><b>FIELD CLEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is cleared
	 * <!-- end-model-doc -->
	 * @see #FIELD_CLEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_CLEAR_VALUE = 38;

	/**
	 * The '<em><b>FIELD DEREF IF SET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * if (field) use it: a NULL check before the dereference
	 * <!-- end-model-doc -->
	 * @see #FIELD_DEREF_IF_SET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_DEREF_IF_SET_VALUE = 52;

	/**
	 * The '<em><b>FIELD DEREF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a driver pointer field is dereferenced: NULL dereference if unset
	 * <!-- end-model-doc -->
	 * @see #FIELD_DEREF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_DEREF_VALUE = 39;

	/**
	 * The '<em><b>VAR INC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a state variable ++
	 * <!-- end-model-doc -->
	 * @see #VAR_INC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VAR_INC_VALUE = 40;

	/**
	 * The '<em><b>VAR DEC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a state variable --
	 * <!-- end-model-doc -->
	 * @see #VAR_DEC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VAR_DEC_VALUE = 41;

	/**
	 * The '<em><b>VAR INDEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * an array access at the variable's value; out of bounds past its bound
	 * <!-- end-model-doc -->
	 * @see #VAR_INDEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VAR_INDEX_VALUE = 42;

	/**
	 * The '<em><b>GENPD ADD PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * of_genpd_add_provider_onecell()
	 * <!-- end-model-doc -->
	 * @see #GENPD_ADD_PROVIDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENPD_ADD_PROVIDER_VALUE = 43;

	/**
	 * The '<em><b>GENPD ADD SUBDOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pm_genpd_add_subdomain()
	 * <!-- end-model-doc -->
	 * @see #GENPD_ADD_SUBDOMAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENPD_ADD_SUBDOMAIN_VALUE = 44;

	/**
	 * The '<em><b>DRM SCHED INIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_init()
	 * <!-- end-model-doc -->
	 * @see #DRM_SCHED_INIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRM_SCHED_INIT_VALUE = 45;

	/**
	 * The '<em><b>DRM SCHED FINI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_sched_fini()
	 * <!-- end-model-doc -->
	 * @see #DRM_SCHED_FINI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRM_SCHED_FINI_VALUE = 53;

	/**
	 * The '<em><b>DRM DEV REGISTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * drm_dev_register()
	 * <!-- end-model-doc -->
	 * @see #DRM_DEV_REGISTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRM_DEV_REGISTER_VALUE = 46;

	/**
	 * The '<em><b>DEV ERR PROBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_err_probe(dev, errno, argument)
	 * <!-- end-model-doc -->
	 * @see #DEV_ERR_PROBE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEV_ERR_PROBE_VALUE = 47;

	/**
	 * The '<em><b>DEV INFO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dev_info(dev, argument)
	 * <!-- end-model-doc -->
	 * @see #DEV_INFO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEV_INFO_VALUE = 48;

	/**
	 * The '<em><b>DELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * usleep_range()/msleep(): value ns of virtual time
	 * <!-- end-model-doc -->
	 * @see #DELAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELAY_VALUE = 49;

	/**
	 * The '<em><b>CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * a call of another recipe (callee)
	 * <!-- end-model-doc -->
	 * @see #CALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CALL_VALUE = 50;

	/**
	 * The '<em><b>RETURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * return errno (0 for success)
	 * <!-- end-model-doc -->
	 * @see #RETURN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURN_VALUE = 51;

	/**
	 * An array of all the '<em><b>Kernel Call</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KernelCall[] VALUES_ARRAY =
		new KernelCall[] {
			PM_RUNTIME_ENABLE,
			PM_RUNTIME_DISABLE,
			PM_RUNTIME_SET_ACTIVE,
			PM_RUNTIME_SET_SUSPENDED,
			PM_RUNTIME_GET_SYNC,
			PM_RUNTIME_RESUME_AND_GET,
			PM_RUNTIME_GET_NORESUME,
			PM_RUNTIME_RESUME,
			PM_RUNTIME_PUT,
			PM_RUNTIME_PUT_SYNC,
			PM_RUNTIME_PUT_NOIDLE,
			PM_RUNTIME_PUT_AUTOSUSPEND,
			PM_RUNTIME_MARK_LAST_BUSY,
			PM_RUNTIME_USE_AUTOSUSPEND,
			PM_RUNTIME_SET_AUTOSUSPEND_DELAY,
			DEV_PM_DOMAIN_ATTACH,
			REGULATOR_GET,
			DEVM_REGULATOR_GET,
			REGULATOR_ENABLE,
			REGULATOR_DISABLE,
			REGULATOR_REGISTER,
			CLK_GET,
			CLK_PREPARE_ENABLE,
			CLK_DISABLE_UNPREPARE,
			DEVICE_LINK_ADD,
			DEVICE_LINK_DEL,
			IOMMU_ATTACH,
			IOMMU_DETACH,
			COMPONENT_ADD,
			COMPONENT_DEL,
			COMPONENT_MASTER_ADD,
			COMPONENT_BIND_ALL,
			COMPONENT_UNBIND_ALL,
			REQUEST_IRQ,
			FREE_IRQ,
			REG_READ,
			REG_WRITE,
			FIELD_SET,
			FIELD_CLEAR,
			FIELD_DEREF_IF_SET,
			FIELD_DEREF,
			VAR_INC,
			VAR_DEC,
			VAR_INDEX,
			GENPD_ADD_PROVIDER,
			GENPD_ADD_SUBDOMAIN,
			DRM_SCHED_INIT,
			DRM_SCHED_FINI,
			DRM_DEV_REGISTER,
			DEV_ERR_PROBE,
			DEV_INFO,
			DELAY,
			CALL,
			RETURN,
		};

	/**
	 * A public read-only list of all the '<em><b>Kernel Call</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KernelCall> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kernel Call</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCall get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelCall result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Call</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCall getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelCall result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Call</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelCall get(int value) {
		switch (value) {
			case PM_RUNTIME_ENABLE_VALUE: return PM_RUNTIME_ENABLE;
			case PM_RUNTIME_DISABLE_VALUE: return PM_RUNTIME_DISABLE;
			case PM_RUNTIME_SET_ACTIVE_VALUE: return PM_RUNTIME_SET_ACTIVE;
			case PM_RUNTIME_SET_SUSPENDED_VALUE: return PM_RUNTIME_SET_SUSPENDED;
			case PM_RUNTIME_GET_SYNC_VALUE: return PM_RUNTIME_GET_SYNC;
			case PM_RUNTIME_RESUME_AND_GET_VALUE: return PM_RUNTIME_RESUME_AND_GET;
			case PM_RUNTIME_GET_NORESUME_VALUE: return PM_RUNTIME_GET_NORESUME;
			case PM_RUNTIME_RESUME_VALUE: return PM_RUNTIME_RESUME;
			case PM_RUNTIME_PUT_VALUE: return PM_RUNTIME_PUT;
			case PM_RUNTIME_PUT_SYNC_VALUE: return PM_RUNTIME_PUT_SYNC;
			case PM_RUNTIME_PUT_NOIDLE_VALUE: return PM_RUNTIME_PUT_NOIDLE;
			case PM_RUNTIME_PUT_AUTOSUSPEND_VALUE: return PM_RUNTIME_PUT_AUTOSUSPEND;
			case PM_RUNTIME_MARK_LAST_BUSY_VALUE: return PM_RUNTIME_MARK_LAST_BUSY;
			case PM_RUNTIME_USE_AUTOSUSPEND_VALUE: return PM_RUNTIME_USE_AUTOSUSPEND;
			case PM_RUNTIME_SET_AUTOSUSPEND_DELAY_VALUE: return PM_RUNTIME_SET_AUTOSUSPEND_DELAY;
			case DEV_PM_DOMAIN_ATTACH_VALUE: return DEV_PM_DOMAIN_ATTACH;
			case REGULATOR_GET_VALUE: return REGULATOR_GET;
			case DEVM_REGULATOR_GET_VALUE: return DEVM_REGULATOR_GET;
			case REGULATOR_ENABLE_VALUE: return REGULATOR_ENABLE;
			case REGULATOR_DISABLE_VALUE: return REGULATOR_DISABLE;
			case REGULATOR_REGISTER_VALUE: return REGULATOR_REGISTER;
			case CLK_GET_VALUE: return CLK_GET;
			case CLK_PREPARE_ENABLE_VALUE: return CLK_PREPARE_ENABLE;
			case CLK_DISABLE_UNPREPARE_VALUE: return CLK_DISABLE_UNPREPARE;
			case DEVICE_LINK_ADD_VALUE: return DEVICE_LINK_ADD;
			case DEVICE_LINK_DEL_VALUE: return DEVICE_LINK_DEL;
			case IOMMU_ATTACH_VALUE: return IOMMU_ATTACH;
			case IOMMU_DETACH_VALUE: return IOMMU_DETACH;
			case COMPONENT_ADD_VALUE: return COMPONENT_ADD;
			case COMPONENT_DEL_VALUE: return COMPONENT_DEL;
			case COMPONENT_MASTER_ADD_VALUE: return COMPONENT_MASTER_ADD;
			case COMPONENT_BIND_ALL_VALUE: return COMPONENT_BIND_ALL;
			case COMPONENT_UNBIND_ALL_VALUE: return COMPONENT_UNBIND_ALL;
			case REQUEST_IRQ_VALUE: return REQUEST_IRQ;
			case FREE_IRQ_VALUE: return FREE_IRQ;
			case REG_READ_VALUE: return REG_READ;
			case REG_WRITE_VALUE: return REG_WRITE;
			case FIELD_SET_VALUE: return FIELD_SET;
			case FIELD_CLEAR_VALUE: return FIELD_CLEAR;
			case FIELD_DEREF_IF_SET_VALUE: return FIELD_DEREF_IF_SET;
			case FIELD_DEREF_VALUE: return FIELD_DEREF;
			case VAR_INC_VALUE: return VAR_INC;
			case VAR_DEC_VALUE: return VAR_DEC;
			case VAR_INDEX_VALUE: return VAR_INDEX;
			case GENPD_ADD_PROVIDER_VALUE: return GENPD_ADD_PROVIDER;
			case GENPD_ADD_SUBDOMAIN_VALUE: return GENPD_ADD_SUBDOMAIN;
			case DRM_SCHED_INIT_VALUE: return DRM_SCHED_INIT;
			case DRM_SCHED_FINI_VALUE: return DRM_SCHED_FINI;
			case DRM_DEV_REGISTER_VALUE: return DRM_DEV_REGISTER;
			case DEV_ERR_PROBE_VALUE: return DEV_ERR_PROBE;
			case DEV_INFO_VALUE: return DEV_INFO;
			case DELAY_VALUE: return DELAY;
			case CALL_VALUE: return CALL;
			case RETURN_VALUE: return RETURN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private KernelCall(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //KernelCall
