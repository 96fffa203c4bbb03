package deepmath.bench;

import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Model;
import deepmath.gpt.RandomGpt2;
import deepmath.nd.Blas;
import deepmath.nd.Nd4jRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The GPT-2 small the GPT-2 benchmarks run: the folder given with {@code --model DIR}, or else random weights of
 * GPT-2 small's sizes ({@link RandomGpt2}, seed 0) in {@link #RANDOM_FOLDER} under the temporary directory,
 * written there once and kept (said on stderr), so that the PyTorch anchors read the very same folder and a second
 * run does not write 500 MB again. Loaded twice, the faster load kept: the second finds the file in the page cache,
 * as a user's would. {@code --param threads=N} sets OpenBLAS's threads (default: the lab's choice).
 */
record Gpt2BenchModel(Gpt2Model model, String weights, double loadMillis) implements AutoCloseable {
    /** The random checkpoint's folder name under {@code java.io.tmpdir}. */
    static final String RANDOM_FOLDER = "deepmath-gpt2-small-random-seed0";

    static Gpt2BenchModel open(BenchContext context, String benchmark) throws IOException {
        Nd4jRuntime.initialise();
        context.option("threads").map(Integer::parseInt).ifPresent(Blas::useThreads);
        Path folder;
        String weights;
        if (context.option("model").isPresent()) {
            folder = Path.of(context.option("model").get());
            weights = folder.toString();
        } else {
            folder = randomFolder();
            weights = "random:" + folder;
            System.err.println(benchmark + ": no --model DIR given; random GPT-2 small weights (seed 0) in " + folder
                    + " (kept for the anchors: docs/benchmarks.md)");
        }
        long start = System.nanoTime();
        Gpt2Checkpoint.load(folder, Progress.NONE);
        double firstLoad = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        Gpt2Model model = Gpt2Checkpoint.load(folder, Progress.NONE);
        double loadMillis = Math.min(firstLoad, (System.nanoTime() - start) / 1e6);
        return new Gpt2BenchModel(model, weights, loadMillis);
    }

    /** The kept random checkpoint, written first if absent (into a side folder, then renamed: never half a folder). */
    private static Path randomFolder() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir")).resolve(RANDOM_FOLDER);
        if (Gpt2Checkpoint.looksLikeCheckpoint(folder)) {
            return folder;
        }
        Path partial = Files.createTempDirectory(folder.getParent(), RANDOM_FOLDER + ".partial");
        try {
            Gpt2Checkpoint.write(partial, Gpt2Config.SMALL, RandomGpt2.tensors(Gpt2Config.SMALL, 0, ""));
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Gpt2Checkpoint.looksLikeCheckpoint(folder)) {
                throw e;
            }
        } finally {
            delete(partial);
        }
        return folder;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Override
    public void close() {
        // The model's memory is ND4J's (freed with the arrays); the random folder is kept on purpose.
    }
}
