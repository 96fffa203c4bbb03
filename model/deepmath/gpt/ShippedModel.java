package deepmath.gpt;

import deepmath.core.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The small GPT-2 the lab trained itself (2 layers, 4 heads, n = 128, on the King James Version; see
 * resources/DATA.md), found in {@code resources/models/kjv-gpt2/}. Run from the class path's folders it is opened
 * where it lies; from the jar, it is copied once to a cache folder, because the checkpoint is memory-mapped.
 */
public final class ShippedModel {
    public static final String NAME = "kjv-gpt2";
    private static final String RESOURCE = "/models/" + NAME + "/";
    /** The model, its tokenizer, and the log of the run that made it (the Training tab draws it). */
    private static final String[] FILES = {Gpt2Checkpoint.CONFIG, Gpt2Checkpoint.WEIGHTS, "vocab.json", "merges.txt",
        "training-log.tsv"};

    private ShippedModel() {
    }

    /** The model's folder, or empty if this build carries no model. */
    public static Optional<Path> folder() throws IOException {
        URL config = ShippedModel.class.getResource(RESOURCE + Gpt2Checkpoint.CONFIG);
        if (config == null) {
            return Optional.empty();
        }
        if ("file".equals(config.getProtocol())) {
            try {
                return Optional.of(Path.of(config.toURI()).getParent());
            } catch (URISyntaxException e) {
                throw new IOException("bad resource location " + config, e);
            }
        }
        return Optional.of(copyTo(Path.of(System.getProperty("user.home"), ".cache", "deepmath-lab", "models", NAME)));
    }

    /** {@link #folder()} with a failure to copy turned into an unchecked error (for Optional chains). */
    public static Optional<Path> folderIfAny() {
        try {
            return folder();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : FILES) {
            try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE + name)) {
                if (in == null) {
                    throw new IOException("the shipped model lacks " + name);
                }
                byte[] bytes = in.readAllBytes();
                Path target = folder.resolve(name);
                // Rewrite only when different (another lab window may have the weights mapped), and compare the
                // bytes, not the sizes: a retrained model of the same shape has the same sizes.
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    AtomicFiles.writeBytes(target, bytes);
                }
            }
        }
        return folder;
    }
}
