package deepmath.hub;

import deepmath.gpt.HuggingFaceCache;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What {@code --model} names: a folder (config.json + model.safetensors), or a Hub repository id such as
 * {@code gpt2} found in the cache without going online. A folder wins when both could be meant; a name that is
 * neither says how to download it.
 */
public final class ModelLocation {
    private ModelLocation() {
    }

    public static Path resolve(String text, HuggingFaceCache cache) {
        Path path = null;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            // not a path on this system: maybe a repo id
        }
        if (path != null && Files.exists(path)) {
            return path;
        }
        if (!ModelRepo.isRepoId(text) || text.startsWith(".")) {
            return path != null ? path : Path.of(text); // the checkpoint reader names what is missing
        }
        return cache.snapshot(text).orElseThrow(() -> HubMessages.notInCache(text, cache.hub()));
    }
}
