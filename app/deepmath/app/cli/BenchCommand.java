package deepmath.app.cli;

import deepmath.bench.BenchContext;
import deepmath.bench.Benchmark;
import deepmath.bench.BenchmarkResult;
import deepmath.bench.BenchmarkRunner;
import deepmath.core.BadInputException;
import deepmath.gpt.HuggingFaceCache;
import deepmath.hub.ModelLocation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab bench [NAME...]}: runs benchmarks in this JVM and prints one line each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the registered benchmarks (all of them without NAME): warm-up runs, then timed runs,",
                "one line each: NAME key=value ... runs=N min_ms=X median_ms=Y."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Benchmarks to run (see --list).")
    List<String> names = new ArrayList<>();

    @Option(names = "--list", description = "List the benchmarks with what they measure, and run none.")
    boolean list;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up runs (default: each benchmark's own).")
    Integer warmups;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs (default: each benchmark's own).")
    Integer runs;

    @Option(names = "--model", paramLabel = "DIR|REPO",
            description = "Model folder, or a Hub repo id in the Hugging Face cache, for the benchmarks that read one.")
    String model;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Extra option for a benchmark.")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Benchmark> all = BenchmarkCatalog.all();
        if (list) {
            int width = all.stream().mapToInt(b -> b.name().length()).max().orElse(0);
            all.forEach(b -> out.printf("%-" + width + "s  %s%n", b.name(), b.description()));
            out.flush();
            return Cli.OK;
        }
        if ((warmups != null && warmups < 0) || (runs != null && runs < 1)) {
            throw new BadInputException("--warmup must be >= 0 and --runs >= 1");
        }
        List<Benchmark> chosen = choose(all);
        Map<String, String> options = new LinkedHashMap<>(params);
        if (model != null) {
            // A repo id (gpt2) is taken from the Hugging Face cache, as attention --model does.
            options.put("model", ModelLocation.resolve(model, HuggingFaceCache.forUser()).toString());
        }
        BenchmarkRunner runner = new BenchmarkRunner(new BenchContext(options), warmups, runs);
        for (Benchmark benchmark : chosen) {
            BenchmarkResult result = runner.run(benchmark);
            out.println(result.line());
            out.flush();
        }
        return Cli.OK;
    }

    private List<Benchmark> choose(List<Benchmark> all) {
        if (names.isEmpty()) {
            return all;
        }
        Map<String, Benchmark> byName = all.stream()
                .collect(Collectors.toMap(Benchmark::name, b -> b, (a, b) -> a, LinkedHashMap::new));
        List<Benchmark> chosen = new ArrayList<>();
        for (String name : names) {
            Benchmark benchmark = byName.get(name);
            if (benchmark == null) {
                throw new BadInputException("unknown benchmark '" + name + "' (known: "
                        + String.join(", ", byName.keySet()) + ")");
            }
            chosen.add(benchmark);
        }
        return chosen;
    }
}
