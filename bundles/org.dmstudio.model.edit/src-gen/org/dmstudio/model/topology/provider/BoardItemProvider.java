/**
 */
package org.dmstudio.model.topology.provider;


import java.util.Collection;
import java.util.List;

import org.dmstudio.model.dt.DtFactory;

import org.dmstudio.model.edit.provider.DmStudioEditPlugin;

import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.TopologyFactory;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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
 * This is the item provider adapter for a {@link org.dmstudio.model.topology.Board} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BoardItemProvider 
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
	public BoardItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addCompatiblePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Board_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Board_name_feature", "_UI_Board_type"),
				 TopologyPackage.Literals.BOARD__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Compatible feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompatiblePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Board_compatible_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Board_compatible_feature", "_UI_Board_type"),
				 TopologyPackage.Literals.BOARD__COMPATIBLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Board_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Board_description_feature", "_UI_Board_type"),
				 TopologyPackage.Literals.BOARD__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__DEVICE_TREE);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__BUSES);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__DEVICES);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__DRIVERS);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__LINKS);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__POWER_DOMAINS);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__REGULATORS);
			childrenFeatures.add(TopologyPackage.Literals.BOARD__AGGREGATES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Board.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Board"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Board)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Board_type") :
			getString("_UI_Board_type") + " " + label;
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

		switch (notification.getFeatureID(Board.class)) {
			case TopologyPackage.BOARD__NAME:
			case TopologyPackage.BOARD__COMPATIBLE:
			case TopologyPackage.BOARD__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TopologyPackage.BOARD__DEVICE_TREE:
			case TopologyPackage.BOARD__BUSES:
			case TopologyPackage.BOARD__DEVICES:
			case TopologyPackage.BOARD__DRIVERS:
			case TopologyPackage.BOARD__LINKS:
			case TopologyPackage.BOARD__POWER_DOMAINS:
			case TopologyPackage.BOARD__REGULATORS:
			case TopologyPackage.BOARD__AGGREGATES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__DEVICE_TREE,
				 DtFactory.eINSTANCE.createDeviceTree()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__BUSES,
				 TopologyFactory.eINSTANCE.createBus()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__DEVICES,
				 TopologyFactory.eINSTANCE.createDevice()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__DRIVERS,
				 TopologyFactory.eINSTANCE.createDriver()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__LINKS,
				 TopologyFactory.eINSTANCE.createDeviceLink()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__POWER_DOMAINS,
				 TopologyFactory.eINSTANCE.createPowerDomain()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__REGULATORS,
				 TopologyFactory.eINSTANCE.createRegulator()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.BOARD__AGGREGATES,
				 TopologyFactory.eINSTANCE.createComponentMaster()));
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
