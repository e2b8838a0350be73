package org.dmstudio.ui.internal.export;

import java.io.IOException;
import java.nio.file.Path;

import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Export Diagram...: asks for the target file; its extension picks SVG, PNG, text, DOT or the HTML player. */
public final class ExportDiagramHandler extends AbstractHandler {

	public static final String COMMAND = "org.dmstudio.ui.exportDiagram";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof DmStudioEditor editor)) {
			return null;
		}
		DiagramPage page = DiagramExport.shownPage(editor);
		if (page == null) {
			MessageDialog.openInformation(shell, "Export Diagram", editor.getPartName() + " has no diagram to export.");
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export " + page.getRepresentation().label());
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.txt", "*.dot", "*.html" });
		dialog.setFilterNames(new String[] { "SVG image", "PNG image", "Text", "Graphviz DOT", "HTML player of the simulation" });
		String base = editor.getPartName().replaceFirst("\\.[^.]*$", "");
		dialog.setFileName(base + "-" + page.getRepresentation().description() + ".svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path target = Path.of(chosen);
		if (DiagramExport.extension(target).isEmpty()) {
			target = Path.of(chosen + "." + DiagramExport.EXTENSIONS.get(Math.max(0, dialog.getFilterIndex())));
		}
		export(shell, editor, page, target);
		return null;
	}

	private static void export(Shell shell, DmStudioEditor editor, DiagramPage page, Path target) {
		try {
			DiagramExport.write(editor, page, target);
		} catch (IOException e) {
			MessageDialog.openError(shell, "Export Diagram", e.getMessage());
		} catch (RuntimeException e) {
			ILog.of(ExportDiagramHandler.class).log(Status.error("Exporting to " + target + " failed", e));
			MessageDialog.openError(shell, "Export Diagram", "Exporting to " + target + " failed: " + e);
		}
	}
}
