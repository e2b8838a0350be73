package org.dmstudio.dts.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.internal.model.DtImporter;
import org.dmstudio.dts.internal.model.TreeIndex;
import org.dmstudio.model.dt.DeviceTree;

/**
 * Turns a compiled devicetree into the {@code dt} EMF model: every node, property, label and
 * phandle reference with its source locations (a node merged from a .dtsi and a board .dts has
 * one location per definition).
 */
public final class DeviceTreeImport {

	private DeviceTreeImport() {
	}

	/** The live tree of {@code source} as a {@link DeviceTree}. */
	public static DeviceTree toModel(DeviceTreeSource source, CompilerOptions options) {
		return new DtImporter(new TreeIndex(source.tree())).run(source, options.includeDirs());
	}

	/**
	 * The options the kernel build uses for {@code file} when it lies in a tree with {@code include/}
	 * and {@code src/} (like the kernel's devicetree sources): {@code -I include -I <dir> -I src};
	 * otherwise the file's directory. {@code includeDirs} (-I) come first.
	 */
	public static CompilerOptions options(Path file, List<Path> includeDirs) {
		Path dir = file.toAbsolutePath().normalize().getParent();
		List<Path> dirs = new ArrayList<>(includeDirs);
		for (Path root = dir; root != null; root = root.getParent()) {
			if (Files.isDirectory(root.resolve("include")) && Files.isDirectory(root.resolve("src"))
					&& dir.startsWith(root.resolve("src"))) {
				dirs.addAll(CompilerOptions.kernel(root, dir).includeDirs());
				return CompilerOptions.defaults().withIncludeDirs(dirs);
			}
		}
		dirs.add(dir);
		return CompilerOptions.defaults().withIncludeDirs(dirs);
	}
}
