package org.dmstudio.ui.internal.recovery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Keeps a recovery copy of an editor's model so that nothing is lost when the workbench dies between
 * an edit and a save. After every command the model is written, as XMI, to the {@link RecoveryStore}
 * by a background job, at most once per {@value #DELAY_MILLIS} ms; the copy is deleted when the model
 * is saved, is back at its saved state, or the editor closes (with or without saving: the user chose).
 * An editor that opens a file with a newer copy offers to restore it; restoring is one undoable
 * command, so the editor is dirty afterwards and the user saves deliberately.
 */
public final class EditorRecovery {

	/** The family of the jobs that write recovery copies. */
	public static final Object FAMILY = EditorRecovery.class;

	/** The least time between two writes of one editor's recovery copy. */
	public static final long DELAY_MILLIS = 500;

	/** Decides whether an editor restores the recovery copy it found for {@code file}. */
	@FunctionalInterface
	public interface RestorePolicy {
		boolean restore(Shell shell, Path file);
	}

	/** The default policy: ask the user. */
	public static final RestorePolicy ASK = (shell, file) -> MessageDialog.openQuestion(shell, "Restore unsaved changes",
			file.getFileName() + " has unsaved changes from a session that ended without saving them.\n"
					+ "Restore them? The editor then shows them as unsaved changes; choosing No discards them.");

	private static volatile RestorePolicy restorePolicy = ASK;

	private final RecoveryStore store;
	private final Path file;
	private final EditingDomain domain;
	private final Resource resource;
	private final boolean deviceTreeSource;
	private final BasicCommandStack commandStack;
	private final CommandStackListener listener = this::commandStackChanged;
	private final Object lock = new Object();
	private final AtomicLong generation = new AtomicLong();
	private volatile boolean saveNeeded;
	private boolean closed;

	private final Job writer;

	/**
	 * Starts keeping the recovery copy of the model in {@code resource}, read from {@code file}; for a
	 * {@code deviceTreeSource} only its devicetree property edits are restored, as those are what a save writes.
	 */
	public EditorRecovery(RecoveryStore store, Path file, EditingDomain domain, Resource resource, boolean deviceTreeSource) {
		this.store = store;
		this.file = file;
		this.domain = domain;
		this.resource = resource;
		this.deviceTreeSource = deviceTreeSource;
		this.commandStack = (BasicCommandStack) domain.getCommandStack();
		writer = new Job("Write the recovery copy of " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				writeCopy();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		writer.setSystem(true);
		writer.setPriority(Job.DECORATE);
		commandStack.addCommandStackListener(listener);
	}

	/** Replaces the policy that decides whether to restore (tests answer without a dialog); {@link #ASK} by default. */
	public static void setRestorePolicy(RestorePolicy policy) {
		restorePolicy = policy;
	}

	/** Where the recovery copy of this editor's file is written. */
	public Path copyFile() {
		return store.copyOf(file);
	}

	/** True when a recovery copy newer than every one of {@code sources} (the files the model was read from) exists. */
	public boolean hasCopyNewerThan(List<Path> sources) {
		return store.hasCopyNewerThan(file, sources);
	}

	/**
	 * Offers to restore a recovery copy newer than {@code sources}, as the {@link RestorePolicy} decides;
	 * a copy that is not restored is deleted.
	 */
	public void offer(Shell shell, List<Path> sources) {
		if (!hasCopyNewerThan(sources)) {
			return;
		}
		if (!restorePolicy.restore(shell, file)) {
			discard();
			return;
		}
		try {
			restore();
		} catch (IOException e) {
			MessageDialog.openError(shell, "Not restored", "The unsaved changes of " + file + " cannot be read from " + copyFile() + ":\n" + e);
		}
	}

	/**
	 * Restores the recovery copy as one undoable command: the whole model, or for a devicetree source
	 * the property edits. Returns false when there is no copy or it holds no change.
	 */
	public boolean restore() throws IOException {
		if (!Files.isRegularFile(copyFile())) {
			return false;
		}
		Resource recovered = load(store.read(file));
		Command command = deviceTreeSource ? restoreDeviceTree(recovered) : replaceContents(recovered);
		if (command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	private Resource load(byte[] content) throws IOException {
		ResourceSet scratch = ModelStore.createResourceSet();
		Resource recovered = new XMIResourceImpl(resource.getURI());
		scratch.getResources().add(recovered);
		recovered.load(new ByteArrayInputStream(content), scratch.getLoadOptions());
		if (!recovered.getErrors().isEmpty()) {
			throw new IOException(recovered.getErrors().get(0).getMessage());
		}
		return recovered;
	}

	private Command replaceContents(Resource recovered) {
		CompoundCommand command = new CompoundCommand("Restore unsaved changes");
		if (!resource.getContents().isEmpty()) {
			command.append(new RemoveCommand(domain, resource.getContents(), new ArrayList<>(resource.getContents())));
		}
		command.append(new AddCommand(domain, resource.getContents(), new ArrayList<>(recovered.getContents())));
		return command;
	}

	private Command restoreDeviceTree(Resource recovered) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Board board)
				|| recovered.getContents().isEmpty() || !(recovered.getContents().get(0) instanceof Board recoveredBoard)) {
			return null;
		}
		return DeviceTreeRestore.command(domain, board, recoveredBoard);
	}

	/** The model was saved (or its changes are to be forgotten): the copy goes, until the next command. */
	public void discard() {
		synchronized (lock) {
			generation.incrementAndGet();
			saveNeeded = false;
			deleteCopy();
		}
	}

	/** The editor closes: the copy goes and no more is written. */
	public void close() {
		commandStack.removeCommandStackListener(listener);
		synchronized (lock) {
			closed = true;
			deleteCopy();
		}
		writer.cancel();
	}

	private void commandStackChanged(EventObject event) {
		saveNeeded = commandStack.isSaveNeeded();
		generation.incrementAndGet();
		int state = writer.getState();
		if (state != Job.SLEEPING && state != Job.WAITING) {
			writer.schedule(DELAY_MILLIS);
		}
	}

	/**
	 * Serialises the model without blocking the UI; a command that runs meanwhile makes this write
	 * moot (it scheduled the next one), so a copy is only written from a model no command was changing.
	 */
	private void writeCopy() {
		long snapshot = generation.get();
		byte[] content = null;
		if (saveNeeded) {
			try {
				content = serialize();
			} catch (IOException | RuntimeException e) {
				if (generation.get() == snapshot) {
					ILog.of(EditorRecovery.class).warn("The recovery copy of " + file + " cannot be written", e);
				}
				return;
			}
		}
		synchronized (lock) {
			if (closed || generation.get() != snapshot) {
				return;
			}
			try {
				if (content == null) {
					store.delete(file);
				} else {
					store.write(file, content);
				}
			} catch (IOException e) {
				ILog.of(EditorRecovery.class).warn("The recovery copy of " + file + " cannot be written", e);
			}
		}
	}

	private byte[] serialize() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE));
		return bytes.toByteArray();
	}

	private void deleteCopy() {
		try {
			store.delete(file);
		} catch (IOException e) {
			ILog.of(EditorRecovery.class).warn("The recovery copy of " + file + " cannot be deleted", e);
		}
	}
}
