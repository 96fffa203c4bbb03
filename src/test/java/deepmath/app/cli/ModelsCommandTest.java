package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.HuggingFaceCache;
import deepmath.hub.FakeHub;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models pull} and {@code models list} against the loopback Hub: output, progress lines, exit codes. */
class ModelsCommandTest {
    @TempDir
    Path dir;

    FakeHub hub;
    Path cache;

    @BeforeEach
    void start() throws Exception {
        hub = new FakeHub();
        hub.addTinyGpt2("gpt2", dir);
        cache = dir.resolve("hub");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private CliTest.Run pull(String repo, String... more) {
        String[] args = new String[5 + more.length];
        String[] head = {"models", "pull", repo, "--endpoint=" + hub.url() + "/", "--cache=" + cache};
        System.arraycopy(head, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return CliTest.run(args);
    }

    @Test
    void pullPrintsTheSnapshotAndAFewProgressLinesThenListShowsIt() throws Exception {
        CliTest.Run run = pull("gpt2");
        assertEquals(0, run.exit(), run.err());
        Path snapshot = cache.resolve("models--gpt2/snapshots/" + FakeHub.COMMIT);
        assertEquals(snapshot.toString(), run.out().strip());
        assertEquals(snapshot, new HuggingFaceCache(cache).snapshot("gpt2").orElseThrow());
        long lines = run.err().lines().count();
        assertTrue(lines >= 2 && lines <= 22, "a line per 5 %, not per chunk:\n" + run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("100% ")), run.err());

        CliTest.Run list = CliTest.run("models", "list", "--cache", cache.toString());
        assertEquals(0, list.exit(), list.err());
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertEquals(cache.toString(), json.get("cache").asText());
        JsonNode model = json.get("models").get(0);
        assertEquals("gpt2", model.get("repo").asText());
        long bytes = 0;
        for (String f : new String[] {"config.json", "model.safetensors", "vocab.json", "merges.txt"}) {
            bytes += Files.size(snapshot.resolve(f));
        }
        assertEquals(bytes, model.get("bytes").asLong());
        JsonNode s = model.get("snapshots").get(0);
        assertEquals(FakeHub.COMMIT, s.get("commit").asText());
        assertEquals("main", s.get("refs").get(0).asText());
        assertEquals("[\"config.json\",\"merges.txt\",\"model.safetensors\",\"vocab.json\"]", s.get("files").toString());
        assertTrue(s.get("complete").asBoolean());
    }

    @Test
    void anEmptyCacheListsNoModels() throws Exception {
        CliTest.Run list = CliTest.run("models", "list", "--cache", dir.resolve("none").toString());
        assertEquals(0, list.exit(), list.err());
        assertEquals(0, new ObjectMapper().readTree(list.out()).get("models").size());
    }

    @Test
    void refusalsExitTwoAndFailuresExitOneInOneLine() throws Exception {
        CliTest.Run unknown = pull("nobody/nothing");
        assertEquals(2, unknown.exit());
        assertEquals("deepmath-lab: no repository nobody/nothing on " + hub.url() + " (or it is private or gated: set"
                + " HF_TOKEN to a Hugging Face access token that can read it)", unknown.err().strip());
        CliTest.Run badId = pull("../etc");
        assertEquals(2, badId.exit());
        assertTrue(badId.err().startsWith("deepmath-lab: '../etc' is not a Hugging Face repository id"), badId.err());
        CliTest.Run badEndpoint = CliTest.run("models", "pull", "gpt2", "--endpoint", "ftp://x", "--cache",
                cache.toString());
        assertEquals(2, badEndpoint.exit());
        assertEquals("deepmath-lab: the Hub endpoint must be an http:// or https:// URL (--endpoint or HF_ENDPOINT),"
                + " got 'ftp://x'", badEndpoint.err().strip());
        CliTest.Run noSub = CliTest.run("models");
        assertEquals(2, noSub.exit());

        hub.cutFile = Gpt2Checkpoint.WEIGHTS;
        hub.cutAt = 1000;
        CliTest.Run cut = pull("gpt2");
        assertEquals(1, cut.exit());
        String last = cut.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("deepmath-lab: connection lost while downloading model.safetensors"), "[" + cut.err() + "]");
        assertEquals(0, pull("gpt2").exit(), "the next run resumes");
    }

    @Test
    void attentionTakesARepoIdAndSaysHowToDownloadOneThatIsNotCached() {
        CliTest.Run run = CliTest.run("attention", "--model", "deepmath-test/surely-not-cached-xyz", "--text", "hi");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("deepmath-lab: 'deepmath-test/surely-not-cached-xyz' is neither a folder nor"
                + " a model in the Hugging Face cache ("), run.err());
        assertTrue(run.err().strip().endsWith("run 'deepmath-lab models pull deepmath-test/surely-not-cached-xyz' to"
                + " download it"), run.err());
    }
}
