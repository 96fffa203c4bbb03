package deepmath.bench;

import deepmath.nd.Nd4jProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code startup}: the cold cost of the numeric engine as a user pays it, measured in a fresh JVM per run
 * (JVM start + ND4J native load + first op). The child also reports ND4J's own share.
 */
public final class StartupBenchmark implements Benchmark {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "Fresh JVM that loads ND4J and runs one op (the cost hidden behind the window at start-up).";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public Trial prepare(BenchContext context) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.bytedeco.javacpp.logger=slf4j", Nd4jProbe.class.getName());
        List<Double> nd4jMillis = new ArrayList<>();
        return new Trial() {
            @Override
            public void run() throws Exception {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String probeLine = null;
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("nd4j_init_ms=")) {
                            probeLine = line;
                        }
                    }
                }
                int exit = process.waitFor();
                if (exit != 0 || probeLine == null) {
                    throw new IllegalStateException("the ND4J probe JVM failed (exit " + exit + ")");
                }
                nd4jMillis.add(Double.parseDouble(probeLine.substring("nd4j_init_ms=".length())));
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("what", "jvm+nd4j");
                // Every run is a cold JVM, so the warm-up runs count as well for ND4J's own share.
                p.put("nd4j_init_ms", BenchmarkResult.format(Statistics.median(nd4jMillis)));
                return p;
            }
        };
    }
}
