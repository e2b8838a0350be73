package org.dmstudio.ui.internal.properties;

import org.dmstudio.ui.internal.editor.ItemPropertySourceProvider;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;

/**
 * The "Properties" tab: the EMF.Edit property descriptors of the selection in a property sheet.
 * Values are set through the descriptors, so every edit is a command the editor can undo.
 */
public class ModelPropertiesSection extends AdvancedPropertySection {

	private EditingDomain editingDomain;

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		EditingDomain domain = part.getAdapter(EditingDomain.class);
		if (domain != editingDomain && domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain) {
			editingDomain = domain;
			page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactoryDomain.getAdapterFactory()));
		}
		super.setInput(part, selection);
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}
}
