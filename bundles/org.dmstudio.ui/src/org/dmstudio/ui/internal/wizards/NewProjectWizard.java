package org.dmstudio.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.ISetSelectionTarget;

/** File > New > DM Studio Project. */
public final class NewProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.dmstudio.ui.wizards.newProject";

	private NewProjectPage page;
	private IWorkbench workbench;
	private IResource created;

	public NewProjectWizard() {
		setWindowTitle("New DM Studio Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewProjectPage();
		addPage(page);
	}

	public NewProjectPage getProjectPage() {
		return page;
	}

	/** What the wizard made: the project, or for an imported devicetree its model; null before finishing. */
	public IResource getCreated() {
		return created;
	}

	@Override
	public boolean performFinish() {
		String name = page.projectName();
		NewProjectPage.Start start = page.start();
		var dts = page.dtsPath();
		var includes = page.includePaths();
		var example = page.examplePath();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				created = switch (start) {
				case EMPTY -> ProjectCreation.createEmpty(name, monitor);
				case DTS -> ProjectCreation.createFromDts(name, dts, includes, monitor);
				case EXAMPLE -> ProjectCreation.createFromExample(name, example, monitor);
				};
			}
		};
		try {
			getContainer().run(false, true, operation);
		} catch (InvocationTargetException e) {
			IStatus status = e.getCause() instanceof CoreException core ? core.getStatus() : Status.error(String.valueOf(e.getCause()), e.getCause());
			ErrorDialog.openError(getShell(), "Project not created", null, status);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		reveal(created);
		return true;
	}

	private void reveal(IResource resource) {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
			explorer.selectReveal(new StructuredSelection(resource));
		}
	}
}
