package org.dmstudio.ui.internal.properties;

import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;

/**
 * A section of the DM Studio Properties view about the first selected model element. A section
 * that cannot show an element logs why and stays as it was: bad models never break the view.
 */
abstract class ModelSection extends AbstractPropertySection {

	private EObject element;

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		element = selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject first ? first
				: null;
	}

	@Override
	public final void refresh() {
		if (element == null) {
			return;
		}
		try {
			show(element);
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.warning("The Properties view cannot show " + element, e));
		}
	}

	/** Fills the section's controls with what it shows of the element. */
	abstract void show(EObject selected);

	EObject element() {
		return element;
	}

	/** The DM Studio editor whose selection is shown, or null. */
	DmStudioEditor editor() {
		return getPart() instanceof DmStudioEditor editor ? editor : null;
	}

	/** A table with a header, filling the parent's grid. */
	Table table(Composite parent, int style, String... columns) {
		Table table = getWidgetFactory().createTable(parent, style | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData layoutData = new GridData(SWT.FILL, SWT.FILL, true, true);
		layoutData.heightHint = 120;
		table.setLayoutData(layoutData);
		for (String column : columns) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		return table;
	}

	/** Sizes the table's columns to what they show. */
	static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}
}
