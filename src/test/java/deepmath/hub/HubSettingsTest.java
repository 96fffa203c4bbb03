package deepmath.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.gpt.HuggingFaceCache;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment as huggingface_hub reads it, repository ids, ETags, the status line, and {@code --model}. */
class HubSettingsTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void theCacheFolderFollowsHuggingFaceHubsConstants() {
        assertEquals(HOME.resolve(".cache/huggingface/hub"), HuggingFaceCache.hubFolder(Map.of(), HOME));
        assertEquals(Path.of("/x/huggingface/hub"), HuggingFaceCache.hubFolder(Map.of("XDG_CACHE_HOME", "/x"), HOME));
        assertEquals(Path.of("/hf/hub"), HuggingFaceCache.hubFolder(Map.of("HF_HOME", "/hf", "XDG_CACHE_HOME", "/x"),
                HOME));
        assertEquals(HOME.resolve("hf/hub"), HuggingFaceCache.hubFolder(Map.of("HF_HOME", "~/hf"), HOME));
        assertEquals(Path.of("/old"), HuggingFaceCache.hubFolder(Map.of("HUGGINGFACE_HUB_CACHE", "/old",
                "HF_HOME", "/hf"), HOME));
        assertEquals(Path.of("/new"), HuggingFaceCache.hubFolder(Map.of("HF_HUB_CACHE", "/new",
                "HUGGINGFACE_HUB_CACHE", "/old"), HOME));
        assertEquals("models--openai-community--gpt2", HuggingFaceCache.folderName("openai-community/gpt2"));
    }

    @Test
    void endpointOfflineAndTokenComeFromTheEnvironment() {
        HubSettings plain = HubSettings.fromEnvironment(Map.of());
        assertEquals(URI.create("https://huggingface.co"), plain.endpoint());
        assertFalse(plain.offline());
        assertEquals(Optional.empty(), plain.token());
        HubSettings set = HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", "https://hf-mirror.example/",
                "HF_HUB_OFFLINE", "yes", "HF_TOKEN", " hf_abc\n"));
        assertEquals(URI.create("https://hf-mirror.example"), set.endpoint(), "trailing slash stripped");
        assertTrue(set.offline());
        assertEquals(Optional.of("hf_abc"), set.token());
        for (String value : new String[] {"1", "ON", "true", "Yes"}) {
            assertTrue(HubSettings.fromEnvironment(Map.of("HF_HUB_OFFLINE", value)).offline(), value);
        }
        for (String value : new String[] {"0", "off", "no", ""}) {
            assertFalse(HubSettings.fromEnvironment(Map.of("HF_HUB_OFFLINE", value)).offline(), value);
        }
        assertTrue(HubSettings.fromEnvironment(Map.of("TRANSFORMERS_OFFLINE", "1")).offline());
        assertEquals(Optional.of("old"), HubSettings.fromEnvironment(Map.of("HUGGING_FACE_HUB_TOKEN", "old")).token());
        assertThrows(BadInputException.class, () -> HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", "huggingface.co")));
    }

    @Test
    void repositoryIdsAreCheckedAsTheHubDoes() {
        for (String ok : new String[] {"gpt2", "distilgpt2", "gpt2-medium", "openai-community/gpt2", "a.b_c/d-e.1"}) {
            assertTrue(ModelRepo.isRepoId(ok), ok);
        }
        for (String bad : new String[] {"", "/gpt2", "a/b/c", "a--b", "../x", "a/..", "x.", "-x", "gpt 2",
                "a".repeat(97)}) {
            assertFalse(ModelRepo.isRepoId(bad), bad);
        }
        assertEquals("'a/b/c' is not a Hugging Face repository id (like gpt2, distilgpt2 or openai-community/gpt2-medium)",
                assertThrows(BadInputException.class, () -> new ModelRepo("a/b/c", "main")).getMessage());
        BadInputException revision = assertThrows(BadInputException.class, () -> new ModelRepo("gpt2", "../../etc"));
        assertEquals(HubProblem.BAD_REVISION, revision.inputProblem(), "the window words it from its errors bundle");
        assertEquals(List.of("../../etc"), revision.arguments());
        assertEquals("refs/pr/1", new ModelRepo("gpt2", "refs/pr/1").revision());
    }

    @Test
    void etagsAreNormalisedLikeHuggingFaceHub() {
        assertEquals("abc", FileMetadata.normalizeEtag("\"abc\""));
        assertEquals("abc", FileMetadata.normalizeEtag("W/\"abc\""));
        assertEquals("abc", FileMetadata.normalizeEtag("abc"));
        String sha = "a".repeat(64);
        assertTrue(new FileMetadata("w", "c", sha, 1, URI.create("http://x"), true).checkable());
        assertFalse(new FileMetadata("w", "c", sha, 1, URI.create("http://x"), false).checkable(),
                "a git file's ETag is a SHA-1 of the git blob, not checked");
    }

    @Test
    void theStatusLineGivesBytesRateAndTimeLeft() {
        long[] now = {0};
        TransferMeter meter = new TransferMeter(10_000_000, 2_000_000, () -> now[0]);
        assertEquals("w: 2.0 MB of 10.0 MB", HubMessages.status(meter.status("w", 2_000_000)), "nothing yet this run");
        now[0] = 2_000_000_000L; // 2 s later, 3 MB more: 1.5 MB/s, 5 MB left → 4 s
        assertEquals("w: 5.0 MB of 10.0 MB, 1.5 MB/s, 4 s left", HubMessages.status(meter.status("w", 5_000_000)));
        assertEquals("999 B", HubMessages.bytes(999));
        assertEquals("548.1 MB", HubMessages.bytes(548_105_171));
        assertEquals("2 min 47 s", HubMessages.duration(167));
        assertEquals("1 h 1 min", HubMessages.duration(3_660));
    }

    @Test
    void modelTakesAFolderFirstThenARepoIdFromTheCache(@TempDir Path dir) throws Exception {
        HuggingFaceCache cache = new HuggingFaceCache(dir.resolve("hub"));
        Path folder = Files.createDirectories(dir.resolve("mine"));
        assertEquals(folder, ModelLocation.resolve(folder.toString(), cache));
        Path missing = dir.resolve("nothing");
        assertEquals(missing, ModelLocation.resolve(missing.toString(), cache), "the checkpoint reader names it");
        BadInputException absent = assertThrows(BadInputException.class, () -> ModelLocation.resolve("gpt2", cache));
        assertEquals("'gpt2' is neither a folder nor a model in the Hugging Face cache (" + cache.hub() + "): run"
                + " 'deepmath-lab models pull gpt2' to download it", absent.getMessage());
        String commit = "0".repeat(40);
        Path snapshot = Files.createDirectories(cache.repoFolder("gpt2").resolve("snapshots").resolve(commit));
        Files.writeString(snapshot.resolve("config.json"), "{}");
        assertThrows(BadInputException.class, () -> ModelLocation.resolve("gpt2", cache), "no weights: not a model");
        Files.writeString(snapshot.resolve("model.safetensors"), "");
        assertEquals(snapshot, ModelLocation.resolve("gpt2", cache));
        Files.createDirectories(cache.repoFolder("gpt2").resolve("refs"));
        Files.writeString(cache.repoFolder("gpt2").resolve("refs/main"), "f".repeat(40));
        assertEquals(snapshot, ModelLocation.resolve("gpt2", cache), "a ref to a missing snapshot: the newest one");
    }
}
