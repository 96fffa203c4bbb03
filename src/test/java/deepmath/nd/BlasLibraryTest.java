package deepmath.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which OpenBLAS the engine loads: the rule, and the products of the library each setting loads on this machine. */
class BlasLibraryTest {
    private static final Path PTHREAD = Path.of("/usr/lib/x86_64-linux-gnu/openblas-pthread");
    private static final Path OPENMP = Path.of("/usr/lib/x86_64-linux-gnu/openblas-openmp");

    private static Optional<Path> choose(String setting, String userLoad, Map<Path, List<String>> files) {
        return BlasLibrary.choose(setting, userLoad, List.of(OPENMP, PTHREAD),
                folder -> files.getOrDefault(folder, List.of()).stream().map(folder::resolve).toList());
    }

    @Test
    void autoTakesTheSystemsPthreadsBuildOfTheBundledReleaseOnly() {
        Map<Path, List<String>> debian = Map.of(PTHREAD, List.of("libblas.so.3", "libopenblasp-r0.3.21.so"),
                OPENMP, List.of("libopenblaso-r0.3.21.so"));
        Optional<Path> expected = Optional.of(PTHREAD.resolve("libopenblasp-r0.3.21.so"));
        assertEquals(expected, choose(null, null, debian));
        assertEquals(expected, choose("", null, debian));
        assertEquals(expected, choose(" AUTO ", null, debian));
        assertEquals(expected, choose("system", null, debian));
        Map<Path, List<String>> newer = Map.of(PTHREAD, List.of("libopenblasp-r0.3.26.so"));
        assertEquals(Optional.empty(), choose("auto", null, newer), "another release is not taken by default");
        assertEquals(Optional.of(PTHREAD.resolve("libopenblasp-r0.3.26.so")), choose("system", null, newer));
        assertEquals(Optional.empty(), choose(null, null, Map.of(OPENMP, List.of("libopenblaso-r0.3.21.so"))),
                "never the OpenMP build");
        assertEquals(Optional.empty(), choose(null, null, Map.of()));
    }

    @Test
    void bundledAndTheUsersOwnLoadPropertyKeepTheirChoice() {
        Map<Path, List<String>> debian = Map.of(PTHREAD, List.of("libopenblasp-r0.3.21.so"));
        assertEquals(Optional.empty(), choose("bundled", null, debian));
        assertEquals(Optional.empty(), choose("auto", "mkl_rt", debian));
        assertEquals(Optional.empty(), choose("system", "openblas", debian));
        assertEquals("openblasp-r0.3.21", BlasLibrary.loadName(PTHREAD.resolve("libopenblasp-r0.3.21.so")));
    }

    /**
     * Each setting in a fresh JVM: the library it reports is the one the rule chose for this machine, and both
     * OpenBLAS copies' products (ND4J's mmul, Blas.gemm) equal the sum computed term by term in double.
     */
    @Test
    void eachSettingLoadsWhatItChoseAndMultipliesRight() throws Exception {
        boolean installed = Files.isRegularFile(PTHREAD.resolve("libopenblasp-r" + BlasLibrary.RELEASE + ".so"));
        float[][] ab = BlasLibraryProbe.operands();
        double[] expected = new double[BlasLibraryProbe.M * BlasLibraryProbe.N];
        for (int i = 0; i < BlasLibraryProbe.M; i++) {
            for (int j = 0; j < BlasLibraryProbe.N; j++) {
                double sum = 0;
                for (int p = 0; p < BlasLibraryProbe.K; p++) {
                    sum += (double) ab[0][i * BlasLibraryProbe.K + p] * ab[1][p * BlasLibraryProbe.N + j];
                }
                expected[i * BlasLibraryProbe.N + j] = sum;
            }
        }
        for (String setting : new String[] {"bundled", "auto"}) {
            Map<String, String> out = probe(setting);
            String library = setting.equals("auto") && installed ? "system" : "bundled";
            assertEquals(library, out.get("library"), "DEEPMATH_BLAS=" + setting);
            for (String path : new String[] {"nd4j", "blas"}) {
                String[] values = out.get(path).split(" ");
                assertEquals(expected.length, values.length);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], Float.parseFloat(values[i]), 1e-4 * (1 + Math.abs(expected[i])),
                            setting + " " + path + " at " + i);
                }
            }
        }
    }

    private static Map<String, String> probe(String setting) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlasLibraryProbe.class.getName()).redirectErrorStream(true);
        builder.environment().put(BlasLibrary.VARIABLE, setting);
        Process process = builder.start();
        Map<String, String> lines = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                all.append(line).append('\n');
                int eq = line.indexOf('=');
                if (eq > 0) {
                    lines.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the probe JVM did not finish");
        assertEquals(0, process.exitValue(), all.toString());
        assertTrue(lines.containsKey("library") && lines.containsKey("nd4j") && lines.containsKey("blas"), all.toString());
        return lines;
    }
}
