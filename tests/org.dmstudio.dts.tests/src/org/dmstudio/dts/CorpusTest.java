package org.dmstudio.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.dmstudio.dts.livetree.LiveTree;
import org.junit.jupiter.api.Test;

/**
 * The real kernel sources: every rockchip and mediatek board and overlay must
 * compile byte-identical to the kernel's {@code cpp | dtc} (Debian dtc 1.6.1),
 * with and without {@code -@}.
 */
class CorpusTest {
    private static final String[] DIRS = {"src/arm64/rockchip", "src/arm64/mediatek"};

    private record Outcome(Path file, String plainDiff, String symbolsDiff, String error) {
    }

    private static List<Path> inputs(Path corpus) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : DIRS) {
            try (Stream<Path> s = Files.list(corpus.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".dts") || p.toString().endsWith(".dtso")).sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static List<Path> includeDirs(Path corpus, Path file) {
        return List.of(corpus.resolve("include"), file.getParent(), corpus.resolve("src"));
    }

    /** cpp once, then dtc for each requested output. */
    private static byte[][] reference(Path corpus, Path file, String format, boolean... symbols)
            throws IOException, InterruptedException {
        Path pre = Files.createTempFile("dmstudio-corpus", ".pre");
        try {
            List<String> cpp = new ArrayList<>(List.of("cpp", "-nostdinc"));
            for (Path d : includeDirs(corpus, file)) {
                cpp.add("-I");
                cpp.add(d.toString());
            }
            cpp.addAll(List.of("-undef", "-D__DTS__", "-x", "assembler-with-cpp", file.toString(), "-o", pre.toString()));
            TestSupport.run(corpus, cpp.toArray(new String[0]));
            byte[][] out = new byte[symbols.length][];
            for (int i = 0; i < symbols.length; i++) {
                List<String> dtc = new ArrayList<>(List.of("dtc", "-q", "-i", file.getParent().toString(), "-I", "dts",
                        "-O", format));
                if (symbols[i]) {
                    dtc.add("-@");
                }
                dtc.add(pre.toString());
                out[i] = TestSupport.run(corpus, dtc.toArray(new String[0]));
            }
            return out;
        } finally {
            Files.deleteIfExists(pre);
        }
    }

    private static DeviceTreeSource compile(Path corpus, Path file, boolean symbols) {
        CompilerOptions o = CompilerOptions.defaults().withIncludeDirs(includeDirs(corpus, file)).withSymbols(symbols);
        return new DtsCompiler(o).compile(file);
    }

    @Test
    void everyBoardAndOverlayIsByteIdenticalToDtc() throws Exception {
        Path corpus = TestSupport.corpus();
        TestSupport.requireTools("cpp", "dtc");
        List<Path> files = inputs(corpus);
        assertTrue(files.size() > 300, "corpus looks incomplete: " + files.size() + " files");
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> {
                try {
                    byte[][] ref = reference(corpus, f, "dtb", false, true);
                    DeviceTreeSource plain = compile(corpus, f, false);
                    DeviceTreeSource sym = compile(corpus, f, true);
                    String err = plain.hasErrors() ? plain.errors().toString() : null;
                    return new Outcome(f, TestSupport.firstDifference(plain.toDtb(), ref[0]),
                            TestSupport.firstDifference(sym.toDtb(), ref[1]), err);
                } catch (IOException e) {
                    return new Outcome(f, "reference failed", "reference failed", e.getMessage());
                }
            }));
        }
        pool.shutdown();
        int plainOk = 0;
        int symOk = 0;
        List<String> problems = new ArrayList<>();
        for (Future<Outcome> fu : futures) {
            Outcome o = fu.get();
            plainOk += o.plainDiff() == null ? 1 : 0;
            symOk += o.symbolsDiff() == null ? 1 : 0;
            if (o.plainDiff() != null || o.symbolsDiff() != null || o.error() != null) {
                problems.add(corpus.relativize(o.file()) + ": without -@: "
                        + (o.plainDiff() == null ? "identical" : o.plainDiff()) + "; with -@: "
                        + (o.symbolsDiff() == null ? "identical" : o.symbolsDiff())
                        + (o.error() != null ? "; errors: " + o.error() : ""));
            }
        }
        int n = files.size();
        System.out.printf("dtb identical: %d/%d without -@, %d/%d with -@ (%d boards+overlays, %.1f s)%n", plainOk, n,
                symOk, n, n, (System.nanoTime() - start) / 1e9);
        if (!problems.isEmpty()) {
            fail(problems.size() + " mismatches; first: " + problems.get(0));
        }
    }

    @Test
    void readingDtcBlobsGivesTheSameTreeBack() throws Exception {
        Path corpus = TestSupport.corpus();
        TestSupport.requireTools("cpp", "dtc");
        for (String name : List.of("rockchip/rk3588-rock-5b.dts", "mediatek/mt8195-cherry-tomato-r2.dts",
                "rockchip/rk3568-wolfvision-pf5-display-vz.dtso")) {
            Path f = corpus.resolve("src/arm64/" + name);
            byte[][] ref = reference(corpus, f, "dtb", false, true);
            for (int i = 0; i < 2; i++) {
                LiveTree read = DeviceTreeBlob.read(ref[i]);
                DeviceTreeSource compiled = compile(corpus, f, i == 1);
                TestSupport.assertSameTree(compiled.tree(), read, i == 1);
                assertArrayEquals(ref[i], DeviceTreeBlob.write(read), name + ": read then written again");
            }
            LiveTree withSymbols = DeviceTreeBlob.read(ref[1]);
            assertEquals(compiled(corpus, f).tree().nodes().stream().mapToInt(n -> n.labels().size()).sum(),
                    withSymbols.nodes().stream().mapToInt(n -> n.labels().size()).sum(), name + ": labels");
        }
    }

    private static DeviceTreeSource compiled(Path corpus, Path f) {
        return compile(corpus, f, true);
    }

    @Test
    void sourceWriterMatchesDtc() throws Exception {
        Path corpus = TestSupport.corpus();
        TestSupport.requireTools("cpp", "dtc");
        for (String name : List.of("rockchip/rk3588-rock-5b.dts", "mediatek/mt8195-cherry-tomato-r2.dts",
                "rockchip/rk3399-gru-kevin.dts", "rockchip/rk3568-wolfvision-pf5-display-vz.dtso")) {
            Path f = corpus.resolve("src/arm64/" + name);
            byte[][] ref = reference(corpus, f, "dts", false, true);
            assertEquals(new String(ref[0], StandardCharsets.ISO_8859_1), compile(corpus, f, false).toDts(), name);
            assertEquals(new String(ref[1], StandardCharsets.ISO_8859_1), compile(corpus, f, true).toDts(),
                    name + " -@");
        }
    }

    @Test
    void dtbToDtsMatchesDtcForBlobsWithoutSymbols() throws Exception {
        Path corpus = TestSupport.corpus();
        TestSupport.requireTools("cpp", "dtc");
        Path f = corpus.resolve("src/arm64/rockchip/rk3588-rock-5b.dts");
        byte[] dtb = reference(corpus, f, "dtb", false)[0];
        Path tmp = Files.createTempFile("dmstudio", ".dtb");
        try {
            Files.write(tmp, dtb);
            byte[] ref = TestSupport.run(corpus, "dtc", "-q", "-I", "dtb", "-O", "dts", tmp.toString());
            assertEquals(new String(ref, StandardCharsets.ISO_8859_1), DeviceTreeBlob.toDts(DeviceTreeBlob.read(dtb)));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
