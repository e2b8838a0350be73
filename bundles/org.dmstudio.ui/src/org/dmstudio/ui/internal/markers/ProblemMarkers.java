package org.dmstudio.ui.internal.markers;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.BoardChecks;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.validation.DriverModelValidator;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.wizards.ProjectIncludePaths;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The DM Studio problem markers: the kernel rules {@link DriverModelValidator} checks on a model,
 * and for devicetree sources the {@link BoardChecks} findings, each on the file and line that holds
 * it. Model markers carry the element's URI fragment so that the editor can select it.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.dmstudio.ui.problem";
	/** The URI fragment of the model element a marker is about. */
	public static final String ELEMENT = "org.dmstudio.ui.element";
	/** {@link #MODEL} or the workspace path of the devicetree source whose check made the marker. */
	public static final String ORIGIN = "org.dmstudio.ui.origin";
	public static final String MODEL = "model";
	/** The family of the jobs that check devicetree sources. */
	public static final Object FAMILY = ProblemMarkers.class;

	private ProblemMarkers() {
	}

	/**
	 * Keeps the markers of an editor's file in step with its model: checked now and after every
	 * command, so a quick fix clears its marker at once and undo brings it back. A devicetree source
	 * is checked again when it is saved; closing the editor without saving puts back the markers of
	 * the file on disk.
	 */
	public static void track(DmStudioEditor editor) {
		IFile file = fileOf(editor.getEditorInput());
		if (file == null) {
			return;
		}
		validate(file, editor.getResource(), editor.getLoadProblems());
		if (isDevicetreeSource(file)) {
			checkDevicetree(file);
		}
		new EditorTracker(editor, file);
	}

	private static final class EditorTracker implements CommandStackListener, IPartListener2 {

		private final DmStudioEditor editor;
		private final IFile file;
		private final Display display;
		private boolean pending;
		private boolean closed;

		EditorTracker(DmStudioEditor editor, IFile file) {
			this.editor = editor;
			this.file = file;
			display = editor.getSite().getShell().getDisplay();
			editor.getEditingDomain().getCommandStack().addCommandStackListener(this);
			editor.getSite().getPage().addPartListener(this);
			editor.addPropertyListener((source, property) -> {
				if (property == DmStudioEditor.PROP_DIRTY && !editor.isDirty() && isDevicetreeSource(file)) {
					checkDevicetree(file);
				}
			});
		}

		@Override
		public void commandStackChanged(EventObject event) {
			if (pending || display.isDisposed()) {
				return;
			}
			pending = true;
			display.asyncExec(() -> {
				pending = false;
				if (!closed) {
					validate(file, editor.getResource());
				}
			});
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) != editor) {
				return;
			}
			closed = true;
			reference.getPage().removePartListener(this);
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(this);
			if (editor.isDirty() && isModelFile(file)) {
				validateFile(file);
			}
		}
	}

	private static boolean isModelFile(IFile file) {
		return ModelStore.MODEL_EXTENSION.equals(file.getFileExtension()) || ModelStore.SCENARIO_EXTENSION.equals(file.getFileExtension());
	}

	/** The workspace file an editor input stands for, or null for a file outside the workspace. */
	public static IFile fileOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return fileInput.getFile();
		}
		if (input instanceof IURIEditorInput uriInput) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uriInput.getURI());
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	/** Replaces the model markers of a file with what its model on disk breaks. */
	public static void validateFile(IFile file) {
		if (file.getLocation() == null) {
			return;
		}
		ModelStore.Loaded loaded = ModelStore.load(file.getLocation().toPath());
		validate(file, loaded.resource(), loaded.problems());
	}

	/** Replaces the model markers of a file with the kernel rules its model (loaded from that file) breaks. */
	public static void validate(IFile file, Resource resource) {
		validate(file, resource, List.of());
	}

	private static void validate(IFile file, Resource resource, List<ModelStore.Problem> loadProblems) {
		List<Map<String, Object>> markers = new ArrayList<>();
		for (ModelStore.Problem problem : loadProblems) {
			Map<String, Object> marker = attributes(IMarker.SEVERITY_ERROR, problem.message());
			if (problem.line() > 0) {
				marker.put(IMarker.LINE_NUMBER, problem.line());
			}
			markers.add(marker);
		}
		for (EObject root : List.copyOf(resource.getContents())) {
			try {
				collect(DriverModelValidator.validate(root), resource, markers);
			} catch (RuntimeException e) {
				ILog.of(ProblemMarkers.class).log(Status.warning("Validating " + file.getFullPath() + " failed", e));
			}
		}
		replace(List.of(file), MODEL, Map.of(file, markers));
	}

	private static void collect(Diagnostic diagnostic, Resource resource, List<Map<String, Object>> markers) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.OK) {
				return;
			}
			Map<String, Object> marker = attributes(severity(diagnostic.getSeverity()), diagnostic.getMessage());
			if (!diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject element
					&& element.eResource() == resource) {
				marker.put(ELEMENT, resource.getURIFragment(element));
				marker.put(IMarker.LOCATION, DriverModelValidator.label(element));
			}
			markers.add(marker);
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, resource, markers);
		}
	}

	private static int severity(int diagnosticSeverity) {
		return switch (diagnosticSeverity) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
		case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	public static boolean isDevicetreeSource(IFile file) {
		return "dts".equalsIgnoreCase(file.getFileExtension());
	}

	/** Runs the board checks of a devicetree source in the background (job family {@link #FAMILY}). */
	public static Job checkDevicetree(IFile dts) {
		Job job = new Job("Checking " + dts.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				checkDevicetreeNow(dts, monitor);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object jobFamily) {
				return jobFamily == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/**
	 * Compiles the source with its project's include paths, derives the board and puts each finding
	 * on the workspace file that holds it (the source itself when that file is outside the workspace).
	 */
	public static void checkDevicetreeNow(IFile dts, IProgressMonitor monitor) {
		if (dts.getLocation() == null || !dts.exists()) {
			return;
		}
		Path source = dts.getLocation().toPath();
		String origin = dts.getFullPath().toString();
		Map<IFile, List<Map<String, Object>>> markers = new HashMap<>();
		markers.put(dts, new ArrayList<>());
		try {
			var options = DeviceTreeImport.options(source, ProjectIncludePaths.of(dts.getProject()));
			DeviceTreeSource compiled = new DtsCompiler(options).compile(source);
			for (org.dmstudio.dts.Diagnostic finding : BoardChecks.run(new DriverModelDerivation().derive(compiled, options))) {
				if (monitor != null && monitor.isCanceled()) {
					return;
				}
				IFile holder = holder(finding, source, dts);
				boolean located = holder != dts || finding.position() != null && isSameFile(finding.position().file(), source);
				Map<String, Object> marker = attributes(finding.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
						located || finding.position() == null ? finding.message() : finding.position() + ": " + finding.message());
				if (located) {
					marker.put(IMarker.LINE_NUMBER, finding.position().line());
				}
				marker.put(IMarker.LOCATION, finding.position() == null ? dts.getName() : finding.position().toString());
				markers.computeIfAbsent(holder, k -> new ArrayList<>()).add(marker);
			}
		} catch (RuntimeException e) {
			markers.get(dts).add(attributes(IMarker.SEVERITY_ERROR, "The devicetree checks failed: " + e));
		}
		List<IFile> previous = new ArrayList<>(markers.keySet());
		try {
			for (IMarker marker : dts.getWorkspace().getRoot().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
				if (origin.equals(marker.getAttribute(ORIGIN, null)) && marker.getResource() instanceof IFile file
						&& !previous.contains(file)) {
					previous.add(file);
				}
			}
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
		replace(previous, origin, markers);
	}

	private static IFile holder(org.dmstudio.dts.Diagnostic finding, Path source, IFile dts) {
		if (finding.position() == null || finding.position().file() == null) {
			return dts;
		}
		if (isSameFile(finding.position().file(), source)) {
			return dts;
		}
		try {
			URI location = Path.of(finding.position().file()).toAbsolutePath().normalize().toUri();
			IFile[] files = dts.getWorkspace().getRoot().findFilesForLocationURI(location);
			return files.length == 0 ? dts : files[0];
		} catch (RuntimeException e) {
			return dts;
		}
	}

	private static boolean isSameFile(String file, Path source) {
		try {
			return file != null && Path.of(file).toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize());
		} catch (RuntimeException e) {
			return false;
		}
	}

	private static Map<String, Object> attributes(int severity, String message) {
		Map<String, Object> marker = new HashMap<>();
		marker.put(IMarker.SEVERITY, severity);
		marker.put(IMarker.MESSAGE, message);
		return marker;
	}

	/** Deletes the markers of one origin from the files and creates the new ones, in one workspace operation. */
	private static void replace(List<IFile> files, String origin, Map<IFile, List<Map<String, Object>>> markers) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.run(monitor -> {
				for (IFile file : files) {
					if (!file.exists()) {
						continue;
					}
					for (IMarker old : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
						if (origin.equals(old.getAttribute(ORIGIN, MODEL))) {
							old.delete();
						}
					}
					for (Map<String, Object> attributes : markers.getOrDefault(file, List.of())) {
						attributes.put(ORIGIN, origin);
						file.createMarker(TYPE, attributes);
					}
				}
			}, null, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
	}

	/** The model markers of a file (tests and quick fixes). */
	public static List<IMarker> modelMarkers(IFile file) throws CoreException {
		List<IMarker> found = new ArrayList<>();
		for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			if (MODEL.equals(marker.getAttribute(ORIGIN, MODEL))) {
				found.add(marker);
			}
		}
		return found;
	}
}
