package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.bench.Benchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README.md says what the lab offers: its benchmark table names exactly the benchmarks {@code bench} runs
 * (eight were missing from it once), and {@code gui --lab} lists every lab.
 */
class ReadmeListsTest {
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    @Test
    void theBenchmarkTableNamesEveryBenchmarkOfTheRegistryAndNoOther() throws IOException {
        Set<String> registry = BenchmarkCatalog.all().stream().map(Benchmark::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> readme = new TreeSet<>();
        List<String> lines = readme();
        int header = lines.indexOf("| benchmark | what it times |");
        assertTrue(header >= 0, "README.md has no benchmark table");
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String firstColumn = lines.get(i).split("\\|")[1];
            Matcher m = NAME.matcher(firstColumn);
            while (m.find()) {
                readme.add(m.group(1));
            }
        }
        assertEquals(22, registry.size(), "the registry itself: " + registry);
        assertEquals(registry, readme);
    }

    @Test
    void theGuiCommandListsEveryLab() throws IOException {
        String gui = readme().stream().filter(l -> l.startsWith("| `deepmath-lab gui ")).findFirst().orElseThrow();
        Set<String> listed = new TreeSet<>();
        Matcher m = NAME.matcher(gui.substring(gui.indexOf("on a lab")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> labs = Arrays.stream(LabId.values()).map(LabId::key).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(listed.containsAll(labs), "README's gui --lab list " + listed + " misses some of " + labs);
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    }
}
