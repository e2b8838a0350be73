package org.dmstudio.ui.internal.editor;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** JFace labels and icons from EMF.Edit item providers. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		Object image = provider == null ? null : provider.getImage(element);
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
