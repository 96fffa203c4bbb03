package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the shipped model that a jar install opens must follow the shipped files when they change. */
class ShippedModelCopyTest {

    @Test
    void aStaleCopyOfTheSameSizeIsReplaced(@TempDir Path cache) throws Exception {
        byte[] shipped = resource("config.json");
        // An older model of the same shape: same length, other bytes (e.g. "n_embd" : 128 instead of 256).
        byte[] stale = shipped.clone();
        for (int i = 0; i < stale.length; i++) {
            stale[i] = stale[i] == ' ' ? (byte) '\t' : stale[i];
        }
        Files.write(cache.resolve("config.json"), stale);
        ShippedModel.copyTo(cache);
        assertArrayEquals(shipped, Files.readAllBytes(cache.resolve("config.json")));
        assertArrayEquals(resource("model.safetensors"), Files.readAllBytes(cache.resolve("model.safetensors")));
        // The Training tab draws the shipped run's curves from the copy's log.
        assertArrayEquals(resource("training-log.tsv"), Files.readAllBytes(cache.resolve("training-log.tsv")));
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = ShippedModel.class.getResourceAsStream("/models/kjv-gpt2/" + name)) {
            return in.readAllBytes();
        }
    }
}
