package deepmath.hub;

import deepmath.gpt.HuggingFaceCache;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the Hub is and where its files go, read from the environment variables huggingface_hub reads
 * ({@code constants.py}): {@code HF_ENDPOINT} (default {@code https://huggingface.co}), the cache
 * ({@code HF_HUB_CACHE}, {@code HF_HOME}), {@code HF_HUB_OFFLINE} (or {@code TRANSFORMERS_OFFLINE}: 1, on, yes,
 * true) and the token {@code HF_TOKEN} (or the older {@code HUGGING_FACE_HUB_TOKEN}) for gated or private repos.
 * The environment is a parameter (default {@link System#getenv()}) because a test cannot set its own.
 */
public record HubSettings(URI endpoint, HuggingFaceCache cache, boolean offline, Optional<String> token) {
    public static final String DEFAULT_ENDPOINT = "https://huggingface.co";
    private static final Set<String> TRUE = Set.of("1", "ON", "YES", "TRUE");

    public static HubSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static HubSettings fromEnvironment(Map<String, String> env) {
        String endpoint = env.getOrDefault("HF_ENDPOINT", DEFAULT_ENDPOINT);
        boolean offline = isTrue(env.get("HF_HUB_OFFLINE")) || isTrue(env.get("TRANSFORMERS_OFFLINE"));
        String token = env.get("HF_TOKEN");
        if (token == null || token.isBlank()) {
            token = env.get("HUGGING_FACE_HUB_TOKEN");
        }
        return new HubSettings(endpoint(endpoint), HuggingFaceCache.forEnvironment(env), offline,
                Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty()));
    }

    /** The same settings with another endpoint (the command line's {@code --endpoint}). */
    public HubSettings withEndpoint(String url) {
        return new HubSettings(endpoint(url), cache, offline, token);
    }

    /** The same settings with another cache folder (the command line's {@code --cache}). */
    public HubSettings withCache(Path hub) {
        return new HubSettings(endpoint, new HuggingFaceCache(hub), offline, token);
    }

    /** An http(s) URL without trailing slash, as huggingface_hub strips it; anything else is the user's mistake. */
    static URI endpoint(String text) {
        String url = text.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw HubMessages.badEndpoint(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw HubMessages.badEndpoint(text);
        }
        return uri;
    }

    private static boolean isTrue(String value) {
        return value != null && TRUE.contains(value.strip().toUpperCase(Locale.ROOT));
    }
}
