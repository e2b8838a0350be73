/**
 */
package org.dmstudio.model.topology.provider;


import java.util.Collection;
import java.util.List;

import org.dmstudio.model.edit.provider.DmStudioEditPlugin;

import org.dmstudio.model.topology.RpmStatus;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.model.topology.TopologyPackage;

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
 * This is the item provider adapter for a {@link org.dmstudio.model.topology.RuntimePmState} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RuntimePmStateItemProvider 
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
	public RuntimePmStateItemProvider(AdapterFactory adapterFactory) {
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

			addStatusPropertyDescriptor(object);
			addUsageCountPropertyDescriptor(object);
			addChildCountPropertyDescriptor(object);
			addDisableDepthPropertyDescriptor(object);
			addRuntimeErrorPropertyDescriptor(object);
			addIgnoreChildrenPropertyDescriptor(object);
			addIrqSafePropertyDescriptor(object);
			addNoCallbacksPropertyDescriptor(object);
			addUseAutosuspendPropertyDescriptor(object);
			addAutosuspendDelayMsPropertyDescriptor(object);
			addLastBusyNsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_status_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Usage Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsageCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_usageCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_usageCount_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__USAGE_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Child Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChildCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_childCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_childCount_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__CHILD_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Disable Depth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDisableDepthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_disableDepth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_disableDepth_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__DISABLE_DEPTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Runtime Error feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuntimeErrorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_runtimeError_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_runtimeError_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__RUNTIME_ERROR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ignore Children feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIgnoreChildrenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_ignoreChildren_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_ignoreChildren_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__IGNORE_CHILDREN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Irq Safe feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIrqSafePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_irqSafe_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_irqSafe_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__IRQ_SAFE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the No Callbacks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoCallbacksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_noCallbacks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_noCallbacks_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__NO_CALLBACKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Use Autosuspend feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUseAutosuspendPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_useAutosuspend_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_useAutosuspend_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__USE_AUTOSUSPEND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Autosuspend Delay Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAutosuspendDelayMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_autosuspendDelayMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_autosuspendDelayMs_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Busy Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastBusyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RuntimePmState_lastBusyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RuntimePmState_lastBusyNs_feature", "_UI_RuntimePmState_type"),
				 TopologyPackage.Literals.RUNTIME_PM_STATE__LAST_BUSY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns RuntimePmState.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RuntimePmState"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		RpmStatus labelValue = ((RuntimePmState)object).getStatus();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_RuntimePmState_type") :
			getString("_UI_RuntimePmState_type") + " " + label;
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

		switch (notification.getFeatureID(RuntimePmState.class)) {
			case TopologyPackage.RUNTIME_PM_STATE__STATUS:
			case TopologyPackage.RUNTIME_PM_STATE__USAGE_COUNT:
			case TopologyPackage.RUNTIME_PM_STATE__CHILD_COUNT:
			case TopologyPackage.RUNTIME_PM_STATE__DISABLE_DEPTH:
			case TopologyPackage.RUNTIME_PM_STATE__RUNTIME_ERROR:
			case TopologyPackage.RUNTIME_PM_STATE__IGNORE_CHILDREN:
			case TopologyPackage.RUNTIME_PM_STATE__IRQ_SAFE:
			case TopologyPackage.RUNTIME_PM_STATE__NO_CALLBACKS:
			case TopologyPackage.RUNTIME_PM_STATE__USE_AUTOSUSPEND:
			case TopologyPackage.RUNTIME_PM_STATE__AUTOSUSPEND_DELAY_MS:
			case TopologyPackage.RUNTIME_PM_STATE__LAST_BUSY_NS:
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
