package org.dmstudio.ui.internal.wizards;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The {@code -I} directories a project's devicetree sources are compiled with, kept in the
 * project's preferences ({@code .settings/org.dmstudio.ui.prefs}) so they travel with it.
 */
public final class ProjectIncludePaths {

	private static final String NODE = "org.dmstudio.ui";
	private static final String KEY = "dts.includePaths";

	private ProjectIncludePaths() {
	}

	public static List<Path> of(IProject project) {
		List<Path> paths = new ArrayList<>();
		if (project == null || !project.isAccessible()) {
			return paths;
		}
		String value = new ProjectScope(project).getNode(NODE).get(KEY, "");
		for (String entry : value.split(File.pathSeparator)) {
			try {
				if (!entry.isBlank()) {
					paths.add(Path.of(entry.strip()));
				}
			} catch (InvalidPathException e) {
				// an entry edited by hand into something that is no path is skipped
			}
		}
		return paths;
	}

	public static void set(IProject project, List<Path> paths) throws BackingStoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.put(KEY, String.join(File.pathSeparator, paths.stream().map(Path::toString).toList()));
		node.flush();
	}
}
