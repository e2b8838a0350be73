/**
 */
package org.dmstudio.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.dmstudio.model.edit.provider.DmStudioEditPlugin;

import org.dmstudio.model.scenario.FwDevlinkMode;
import org.dmstudio.model.scenario.KernelConfig;
import org.dmstudio.model.scenario.ScenarioPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dmstudio.model.scenario.KernelConfig} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class KernelConfigItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelConfigItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFwDevlinkPropertyDescriptor(object);
			addFwDevlinkStrictPropertyDescriptor(object);
			addModulesPropertyDescriptor(object);
			addDeferredProbeTimeoutSPropertyDescriptor(object);
			addRuntimeErrorRulePropertyDescriptor(object);
			addRegulatorIgnoreUnusedPropertyDescriptor(object);
			addPdIgnoreUnusedPropertyDescriptor(object);
			addUserspaceStartNsPropertyDescriptor(object);
			addJitterNsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Fw Devlink feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFwDevlinkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_fwDevlink_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_fwDevlink_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__FW_DEVLINK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fw Devlink Strict feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFwDevlinkStrictPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_fwDevlinkStrict_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_fwDevlinkStrict_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__FW_DEVLINK_STRICT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modules feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModulesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_modules_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_modules_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__MODULES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Deferred Probe Timeout S feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeferredProbeTimeoutSPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_deferredProbeTimeoutS_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_deferredProbeTimeoutS_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Runtime Error Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuntimeErrorRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_runtimeErrorRule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_runtimeErrorRule_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__RUNTIME_ERROR_RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Regulator Ignore Unused feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegulatorIgnoreUnusedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_regulatorIgnoreUnused_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_regulatorIgnoreUnused_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pd Ignore Unused feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPdIgnoreUnusedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_pdIgnoreUnused_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_pdIgnoreUnused_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__PD_IGNORE_UNUSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Userspace Start Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserspaceStartNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_userspaceStartNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_userspaceStartNs_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__USERSPACE_START_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Jitter Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJitterNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelConfig_jitterNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelConfig_jitterNs_feature", "_UI_KernelConfig_type"),
				 ScenarioPackage.Literals.KERNEL_CONFIG__JITTER_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns KernelConfig.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/KernelConfig"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		FwDevlinkMode labelValue = ((KernelConfig)object).getFwDevlink();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_KernelConfig_type") :
			getString("_UI_KernelConfig_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(KernelConfig.class)) {
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK:
			case ScenarioPackage.KERNEL_CONFIG__FW_DEVLINK_STRICT:
			case ScenarioPackage.KERNEL_CONFIG__MODULES:
			case ScenarioPackage.KERNEL_CONFIG__DEFERRED_PROBE_TIMEOUT_S:
			case ScenarioPackage.KERNEL_CONFIG__RUNTIME_ERROR_RULE:
			case ScenarioPackage.KERNEL_CONFIG__REGULATOR_IGNORE_UNUSED:
			case ScenarioPackage.KERNEL_CONFIG__PD_IGNORE_UNUSED:
			case ScenarioPackage.KERNEL_CONFIG__USERSPACE_START_NS:
			case ScenarioPackage.KERNEL_CONFIG__JITTER_NS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return DmStudioEditPlugin.INSTANCE;
	}

}
