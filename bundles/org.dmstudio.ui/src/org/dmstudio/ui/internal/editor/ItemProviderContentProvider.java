package org.dmstudio.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** JFace tree content from EMF.Edit item providers (what emf.edit.ui's AdapterFactoryContentProvider does). */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof ResourceSet resourceSet) {
			return resourceSet.getResources().isEmpty() ? new Object[0] : resourceSet.getResources().get(0).getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		if (provider == null) {
			return false;
		}
		Collection<?> children = provider.getChildren(element);
		return !children.isEmpty();
	}

	private ITreeItemContentProvider provider(Object object) {
		return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
	}
}
