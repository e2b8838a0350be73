package org.dmstudio.ui.internal.dts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.ui.internal.wizards.ProjectIncludePaths;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;

/**
 * The include directories (-I) of a devicetree source in the workspace: its project's setting
 * ({@link ProjectIncludePaths}), relative entries taken from the project root. DeviceTreeImport
 * adds the kernel layout's directories and the file's own.
 */
public final class IncludePaths {

	private IncludePaths() {
	}

	/** The include directories of the project holding {@code file}; empty outside the workspace. */
	public static List<Path> forFile(Path file) {
		if (!Platform.isRunning()) {
			return List.of();
		}
		for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toAbsolutePath().toUri())) {
			IProject project = workspaceFile.getProject();
			if (project != null && project.getLocation() != null) {
				Path root = project.getLocation().toFile().toPath();
				List<Path> dirs = new ArrayList<>();
				for (Path dir : ProjectIncludePaths.of(project)) {
					dirs.add(root.resolve(dir).normalize());
				}
				return dirs;
			}
		}
		return List.of();
	}
}
