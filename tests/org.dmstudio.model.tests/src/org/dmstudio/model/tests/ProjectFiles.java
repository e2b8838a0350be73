package org.dmstudio.model.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's files from a test: the build passes {@code dmstudio.root}. */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	public static Path root() {
		String property = System.getProperty("dmstudio.root");
		if (property != null) {
			return Path.of(property);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples")) && Files.isDirectory(p.resolve("bundles"))) {
				return p;
			}
		}
		throw new IllegalStateException("cannot find the DM Studio repository from " + System.getProperty("user.dir"));
	}

	/** Every example model ({@code examples/<case>/*.dmstudio}), sorted. */
	public static List<Path> exampleModels() {
		try (Stream<Path> files = Files.walk(root().resolve("examples"), 2)) {
			return files.filter(p -> p.toString().endsWith(".dmstudio")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path example(String relative) {
		return root().resolve("examples").resolve(relative);
	}
}
