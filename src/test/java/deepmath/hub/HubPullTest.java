package deepmath.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.Errors;
import deepmath.core.FileWriteException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.HuggingFaceCache;
import deepmath.gpt.LoadedGpt2;
import deepmath.nd.Nd4jRuntime;
import deepmath.testing.SmallDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HubPull} against {@link FakeHub} on the loopback: the cache it writes, and every fault. */
class HubPullTest {
    @TempDir
    Path dir;

    FakeHub hub;
    FakeHub.Repo gpt2;
    Path cache;

    @BeforeEach
    void start() throws Exception {
        hub = new FakeHub();
        gpt2 = hub.addTinyGpt2("gpt2", dir);
        cache = dir.resolve("hf/hub");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private HubSettings settings(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("HF_ENDPOINT", hub.url(), "HF_HOME", dir.resolve("hf").toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return HubSettings.fromEnvironment(env);
    }

    private Path pull(String repo) throws Exception {
        return new HubPull(settings()).pull(new ModelRepo(repo, "main"), Progress.NONE);
    }

    private byte[] weights() {
        return gpt2.files.get(Gpt2Checkpoint.WEIGHTS);
    }

    private Path incompleteWeights() {
        return cache.resolve("models--gpt2/blobs/" + FakeHub.sha256(weights()) + ".incomplete");
    }

    @Test
    void aPullWritesTheHuggingFaceHubCacheLayoutThatTheLabsFinderReadsBack() throws Exception {
        Path snapshot = pull("gpt2");
        Path repo = cache.resolve("models--gpt2");
        assertEquals(repo.resolve("snapshots").resolve(FakeHub.COMMIT), snapshot);
        assertEquals(FakeHub.COMMIT, Files.readString(repo.resolve("refs/main")), "refs/main holds the commit alone");
        for (String file : List.of("config.json", "model.safetensors", "vocab.json", "merges.txt")) {
            byte[] bytes = gpt2.files.get(file);
            String etag = file.equals("model.safetensors") ? FakeHub.sha256(bytes) : FakeHub.gitSha1(bytes);
            Path pointer = snapshot.resolve(file);
            assertTrue(Files.isSymbolicLink(pointer), file);
            assertEquals(Path.of("../../blobs/" + etag), Files.readSymbolicLink(pointer), "relative link as the hub makes");
            assertArrayEquals(bytes, Files.readAllBytes(repo.resolve("blobs").resolve(etag)), file);
        }
        assertFalse(Files.exists(snapshot.resolve("tokenizer.json")), "a file the repo lacks (404) is skipped");
        assertTrue(Files.isRegularFile(repo.resolve(".no_exist/" + FakeHub.COMMIT + "/tokenizer.json")),
                "and marked as absent, as hf_hub_download marks it");
        try (var blobs = Files.list(repo.resolve("blobs"))) {
            assertEquals(4, blobs.count(), "no .incomplete left");
        }
        HuggingFaceCache finder = new HuggingFaceCache(cache);
        assertEquals(snapshot, finder.snapshot("gpt2").orElseThrow());
        assertEquals(snapshot, finder.snapshot("gpt2", FakeHub.COMMIT).orElseThrow());
        assertEquals(FakeHub.TINY, Gpt2Config.read(snapshot.resolve("config.json")));
        assertEquals(snapshot, ModelLocation.resolve("gpt2", finder));
        Nd4jRuntime.initialise();
        LoadedGpt2 loaded = LoadedGpt2.open(snapshot, Progress.NONE);
        assertEquals(FakeHub.TINY, loaded.model().config(), "the weights open through the links");
        assertEquals("gpt2", loaded.name());
        assertEquals(16, loaded.tokenizer().vocabularySize(), "the repo's own tokenizer files");
        assertEquals("[8]", java.util.Arrays.toString(loaded.tokenizer().encode("he")), "its merge 'h e' applies");
        // The weights came through the redirect to the CDN; the metadata from HEADs that did not follow it.
        assertTrue(hub.requests("GET").stream().anyMatch(r -> r.path().startsWith("/cdn/")));
        assertEquals(6, hub.requests("HEAD").size(), "config, weights, vocab, merges, tokenizer.json, generation_config");

        int gets = hub.requests("GET").size();
        assertEquals(snapshot, pull("gpt2"));
        assertEquals(gets, hub.requests("GET").size(), "a second pull downloads nothing");
    }

    @Test
    void aRenamedRepositoryIsFollowedByItsRelativeRedirectAndCachedUnderTheNameAsked() throws Exception {
        hub.renamed.put("gpt2-old", "gpt2");
        Path snapshot = pull("gpt2-old");
        assertEquals(cache.resolve("models--gpt2-old/snapshots/" + FakeHub.COMMIT), snapshot);
        assertArrayEquals(weights(), Files.readAllBytes(snapshot.resolve(Gpt2Checkpoint.WEIGHTS)));
        assertTrue(hub.requests("HEAD").stream().anyMatch(r -> r.path().startsWith("/gpt2/resolve/")));
    }

    @Test
    void aConnectionCutInTheWeightsIsResumedByTheNextRunWithARangeRequest() throws Exception {
        hub.cutFile = Gpt2Checkpoint.WEIGHTS;
        hub.cutAt = weights().length / 3;
        HubException cut = assertThrows(HubException.class, () -> pull("gpt2"));
        assertTrue(cut.getMessage().startsWith("connection lost while downloading model.safetensors"), cut.getMessage());
        assertTrue(cut.getMessage().endsWith("run the same command again to resume"), cut.getMessage());
        assertEquals(cut.getMessage(), Errors.oneLine(cut), "the user's line, not the socket's 'EOF reached'");
        long kept = Files.size(incompleteWeights());
        assertTrue(kept > 0 && kept <= hub.cutAt, "kept " + kept);
        assertTrue(new HuggingFaceCache(cache).snapshot("gpt2").isEmpty(), "no half snapshot");

        Path snapshot = pull("gpt2");
        assertTrue(hub.requests("GET").stream().anyMatch(r -> ("bytes=" + kept + "-").equals(r.range())),
                "the second run asked for the rest: " + hub.requests("GET"));
        assertArrayEquals(weights(), Files.readAllBytes(snapshot.resolve(Gpt2Checkpoint.WEIGHTS)));
        assertFalse(Files.exists(incompleteWeights()));
    }

    @Test
    void aServerThatIgnoresTheRangeSendsItAllAndTheFileStartsOver() throws Exception {
        hub.cutFile = Gpt2Checkpoint.WEIGHTS;
        hub.cutAt = weights().length / 2;
        assertThrows(HubException.class, () -> pull("gpt2"));
        assertTrue(Files.size(incompleteWeights()) > 0);
        hub.ignoreRange = true;
        Path snapshot = pull("gpt2");
        assertTrue(hub.requests("GET").stream().anyMatch(r -> r.range() != null), "it asked for a range");
        assertArrayEquals(weights(), Files.readAllBytes(snapshot.resolve(Gpt2Checkpoint.WEIGHTS)),
                "not the kept half followed by the whole file");
    }

    @Test
    void aSecondPullOfTheSameBlobWhileOneRunsIsRefused() throws Exception {
        hub.slowFile = Gpt2Checkpoint.WEIGHTS;
        AtomicBoolean cancel = new AtomicBoolean();
        Progress cancellable = new Progress() {
            @Override public void update(double done, double total) { }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        };
        Thread first = new Thread(() -> {
            try {
                new HubPull(settings()).pull(new ModelRepo("gpt2", "main"), cancellable);
            } catch (Exception | Error ignored) {
                // cancelled below
            }
        });
        first.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                while (!Files.exists(incompleteWeights())) {
                    Thread.sleep(20);
                }
            });
            HubException busy = assertThrows(HubException.class, () -> pull("gpt2"));
            assertTrue(busy.getMessage().startsWith("another download of model.safetensors is running (lock "),
                    busy.getMessage());
        } finally {
            cancel.set(true);
            first.join(10_000);
        }
    }

    @Test
    void aCorruptedByteIsRefusedAndThePartialFileDeleted() throws Exception {
        hub.corruptFile = Gpt2Checkpoint.WEIGHTS;
        HubException damaged = assertThrows(HubException.class, () -> pull("gpt2"));
        assertTrue(damaged.getMessage().startsWith("model.safetensors arrived damaged (its SHA-256 is "),
                damaged.getMessage());
        assertTrue(damaged.getMessage().contains("the Hub says " + FakeHub.sha256(weights())), damaged.getMessage());
        String french = new deepmath.app.task.ErrorText(new deepmath.viz.i18n.I18n(java.util.Locale.FRENCH)).of(damaged);
        assertTrue(french.startsWith("model.safetensors est arrivé abîmé (son SHA-256 est "), french);
        assertTrue(french.contains("le Hub annonce " + FakeHub.sha256(weights())), french);
        assertFalse(Files.exists(incompleteWeights()));
        assertFalse(Files.exists(cache.resolve("models--gpt2/blobs/" + FakeHub.sha256(weights()))));
        assertFalse(Files.exists(cache.resolve("models--gpt2/snapshots/" + FakeHub.COMMIT + "/model.safetensors")));
        hub.corruptFile = null;
        assertArrayEquals(weights(), Files.readAllBytes(pull("gpt2").resolve(Gpt2Checkpoint.WEIGHTS)));
    }

    @Test
    void missingRepositoriesRevisionsAndFilesAreBadInputInOneLine() throws Exception {
        BadInputException repo = assertThrows(BadInputException.class, () -> pull("nobody/nothing"));
        assertEquals("no repository nobody/nothing on " + hub.url() + " (or it is private or gated: set HF_TOKEN to a"
                + " Hugging Face access token that can read it)", repo.getMessage());
        BadInputException revision = assertThrows(BadInputException.class, () ->
                new HubPull(settings()).pull(new ModelRepo("gpt2", "v9"), Progress.NONE));
        assertEquals("gpt2 has no revision 'v9'", revision.getMessage());
        hub.addTinyGpt2("old-gpt2", dir).files.remove(Gpt2Checkpoint.WEIGHTS);
        BadInputException file = assertThrows(BadInputException.class, () -> pull("old-gpt2"));
        assertEquals("old-gpt2 has no model.safetensors at main (the lab reads GPT-2 checkpoints in safetensors"
                + " format)", file.getMessage());
        assertFalse(Files.exists(cache.resolve("models--old-gpt2/snapshots")));
    }

    @Test
    void aGatedRepositoryAsksForATokenAndOpensWithHfToken() throws Exception {
        hub.addTinyGpt2("org/gated", dir).token = "hf_secret";
        BadInputException refused = assertThrows(BadInputException.class, () -> pull("org/gated"));
        assertEquals("org/gated is gated: accept its conditions on " + hub.url() + "/org/gated, then set HF_TOKEN to"
                + " a Hugging Face access token that can read it", refused.getMessage());
        Path snapshot = new HubPull(settings("HF_TOKEN", "hf_secret")).pull(new ModelRepo("org/gated", "main"),
                Progress.NONE);
        assertEquals(cache.resolve("models--org--gated/snapshots/" + FakeHub.COMMIT), snapshot);
        assertTrue(hub.requests("HEAD").stream().anyMatch(r -> "Bearer hf_secret".equals(r.authorization())));
    }

    @Test
    void aRefusedTokenAndAForbiddenRepositoryAreSaidAsSuch() throws Exception {
        hub.addTinyGpt2("org/gated", dir).token = "hf_secret";
        BadInputException refused = assertThrows(BadInputException.class, () -> new HubPull(settings("HF_TOKEN",
                "hf_wrong")).pull(new ModelRepo("gpt2", "main"), Progress.NONE));
        assertEquals(hub.url() + " refused HF_TOKEN (invalid credentials): check the token or unset it",
                refused.getMessage());
        hub.addTinyGpt2("org/closed", dir).forbidden = true;
        BadInputException forbidden = assertThrows(BadInputException.class, () -> pull("org/closed"));
        assertEquals("access to org/closed is forbidden (403): set HF_TOKEN to a Hugging Face access token that can"
                + " read it", forbidden.getMessage());
    }

    @Test
    void cancellingASlowDownloadStopsItAndKeepsWhatArrived() throws Exception {
        hub.slowFile = Gpt2Checkpoint.WEIGHTS;
        AtomicBoolean cancel = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override public void update(double done, double total) {
                if (done > gpt2.files.get("config.json").length + 200) {
                    cancel.set(true);
                }
            }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(CancelledException.class, () ->
                new HubPull(settings()).pull(new ModelRepo("gpt2", "main"), progress)));
        long kept = Files.size(incompleteWeights());
        assertTrue(kept > 0 && kept < weights().length, "kept " + kept + " of " + weights().length);
        assertTrue(new HuggingFaceCache(cache).snapshot("gpt2").isEmpty());
    }

    @Test
    void aServerThatStopsSendingIsGivenUpWithAMessage() throws Exception {
        hub.silent = true;
        HubException stalled = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(HubException.class,
                () -> new HubPull(settings(), Duration.ofMillis(400)).pull(new ModelRepo("gpt2", "main"),
                        Progress.NONE)));
        assertTrue(stalled.getMessage().startsWith("the download of config.json stopped (nothing received for 0 s"),
                stalled.getMessage());
    }

    @Test
    void offlineModeNeverAsksTheHubAndTakesOnlyWhatIsCached() throws Exception {
        BadInputException offline = assertThrows(BadInputException.class, () ->
                new HubPull(settings("HF_HUB_OFFLINE", "1")).pull(new ModelRepo("gpt2", "main"), Progress.NONE));
        assertEquals("HF_HUB_OFFLINE is set and gpt2 (main) is not in " + cache + ": unset HF_HUB_OFFLINE to download it",
                offline.getMessage());
        assertTrue(hub.requests.isEmpty());
        Path snapshot = pull("gpt2");
        int before = hub.requests.size();
        assertEquals(snapshot, new HubPull(settings("HF_HUB_OFFLINE", "true")).pull(new ModelRepo("gpt2", "main"),
                Progress.NONE));
        assertEquals(before, hub.requests.size());
    }

    @Test
    void noNetworkIsAFailureInOneLine() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HubSettings closed = settings().withEndpoint("http://127.0.0.1:" + port);
        HubException e = assertThrows(HubException.class, () ->
                new HubPull(closed).pull(new ModelRepo("gpt2", "main"), Progress.NONE));
        assertEquals("cannot reach http://127.0.0.1:" + port + " (connection refused): no network?", e.getMessage());
        // the window says it in French, the reason included (it was the English message before)
        assertEquals("impossible de joindre http://127.0.0.1:" + port + " (connexion refusée) : pas de réseau ?",
                new deepmath.app.task.ErrorText(new deepmath.viz.i18n.I18n(java.util.Locale.FRENCH)).of(e));
    }

    @Test
    void aPullTooBigForTheDiskIsRefusedBeforeItStarts() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();
        FileWriteException full = assertThrows(FileWriteException.class, () -> HubPull.checkSpace(dir, free + 1_000_000_000L));
        assertTrue(full.getMessage().startsWith("cannot write " + dir + ": no space left on device ("), full.getMessage());
        assertTrue(full.getMessage().endsWith(" free)"), full.getMessage());
        String french = new deepmath.app.task.ErrorText(new deepmath.viz.i18n.I18n(java.util.Locale.FRENCH)).of(full);
        assertTrue(french.matches("impossible d’écrire .*: plus de place sur le disque \\(.* nécessaires, .* libres\\)"),
                french);
        HubPull.checkSpace(dir, 1); // room for one byte
    }

    @Test
    void aFullDiskIsAWriteFailureAndLeavesNoSnapshot() throws Exception {
        SmallDisk disk = SmallDisk.withRoom(weights().length / 2);
        HubSettings small = settings().withCache(disk.path(cache));
        FileWriteException full = assertThrows(FileWriteException.class, () ->
                new HubPull(small).pull(new ModelRepo("gpt2", "main"), Progress.NONE));
        assertTrue(full.getMessage().contains("no space left on device"), full.getMessage());
        assertTrue(new HuggingFaceCache(cache).snapshot("gpt2").isEmpty());
    }
}
