package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dmstudio.dts.livetree.LiveTree;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;
import org.junit.jupiter.api.Assumptions;

/** Locating test data, the kernel corpus and the reference tools. */
final class TestSupport {
    private TestSupport() {
    }

    static Path dataDir() {
        return Path.of(System.getProperty("dmstudio.bundle.dir", System.getProperty("user.dir")), "data")
                .toAbsolutePath();
    }

    static Path data(String relative) {
        return dataDir().resolve(relative);
    }

    /** Options for the small test files: {@code -I data/include -I <dir of file>}. */
    static CompilerOptions options(Path file) {
        return CompilerOptions.defaults().withIncludeDirs(List.of(data("include"), file.getParent()));
    }

    static DeviceTreeSource compile(String relative) {
        Path f = data(relative);
        return new DtsCompiler(options(f)).compile(f);
    }

    static void skip(String message) {
        System.err.println("SKIPPED: " + message);
        Assumptions.assumeTrue(false, message);
    }

    /** The kernel corpus: property {@code dmstudio.corpus}, else {@code shared/dts-corpus} above user.dir. */
    static Path corpus() {
        String prop = System.getProperty("dmstudio.corpus");
        List<String> looked = new ArrayList<>();
        if (prop != null) {
            Path p = Path.of(prop);
            if (Files.isDirectory(p.resolve("src"))) {
                return p.toAbsolutePath();
            }
            looked.add(p.toString());
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared/dts-corpus");
            looked.add(c.toString());
            if (Files.isDirectory(c.resolve("src"))) {
                return c;
            }
        }
        skip("devicetree corpus not found (set -Ddmstudio.corpus); looked in " + String.join(", ", looked));
        return null;
    }

    static void requireTools(String... tools) {
        for (String tool : tools) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                }
            }
            if (!found) {
                skip("'" + tool + "' not found on PATH; the reference comparison needs it");
            }
        }
    }

    /** Runs a reference tool; returns its stdout, fails with its stderr. */
    static byte[] run(Path workDir, String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("dmstudio-tool", ".err");
        Path out = Files.createTempFile("dmstudio-tool", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timeout: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(err));
            }
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(out);
        }
    }

    /** What the kernel build does: cpp then dtc, with the same include directories as {@link #options}. */
    static byte[] referenceDtb(Path root, List<Path> includeDirs, Path file, boolean symbols, String format)
            throws IOException, InterruptedException {
        Path pre = Files.createTempFile("dmstudio-ref", ".pre");
        try {
            List<String> cpp = new ArrayList<>(List.of("cpp", "-nostdinc"));
            for (Path d : includeDirs) {
                cpp.add("-I");
                cpp.add(d.toString());
            }
            cpp.addAll(List.of("-undef", "-D__DTS__", "-x", "assembler-with-cpp", file.toString(), "-o", pre.toString()));
            run(root, cpp.toArray(new String[0]));
            List<String> dtc = new ArrayList<>(List.of("dtc", "-q", "-i", file.getParent().toString(), "-I", "dts",
                    "-O", format));
            if (symbols) {
                dtc.add("-@");
            }
            dtc.add(pre.toString());
            return run(root, dtc.toArray(new String[0]));
        } finally {
            Files.deleteIfExists(pre);
        }
    }

    /** First difference between two blobs, for a failure message. */
    static String firstDifference(byte[] mine, byte[] ref) {
        int i = 0;
        while (i < mine.length && i < ref.length && mine[i] == ref[i]) {
            i++;
        }
        if (i == mine.length && i == ref.length) {
            return null;
        }
        String what = i < 40 ? "header" : "body";
        return "first difference at byte offset " + i + " (" + what + "): ours "
                + (i < mine.length ? String.format("0x%02x", mine[i]) : "<end>") + ", dtc's "
                + (i < ref.length ? String.format("0x%02x", ref[i]) : "<end>") + "; sizes " + mine.length + " vs "
                + ref.length;
    }

    /** Asserts two trees have the same live nodes, properties (bytes) and, if asked, labels. */
    static void assertSameTree(LiveTree expected, LiveTree actual, boolean labels) {
        assertSameNode(expected.root(), actual.root(), labels);
        assertEquals(expected.memReserves().size(), actual.memReserves().size(), "memreserve count");
        for (int i = 0; i < expected.memReserves().size(); i++) {
            assertEquals(expected.memReserves().get(i).address(), actual.memReserves().get(i).address());
            assertEquals(expected.memReserves().get(i).size(), actual.memReserves().get(i).size());
        }
        assertEquals(expected.bootCpuid(), actual.bootCpuid(), "boot cpuid");
    }

    static void assertSameNode(Node e, Node a, boolean labels) {
        assertEquals(e.path(), a.path());
        if (labels) {
            assertEquals(e.labels(), a.labels(), "labels of " + e.path());
        }
        List<Property> ep = e.properties();
        List<Property> ap = a.properties();
        assertEquals(ep.stream().map(Property::name).toList(), ap.stream().map(Property::name).toList(),
                "properties of " + e.path());
        for (int i = 0; i < ep.size(); i++) {
            assertTrue(java.util.Arrays.equals(ep.get(i).value(), ap.get(i).value()),
                    "value of " + e.path() + ":" + ep.get(i).name());
        }
        List<Node> ec = e.children();
        List<Node> ac = a.children();
        assertEquals(ec.stream().map(Node::name).toList(), ac.stream().map(Node::name).toList(),
                "children of " + e.path());
        for (int i = 0; i < ec.size(); i++) {
            assertSameNode(ec.get(i), ac.get(i), labels);
        }
    }
}
