package org.dmstudio.ui.internal.dts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.Diagnostic;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.dts.model.DeviceTreeImport;
import org.dmstudio.dts.model.DriverModelDerivation;
import org.dmstudio.dts.model.SourceEdits;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.TopologyFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A board imported on the fly from a {@code .dts}/{@code .dtsi}/{@code .dtso} with the project's
 * include directories: the derived {@link Board}, the compiler's errors as load problems, and every
 * file that was read with its modification time, so that saving writes property edits back into
 * those files and never into one that changed on disk since.
 */
public final class DtsDocument {

	private final Path file;
	private final List<Path> projectIncludeDirs;
	private final Board board;
	private final List<ModelStore.Problem> problems;
	private final Map<Path, FileTime> stamps = new LinkedHashMap<>();
	private final DtsWriteBack writeBack;

	private DtsDocument(Path file, List<Path> projectIncludeDirs, Board board, List<ModelStore.Problem> problems, List<Path> files) {
		this.file = file;
		this.projectIncludeDirs = List.copyOf(projectIncludeDirs);
		this.board = board;
		this.problems = List.copyOf(problems);
		for (Path read : files) {
			stamps.put(normalize(read), stamp(read));
		}
		this.writeBack = new DtsWriteBack(board);
	}

	/** Whether the editor imports {@code file} as devicetree source. */
	public static boolean isDeviceTreeSource(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".dts") || name.endsWith(".dtsi") || name.endsWith(".dtso");
	}

	/** Compiles and derives {@code file}; never throws: what went wrong becomes a problem next to what could be read. */
	public static DtsDocument open(Path file, List<Path> includeDirs) {
		CompilerOptions options = DeviceTreeImport.options(file, includeDirs);
		List<ModelStore.Problem> problems = new ArrayList<>();
		DeviceTreeSource source;
		try {
			source = new DtsCompiler(options).compile(file);
		} catch (RuntimeException e) {
			problems.add(new ModelStore.Problem(file.toString(), 0, 0, "cannot compile: " + e));
			return new DtsDocument(file, includeDirs, emptyBoard(file), problems, List.of(file));
		}
		for (Diagnostic error : source.errors()) {
			problems.add(error.position() == null ? new ModelStore.Problem(file.toString(), 0, 0, error.message())
					: new ModelStore.Problem(error.position().file(), error.position().line(), error.position().column(), error.message()));
		}
		Board board;
		try {
			board = new DriverModelDerivation().derive(source, options).board();
		} catch (RuntimeException e) {
			ILog.of(DtsDocument.class).warn("The driver model of " + file + " cannot be derived", e);
			problems.add(new ModelStore.Problem(file.toString(), 0, 0, "the driver model cannot be derived: " + e));
			board = emptyBoard(file);
			try {
				board.setDeviceTree(DeviceTreeImport.toModel(source, options));
			} catch (RuntimeException again) {
				problems.add(new ModelStore.Problem(file.toString(), 0, 0, "the devicetree cannot be imported: " + again));
			}
		}
		return new DtsDocument(file, includeDirs, board, problems, source.files().isEmpty() ? List.of(file) : source.files());
	}

	private static Board emptyBoard(Path file) {
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName(file.getFileName().toString());
		return board;
	}

	/** Imports the file again, as it is on disk now, with the same include directories. */
	public DtsDocument reopen() {
		return open(file, projectIncludeDirs);
	}

	/** A resource holding the board in {@code resourceSet}, named like the source file; it is never saved as XMI. */
	public Resource createResource(ResourceSet resourceSet) {
		Resource resource = new XMIResourceImpl(URI.createFileURI(normalize(file).toString()));
		resource.getContents().add(board);
		resourceSet.getResources().add(resource);
		return resource;
	}

	public Path file() {
		return file;
	}

	public Board board() {
		return board;
	}

	/** The compiler's errors (file:line:column); a document with problems is shown but never saved. */
	public List<ModelStore.Problem> problems() {
		return problems;
	}

	/** The main source first, then every file it included. */
	public List<Path> files() {
		return List.copyOf(stamps.keySet());
	}

	/** True when any file that was read has another modification time now (or is gone). */
	public boolean isChangedOnDisk() {
		return stamps.entrySet().stream().anyMatch(entry -> !Objects.equals(stamp(entry.getKey()), entry.getValue()));
	}

	/**
	 * Writes the edits made to {@link #board()} into the files that defined each property, changing
	 * only those lines: every new content is written to a temporary file beside its target first, then
	 * moved over it. Returns the files written; nothing is written when this throws.
	 */
	public List<Path> save() throws IOException {
		if (!problems.isEmpty()) {
			throw new IOException(file + " has errors, so it cannot be saved; fix it in a text editor first: " + problems.get(0));
		}
		if (isChangedOnDisk()) {
			throw new IOException(file + " or a file it includes changed on disk since it was opened; reopen it to edit the new content");
		}
		Map<Path, List<SourceEdits.Edit>> editsByFile = new LinkedHashMap<>();
		for (SourceEdits.Edit edit : writeBack.edits(board)) {
			Path target = normalize(edit.file());
			if (!stamps.containsKey(target)) {
				throw new IOException(target + " was not read when " + file + " was opened; it is not written");
			}
			editsByFile.computeIfAbsent(target, key -> new ArrayList<>()).add(edit);
		}
		Map<Path, Path> temporaries = new LinkedHashMap<>();
		try {
			for (Map.Entry<Path, List<SourceEdits.Edit>> entry : editsByFile.entrySet()) {
				String content = Files.readString(entry.getKey(), StandardCharsets.UTF_8);
				List<SourceEdits.Edit> edits = new ArrayList<>(entry.getValue());
				edits.sort(Comparator.comparingInt(SourceEdits.Edit::offset).reversed());
				int limit = content.length();
				for (SourceEdits.Edit edit : edits) {
					if (edit.offset() + edit.length() > limit) {
						throw new IOException("two edits overlap in " + entry.getKey() + " at offset " + edit.offset());
					}
					content = edit.applyTo(content);
					limit = edit.offset();
				}
				Path temporary = Files.createTempFile(entry.getKey().getParent(), "." + entry.getKey().getFileName(), ".tmp");
				temporaries.put(entry.getKey(), temporary);
				Files.writeString(temporary, content, StandardCharsets.UTF_8);
			}
			for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
				try {
					Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} finally {
			for (Path temporary : temporaries.values()) {
				Files.deleteIfExists(temporary);
			}
		}
		List<Path> written = List.copyOf(editsByFile.keySet());
		refreshWorkspace(written);
		return written;
	}

	private static void refreshWorkspace(List<Path> files) {
		if (!Platform.isRunning()) {
			return;
		}
		for (Path written : files) {
			for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(written.toUri())) {
				try {
					workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
				} catch (CoreException e) {
					ILog.of(DtsDocument.class).log(e.getStatus());
				}
			}
		}
	}

	private static Path normalize(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private static FileTime stamp(Path path) {
		try {
			return Files.exists(path) ? Files.getLastModifiedTime(path) : null;
		} catch (IOException e) {
			return null;
		}
	}
}
