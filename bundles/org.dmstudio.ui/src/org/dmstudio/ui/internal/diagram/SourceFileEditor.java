package org.dmstudio.ui.internal.diagram;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens the .dts/.dtsi a model element came from in a text editor, at its line and column. */
final class SourceFileEditor {

	static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	private SourceFileEditor() {
	}

	/** False when the file is not there any more; locations of an import are absolute, others are resolved beside the model. */
	static boolean open(IWorkbenchPage page, DmStudioEditor model, SourceLocation location) {
		Path file = Path.of(location.getFile());
		if (!file.isAbsolute() && model.getEditorInput() instanceof IURIEditorInput input) {
			file = Path.of(input.getURI()).resolveSibling(file);
		}
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file.toUri(), TEXT_EDITOR, true);
			if (part instanceof ITextEditor text && location.getLine() > 0) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				int line = Math.min(location.getLine(), document.getNumberOfLines()) - 1;
				int offset = document.getLineOffset(line) + Math.max(0, Math.min(location.getColumn() - 1, document.getLineLength(line)));
				text.selectAndReveal(offset, 0);
			}
			return true;
		} catch (PartInitException e) {
			ILog.of(SourceFileEditor.class).log(e.getStatus());
			return false;
		} catch (BadLocationException e) {
			return true;
		}
	}
}
