package org.dmstudio.site.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.internal.p2.director.app.DirectorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the update site the way {@code eclipse -application org.eclipse.equinox.p2.director}
 * does into an Eclipse IDE: on top of a platform-only repository (the stand-in for the IDE's own
 * release repository, which has no ELK, no EMF.Edit and no DM Studio).
 */
class UpdateSiteInstallTest {

	static final Path ROOT = Path.of(System.getProperty("dmstudio.root", "../.."));
	static final Path SITE = ROOT.resolve("releng/org.dmstudio.site/target/repository");
	static final Path PLATFORM = ROOT.resolve("releng/org.dmstudio.platform.repo/target/repository");

	@TempDir
	Path destination;

	Object install(List<Path> repositories, String ius) {
		String repos = String.join(",", repositories.stream().map(p -> p.toUri().toString()).toList());
		return new DirectorApplication().run(new String[] { "-repository", repos, "-installIU", ius, "-destination",
				destination.toString(), "-profile", "DMStudioInstallTest", "-roaming", "-p2.os", "linux", "-p2.ws", "gtk",
				"-p2.arch", "x86_64", "-profileProperties", "org.eclipse.update.install.features=true" });
	}

	@Test
	void theFeatureInstallsOnThePlatform() throws Exception {
		assertTrue(Files.isDirectory(SITE), "the update site is built before this test: " + SITE);
		assertTrue(Files.isDirectory(PLATFORM), "the platform repository is built before this test: " + PLATFORM);
		Object result = install(List.of(SITE, PLATFORM), "org.eclipse.ui.ide.application,org.dmstudio.feature.feature.group");
		assertEquals(IApplication.EXIT_OK, result);
		List<String> plugins;
		try (Stream<Path> files = Files.list(destination.resolve("plugins"))) {
			plugins = files.map(p -> p.getFileName().toString()).toList();
		}
		for (String bundle : List.of("org.dmstudio.model_", "org.dmstudio.model.edit_", "org.dmstudio.dts_", "org.dmstudio.ui_",
				"org.dmstudio.cli_", "org.eclipse.elk.alg.layered_", "org.eclipse.emf.edit_", "com.google.guava.failureaccess_",
				"org.eclipse.ui.ide_")) {
			assertTrue(plugins.stream().anyMatch(p -> p.startsWith(bundle)), bundle + "* is not installed: " + plugins);
		}
		try (Stream<Path> features = Files.list(destination.resolve("features"))) {
			assertTrue(features.anyMatch(f -> f.getFileName().toString().startsWith("org.dmstudio.feature_")), "the feature is installed");
		}
	}

	@Test
	void thePlatformAloneCannotInstallTheFeature() {
		Object result = install(List.of(PLATFORM), "org.dmstudio.feature.feature.group");
		assertNotEquals(IApplication.EXIT_OK, result);
	}
}
