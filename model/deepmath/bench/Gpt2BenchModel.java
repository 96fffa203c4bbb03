package deepmath.bench;

import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Model;
import deepmath.gpt.RandomGpt2;
import deepmath.nd.Nd4jRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The GPT-2 small the GPT-2 benchmarks run: the folder given with {@code --model DIR}, or else random weights of
 * GPT-2 small's sizes ({@link RandomGpt2}, seed 0) written to a temporary folder first (said on stderr) and
 * deleted by {@link #close}. Loaded twice, the faster load kept: the second finds the file in the page cache,
 * as a user's would.
 */
record Gpt2BenchModel(Gpt2Model model, String weights, double loadMillis, Path temporary) implements AutoCloseable {

    static Gpt2BenchModel open(BenchContext context, String benchmark) throws IOException {
        Nd4jRuntime.initialise();
        Path folder;
        Path temporary = null;
        if (context.option("model").isPresent()) {
            folder = Path.of(context.option("model").get());
        } else {
            temporary = Files.createTempDirectory("gpt2-small-random");
            folder = temporary;
            System.err.println(benchmark + ": no --model DIR given, writing random GPT-2 small weights to " + folder);
            Gpt2Checkpoint.write(folder, Gpt2Config.SMALL, RandomGpt2.tensors(Gpt2Config.SMALL, 0, ""));
        }
        long start = System.nanoTime();
        Gpt2Checkpoint.load(folder, Progress.NONE);
        double firstLoad = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        Gpt2Model model = Gpt2Checkpoint.load(folder, Progress.NONE);
        double loadMillis = Math.min(firstLoad, (System.nanoTime() - start) / 1e6);
        return new Gpt2BenchModel(model, temporary == null ? folder.toString() : "random", loadMillis, temporary);
    }

    @Override
    public void close() throws IOException {
        if (temporary != null) {
            try (Stream<Path> files = Files.list(temporary)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(temporary);
        }
    }
}
