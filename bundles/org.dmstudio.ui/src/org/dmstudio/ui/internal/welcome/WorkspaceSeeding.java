package org.dmstudio.ui.internal.welcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.ui.internal.DmStudioPerspective;
import org.dmstudio.ui.internal.wizards.Examples;
import org.dmstudio.ui.internal.wizards.ProjectCreation;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start of a workspace with {@code -Ddmstudio.examples} set, creates a project for each
 * seed example and shows the welcome page. Runs once per workspace (a workspace preference says so).
 */
public final class WorkspaceSeeding implements IStartup {

	private static final String NODE = "org.dmstudio.ui";
	private static final String SEEDED = "workspaceSeeded";

	@Override
	public void earlyStartup() {
		Path examples = Examples.directory();
		if (examples == null || preferences().getBoolean(SEEDED, false)) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Creating the DM Studio example projects") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				seed(examples, monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(WorkspaceSeeding::showWelcome);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	/** Creates a project per example folder that has none yet; returns the projects of all examples. */
	public static List<IProject> seed(Path examples, IProgressMonitor monitor) throws CoreException {
		List<Path> folders = Examples.list(examples);
		SubMonitor progress = SubMonitor.convert(monitor, folders.size());
		List<IProject> projects = new ArrayList<>();
		for (Path folder : folders) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(folder.getFileName().toString());
			if (project.exists()) {
				progress.worked(1);
			} else {
				try {
					project = ProjectCreation.createFromExample(project.getName(), folder, progress.split(1));
				} catch (CoreException e) {
					ILog.of(WorkspaceSeeding.class).log(e.getStatus());
					continue;
				}
			}
			projects.add(project);
		}
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(SEEDED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(WorkspaceSeeding.class).log(Status.warning("The workspace will be seeded again at the next start", e));
		}
		return projects;
	}

	/** Opens the DM Studio perspective with the welcome page in front. */
	public static void showWelcome() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		try {
			PlatformUI.getWorkbench().showPerspective(DmStudioPerspective.ID, window).openEditor(WelcomeEditor.INPUT, WelcomeEditor.ID);
		} catch (WorkbenchException e) {
			ILog.of(WorkspaceSeeding.class).log(e.getStatus());
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
