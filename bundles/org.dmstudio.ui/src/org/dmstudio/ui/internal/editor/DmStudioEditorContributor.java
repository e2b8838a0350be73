package org.dmstudio.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Routes the workbench's Undo, Redo and Delete to the active DM Studio editor's command stack. */
public class DmStudioEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof DmStudioEditor editor) {
			IActionBars bars = getActionBars();
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), editor.deleteAction());
			bars.updateActionBars();
		}
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
	}
}
