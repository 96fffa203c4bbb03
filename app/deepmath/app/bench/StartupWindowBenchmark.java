package deepmath.app.bench;

import deepmath.bench.BenchContext;
import deepmath.bench.Benchmark;
import deepmath.bench.Trial;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code startup-window}: the cold start as a user pays it, a fresh JVM per run that opens the window on a lab
 * ({@code gui --lab LAB --exit-when-shown}) and reports, from JVM start, when the frame's first pulse came
 * ({@code window_shown_ms}, and the CPU the process had used by then, {@code window_shown_cpu_ms}: what a loaded
 * machine does not inflate) and when the first lab was laid out ({@code lab_shown_ms}, {@code lab_shown_cpu_ms}).
 * The timed figure is the whole child process. Goal of issue 23: the window in ≤ 1.5 s.
 * <p>
 * With a {@code DISPLAY} (a desktop, or {@code xvfb-run -a}) the child uses it; without one it runs on Monocle's
 * headless platform (software rendering), said as {@code display=monocle}. {@code --param lab=KEY} picks the lab
 * (default surfaces), {@code --param jvm="-Xshare:off …"} adds JVM options to the child.
 */
public final class StartupWindowBenchmark implements Benchmark {
    private static final Pattern FIGURE = Pattern.compile("(window_shown_ms|window_shown_cpu_ms|lab_shown_ms|"
            + "lab_shown_cpu_ms)=([0-9]+)");

    @Override
    public String name() {
        return "startup-window";
    }

    @Override
    public String description() {
        return "Fresh JVM that opens the window on a lab and quits (--param lab=KEY, --param jvm=OPTIONS);"
                + " window_shown_ms from JVM start, goal <= 1500.";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int runs() {
        return 5;
    }

    @Override
    public Trial prepare(BenchContext context) {
        String lab = context.option("lab").orElse("surfaces");
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        context.option("jvm").ifPresent(options -> command.addAll(Arrays.asList(options.trim().split("\\s+"))));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "deepmath.app.Main", "gui", "--lab", lab,
                "--exit-when-shown"));
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        return new Trial() {
            @Override
            public void run() throws Exception {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                Map<String, Double> seen = new LinkedHashMap<>();
                StringBuilder output = new StringBuilder();
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        output.append(line).append('\n');
                        Matcher m = FIGURE.matcher(line);
                        while (m.find()) {
                            seen.put(m.group(1), Double.parseDouble(m.group(2)));
                        }
                    }
                }
                int exit = process.waitFor();
                if (exit != 0 || !seen.containsKey("window_shown_ms")) {
                    throw new IllegalStateException("the window's JVM failed (exit " + exit + "): "
                            + output.toString().strip().replaceAll("\\s*\\R\\s*", " | "));
                }
                seen.forEach((key, value) -> figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("lab", lab);
                p.put("display", display ? "x11" : "monocle");
                context.option("jvm").ifPresent(options -> p.put("jvm", options.trim().replaceAll("\\s+", ",")));
                // Every run is a cold JVM, so the warm-up counts as well.
                figures.forEach((key, values) -> p.put(key, String.format(Locale.ROOT, "%.0f", median(values))));
                return p;
            }
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
