package deepmath.gpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Hugging Face hub cache as {@code huggingface_hub} lays it out, so that transformers and the lab share one copy:
 * {@code models--{org}--{name}/blobs/{etag}} (the files' contents), {@code snapshots/{commit}/{file}} (links to the
 * blobs), {@code refs/{revision}} (the commit a branch or tag pointed to when last downloaded). Finds a GPT-2 the
 * user already has there; {@code deepmath.hub.HubPull} writes into it.
 */
public final class HuggingFaceCache {
    /** A full git commit hash: a revision given as one needs no {@code refs/} file. */
    public static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private final Path hub;

    public HuggingFaceCache(Path hub) {
        this.hub = hub;
    }

    /** The cache the {@code huggingface_hub} library would use for this user. */
    public static HuggingFaceCache forUser() {
        return forEnvironment(System.getenv());
    }

    /** The cache for these environment variables (tests give their own map). */
    public static HuggingFaceCache forEnvironment(Map<String, String> env) {
        return new HuggingFaceCache(hubFolder(env, Path.of(System.getProperty("user.home"))));
    }

    /**
     * {@code HF_HUB_CACHE}, else the legacy {@code HUGGINGFACE_HUB_CACHE}, else {@code $HF_HOME/hub}, where
     * {@code HF_HOME} defaults to {@code $XDG_CACHE_HOME/huggingface} and that to {@code ~/.cache/huggingface}
     * (huggingface_hub's constants.py; a leading {@code ~} is the home folder there too).
     */
    public static Path hubFolder(Map<String, String> env, Path home) {
        String hubCache = set(env, "HF_HUB_CACHE");
        if (hubCache == null) {
            hubCache = set(env, "HUGGINGFACE_HUB_CACHE");
        }
        if (hubCache != null) {
            return expand(hubCache, home);
        }
        if (set(env, "HF_HOME") != null) {
            return expand(set(env, "HF_HOME"), home).resolve("hub");
        }
        Path cache = set(env, "XDG_CACHE_HOME") != null ? expand(set(env, "XDG_CACHE_HOME"), home)
                : home.resolve(".cache");
        return cache.resolve("huggingface").resolve("hub");
    }

    private static String set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Path expand(String path, Path home) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }

    public Path hub() {
        return hub;
    }

    /** {@code models--gpt2} for {@code gpt2}, {@code models--openai-community--gpt2} for {@code openai-community/gpt2}. */
    public static String folderName(String repo) {
        return "models--" + repo.replace("/", "--");
    }

    /** The repository's folder in the cache (it may not exist). */
    public Path repoFolder(String repo) {
        return hub.resolve(folderName(repo));
    }

    /** The commit {@code revision} stands for in the cache: itself for a commit hash, else its {@code refs/} file. */
    public Optional<String> commit(String repo, String revision) {
        if (COMMIT.matcher(revision).matches()) {
            return Optional.of(revision);
        }
        Path ref = repoFolder(repo).resolve("refs").resolve(revision);
        try {
            String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
            return COMMIT.matcher(commit).matches() ? Optional.of(commit) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The snapshot of {@code repo} at {@code revision} if it holds both checkpoint files. */
    public Optional<Path> snapshot(String repo, String revision) {
        return commit(repo, revision).map(c -> repoFolder(repo).resolve("snapshots").resolve(c))
                .filter(Gpt2Checkpoint::looksLikeCheckpoint);
    }

    /**
     * The snapshot of {@code repo} (e.g. "gpt2") that {@code refs/main} names, else the newest one, that holds both
     * checkpoint files. A snapshot the lab is still writing has no weights link yet (it is made last), so it is
     * never taken half-made.
     */
    public Optional<Path> snapshot(String repo) {
        Optional<Path> main = snapshot(repo, "main");
        if (main.isPresent()) {
            return main;
        }
        Path snapshots = repoFolder(repo).resolve("snapshots");
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
