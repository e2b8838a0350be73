package org.dmstudio.dts.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.dts.CompilerOptions;
import org.dmstudio.dts.DeviceTreeSource;
import org.dmstudio.dts.DtsCompiler;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.junit.jupiter.api.Assumptions;

/** Test data, the kernel corpus, and lookups in derived boards. */
final class ModelTestSupport {
	private ModelTestSupport() {
	}

	static Path data(String name) {
		return Path.of(System.getProperty("dmstudio.bundle.dir", System.getProperty("user.dir")), "data", "model", name)
				.toAbsolutePath();
	}

	static DerivedBoard derive(Path file, FwDevlink fwDevlink) {
		CompilerOptions options = DeviceTreeImport.options(file, List.of());
		DeviceTreeSource source = new DtsCompiler(options).compile(file);
		return new DriverModelDerivation(fwDevlink).derive(source, options);
	}

	/** The kernel corpus (-Ddmstudio.corpus, else shared/dts-corpus above user.dir); skips visibly when absent. */
	static Path corpus() {
		List<String> looked = new ArrayList<>();
		String prop = System.getProperty("dmstudio.corpus");
		if (prop != null && Files.isDirectory(Path.of(prop, "src"))) {
			return Path.of(prop).toAbsolutePath();
		}
		if (prop != null) {
			looked.add(prop);
		}
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path c = dir.resolve("shared/dts-corpus");
			looked.add(c.toString());
			if (Files.isDirectory(c.resolve("src"))) {
				return c;
			}
		}
		String message = "devicetree corpus not found (set -Ddmstudio.corpus); looked in " + String.join(", ", looked);
		System.err.println("SKIPPED: " + message);
		Assumptions.assumeTrue(false, message);
		return null;
	}

	static Device device(Board board, String name) {
		return board.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no device " + name + " in " + board.getDevices().stream().map(Device::getName).toList()));
	}

	static List<DeviceLink> links(Board board, String consumer, String supplier) {
		return board.getLinks().stream()
				.filter(l -> l.getConsumer().getName().equals(consumer) && l.getSupplier().getName().equals(supplier)).toList();
	}
}
