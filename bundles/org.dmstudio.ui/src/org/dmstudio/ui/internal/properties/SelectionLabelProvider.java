package org.dmstudio.ui.internal.properties;

import org.dmstudio.model.edit.DmStudioAdapterFactory;
import org.dmstudio.ui.internal.editor.ItemProviderLabelProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** The title of the DM Studio Properties view: the selected element as the Model tree labels it, or how many are selected. */
public class SelectionLabelProvider extends LabelProvider {

	private final ComposedAdapterFactory adapterFactory = new DmStudioAdapterFactory();
	private final ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapterFactory);

	@Override
	public String getText(Object element) {
		Object first = first(element);
		if (element instanceof IStructuredSelection selection && selection.size() > 1) {
			return selection.size() + " elements selected";
		}
		return first == null ? "" : labels.getText(first);
	}

	@Override
	public Image getImage(Object element) {
		Object first = first(element);
		return first == null ? null : labels.getImage(first);
	}

	private static Object first(Object element) {
		return element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
	}

	@Override
	public void dispose() {
		labels.dispose();
		adapterFactory.dispose();
		super.dispose();
	}
}
