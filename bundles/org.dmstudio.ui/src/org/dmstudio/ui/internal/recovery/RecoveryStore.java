package org.dmstudio.ui.internal.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The recovery copies of the models open in DM Studio editors, in this bundle's area of the
 * workspace metadata ({@code .metadata/.plugins/org.dmstudio.ui/recovery}): one XMI file per model
 * file, named after the model file and a hash of its absolute path. Writes are atomic, so a crash
 * while writing leaves the previous copy.
 */
public final class RecoveryStore {

	private final Path directory;

	public RecoveryStore(Path directory) {
		this.directory = directory;
	}

	/** The store in the workspace metadata of this bundle. */
	public static RecoveryStore ofWorkspace() {
		return new RecoveryStore(Platform.getStateLocation(FrameworkUtil.getBundle(RecoveryStore.class)).append("recovery").toPath());
	}

	/** Where the recovery copy of {@code modelFile} is written. */
	public Path copyOf(Path modelFile) {
		String key = modelFile.toAbsolutePath().normalize().toString();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return directory.resolve(modelFile.getFileName() + "-" + HexFormat.of().formatHex(hash, 0, 12) + ".xmi");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** True when {@code modelFile} has a recovery copy written after every one of {@code sources} was last modified. */
	public boolean hasCopyNewerThan(Path modelFile, List<Path> sources) {
		Path copy = copyOf(modelFile);
		try {
			if (!Files.isRegularFile(copy)) {
				return false;
			}
			FileTime written = Files.getLastModifiedTime(copy);
			for (Path source : sources) {
				if (Files.exists(source) && Files.getLastModifiedTime(source).compareTo(written) >= 0) {
					return false;
				}
			}
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Replaces the recovery copy of {@code modelFile} atomically. */
	public void write(Path modelFile, byte[] content) throws IOException {
		Path copy = copyOf(modelFile);
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "." + copy.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	public byte[] read(Path modelFile) throws IOException {
		return Files.readAllBytes(copyOf(modelFile));
	}

	public void delete(Path modelFile) throws IOException {
		Files.deleteIfExists(copyOf(modelFile));
	}
}
