package deepmath.datasets;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where pulled sets live: {@code $DEEPMATH_DATA} when set, else {@code $XDG_CACHE_HOME/deepmath-lab/data}, else
 * {@code ~/.cache/deepmath-lab/data} (the XDG rule huggingface_hub follows for its own cache). Set {@code imdb} is the
 * folder {@code imdb/}: it only ever appears whole (made beside under a temporary name, then renamed), so a folder
 * that is there is a complete set. The environment is a parameter because a test cannot set its own.
 */
public record DataCache(Path root) {
    public static final String ENV = "DEEPMATH_DATA";

    public static DataCache fromEnvironment() {
        return forEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static DataCache forEnvironment(Map<String, String> env, Path home) {
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return new DataCache(Path.of(own.strip()));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg.strip()) : home.resolve(".cache");
        return new DataCache(cache.resolve("deepmath-lab").resolve("data"));
    }

    /** The folder of {@code set}, whether it is there or not. */
    public Path folder(PulledSet set) {
        return root.resolve(set.name());
    }

    public boolean isPulled(PulledSet set) {
        return Files.isDirectory(folder(set));
    }

    /** The folder of {@code set}, or the one-line refusal telling how to pull it. */
    public Path require(PulledSet set) {
        if (!isPulled(set)) {
            throw new BadInputException(DataSetProblem.NOT_PULLED, set.name(), folder(set));
        }
        return folder(set);
    }

    /** Refuses a cache path that is a file. */
    public void checkFolder() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new BadInputException(DataSetProblem.CACHE_NOT_FOLDER, root);
        }
    }
}
