package org.dmstudio.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed examples of the repository. {@code bin/dmstudio ide} passes their folder as
 * {@code -Ddmstudio.examples=<repository>/examples}; an IDE without it has no examples.
 */
public final class Examples {

	public static final String PROPERTY = "dmstudio.examples";

	private Examples() {
	}

	/** The examples folder, or null when the property is not set or names no folder. */
	public static Path directory() {
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Path directory = Path.of(value);
			return Files.isDirectory(directory) ? directory : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The example folders (seed000-rk3588-npu, ...) in name order; empty without examples. */
	public static List<Path> list() {
		return list(directory());
	}

	public static List<Path> list(Path directory) {
		if (directory == null) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
