package deepmath.gpt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a GPT-2 the user already has in the Hugging Face hub cache ({@code models--gpt2/snapshots/<rev>/}),
 * honouring {@code HF_HUB_CACHE} and {@code HF_HOME} as the hub does. Nothing is ever downloaded.
 */
public final class HuggingFaceCache {
    private final Path hub;

    public HuggingFaceCache(Path hub) {
        this.hub = hub;
    }

    /** The cache the {@code huggingface_hub} library would use for this user. */
    public static HuggingFaceCache forUser() {
        return new HuggingFaceCache(hubFolder(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    static Path hubFolder(Map<String, String> env, Path home) {
        if (env.get("HF_HUB_CACHE") != null) {
            return Path.of(env.get("HF_HUB_CACHE"));
        }
        if (env.get("HF_HOME") != null) {
            return Path.of(env.get("HF_HOME"), "hub");
        }
        return home.resolve(".cache").resolve("huggingface").resolve("hub");
    }

    public Path hub() {
        return hub;
    }

    /** The newest snapshot of {@code repo} (e.g. "gpt2") that holds both checkpoint files. */
    public Optional<Path> snapshot(String repo) {
        Path snapshots = hub.resolve("models--" + repo.replace("/", "--")).resolve("snapshots");
        if (!Files.isDirectory(snapshots)) {
            return Optional.empty();
        }
        try (Stream<Path> revisions = Files.list(snapshots)) {
            return revisions.filter(Gpt2Checkpoint::looksLikeCheckpoint)
                    .max(Comparator.comparingLong(HuggingFaceCache::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
