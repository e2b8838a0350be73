package org.dmstudio.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.DerivedBoard;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.model.store.ModelStore;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.prefs.BackingStoreException;

/** Creates DM Studio projects: empty, as a copy of an example folder, or around a board's devicetree source. */
public final class ProjectCreation {

	private ProjectCreation() {
	}

	public static IProject createEmpty(String name, IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project named " + name + " exists already"));
		}
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		project.create(progress.split(1));
		project.open(progress.split(1));
		return project;
	}

	/** A project holding a copy of the example folder's files. */
	public static IProject createFromExample(String name, Path example, IProgressMonitor monitor) throws CoreException {
		if (!Files.isDirectory(example)) {
			throw new CoreException(Status.error("No example folder " + example));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Copying " + example.getFileName(), 2);
		IProject project = createEmpty(name, progress.split(1));
		copy(example, project, progress.split(1));
		return project;
	}

	/**
	 * A project with the board imported from a devicetree source: the source stays where it is (its
	 * edits are written back there) and is linked into the project; the include paths are the
	 * project's, and the model is {@code <source name>.dmstudio}.
	 */
	public static IFile createFromDts(String name, Path dts, List<Path> includeDirs, IProgressMonitor monitor) throws CoreException {
		if (!Files.isRegularFile(dts)) {
			throw new CoreException(Status.error("No devicetree source " + dts));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + dts.getFileName(), 4);
		IProject project = createEmpty(name, progress.split(1));
		try {
			ProjectIncludePaths.set(project, includeDirs);
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error("The include paths cannot be stored in " + name, e));
		}
		IFile link = project.getFile(dts.getFileName().toString());
		link.createLink(org.eclipse.core.runtime.Path.fromOSString(dts.toAbsolutePath().toString()), IResource.NONE, progress.split(1));
		var options = DeviceTreeImport.options(dts, includeDirs);
		DerivedBoard derived;
		try {
			DeviceTreeSource source = new DtsCompiler(options).compile(dts);
			derived = new DriverModelDerivation().derive(source, options);
		} catch (RuntimeException e) {
			throw new CoreException(Status.error(dts + " cannot be imported: " + e.getMessage(), e));
		}
		progress.worked(1);
		String baseName = dts.getFileName().toString().replaceFirst("\\.dts$", "");
		IFile model = project.getFile(baseName + "." + ModelStore.MODEL_EXTENSION);
		try {
			ModelStore.saveAs(List.of(derived.board()), model.getLocation().toPath());
		} catch (IOException e) {
			throw new CoreException(Status.error("Writing " + model.getFullPath() + " failed", e));
		}
		model.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		return model;
	}

	/** Copies the files under {@code from} into the container, folders included. */
	static void copy(Path from, IContainer into, IProgressMonitor monitor) throws CoreException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(from)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			throw new CoreException(Status.error("Reading " + from + " failed", e));
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		for (Path file : files) {
			IFile target = into.getFile(org.eclipse.core.runtime.Path.fromPortableString(from.relativize(file).toString().replace('\\', '/')));
			createFolders(target.getParent());
			try (InputStream content = Files.newInputStream(file)) {
				target.create(content, IResource.FORCE, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Copying " + file + " failed", e));
			}
		}
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Why a project name cannot be used, or null when it can. */
	public static String nameProblem(String name) {
		if (name == null || name.isBlank()) {
			return "Enter a project name";
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IStatus valid = root.getWorkspace().validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			return valid.getMessage();
		}
		return root.getProject(name).exists() ? "A project named " + name + " exists already" : null;
	}
}
