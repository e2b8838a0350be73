package org.dmstudio.ui.internal.markers;

import java.io.IOException;
import java.util.function.BiFunction;

import org.dmstudio.model.edit.DmStudioAdapterFactory;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A quick fix that is one EMF command on the marker's element: run on the editing domain of the
 * DM Studio editor that has the file open (so it can be undone there), otherwise on the file, which
 * is saved at once.
 */
final class ModelFix implements IMarkerResolution2 {

	private final String label;
	private final String description;
	private final BiFunction<EditingDomain, EObject, Command> fix;

	ModelFix(String label, String description, BiFunction<EditingDomain, EObject, Command> fix) {
		this.label = label;
		this.description = description;
		this.fix = fix;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !marker.exists()) {
			return;
		}
		DmStudioEditor editor = openEditor(file);
		if (editor != null) {
			EditingDomain domain = editor.getEditingDomain();
			Command command = command(domain, ElementMarkerNavigation.element(editor.getResource(), marker));
			if (command != null) {
				domain.getCommandStack().execute(command);
			}
			return;
		}
		fixFile(file, marker);
	}

	private Command command(EditingDomain domain, EObject element) {
		if (element == null) {
			return null;
		}
		Command command = fix.apply(domain, element);
		return command != null && command.canExecute() ? command : null;
	}

	private void fixFile(IFile file, IMarker marker) {
		ComposedAdapterFactory adapterFactory = new DmStudioAdapterFactory();
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
			ModelStore.configure(domain.getResourceSet());
			ModelStore.Loaded loaded = ModelStore.load(domain.getResourceSet(), file.getLocation().toPath());
			if (!loaded.ok()) {
				MessageDialog.openError(null, label, file.getName() + " cannot be read completely, so it is not changed:\n" + loaded.problems().get(0));
				return;
			}
			Command command = command(domain, ElementMarkerNavigation.element(loaded.resource(), marker));
			if (command == null) {
				return;
			}
			domain.getCommandStack().execute(command);
			ModelStore.save(loaded.resource());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			ProblemMarkers.validate(file, loaded.resource());
		} catch (IOException e) {
			MessageDialog.openError(null, label, "Saving " + file.getName() + " failed; it is unchanged.\n" + e);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(Status.error(label + " failed on " + file.getFullPath(), e));
		} finally {
			adapterFactory.dispose();
		}
	}

	/** The DM Studio editor that has the file open, in any window; null when none has. */
	static DmStudioEditor openEditor(IFile file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getId().startsWith(DmStudioEditor.ID) && reference.getEditor(true) instanceof DmStudioEditor editor
							&& file.equals(ProblemMarkers.fileOf(editor.getEditorInput()))) {
						return editor;
					}
				}
			}
		}
		return null;
	}
}
