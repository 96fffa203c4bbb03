package deepmath.app.cli;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.train.CorpusText;
import deepmath.gpt.train.CrossEntropy;
import deepmath.gpt.train.Gpt2Initialisation;
import deepmath.gpt.train.Gpt2Trainer;
import deepmath.gpt.train.TokenCorpus;
import deepmath.gpt.train.TrainingCheckpoint;
import deepmath.gpt.train.TrainingOptions;
import deepmath.nd.Nd4jRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab gpt2-train}: trains a small GPT-2 on a text and writes a folder the attention viewer opens. */
@Command(name = "gpt2-train", mixinStandardHelpOptions = true,
        description = {"Train a GPT-2-architecture model (hand-written backpropagation or SameDiff autodiff, Adam,"
                + " warm-up + cosine, clipping) on English text with GPT-2's tokenizer restricted to the corpus's tokens;"
                + " writes config.json, model.safetensors, vocab.json, merges.txt and resumable state into --out"
                + " (run again to resume)."})
public final class Gpt2TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", split = ",",
            description = "UTF-8 text files, .gz allowed (default: the shipped King James Version).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--layers", defaultValue = "2", description = "Blocks, 2..4 (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--heads", defaultValue = "4", description = "Heads per block (default: ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--dim", defaultValue = "128", description = "Width n, 128..256 (default: ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--context", defaultValue = "64", description = "Context length, 64..128 (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--batch", defaultValue = "16", description = "Windows per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--steps", required = true, description = "Optimisation steps in all.")
    int steps;

    @Option(names = "--lr", defaultValue = "3e-3", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--min-lr", defaultValue = "0",
            description = "Learning rate the cosine ends at (default: a tenth of --lr).")
    double minimumLearningRate;

    @Option(names = "--warmup", defaultValue = "-1", description = "Warm-up steps (default: 5%% of --steps).")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial weights and batches.")
    long seed;

    @Option(names = "--eval-every", defaultValue = "100", description = "Held-out loss every N steps.")
    int evaluateEvery;

    @Option(names = "--save-every", defaultValue = "200", description = "Checkpoint every N steps.")
    int saveEvery;

    @Option(names = "--engine", defaultValue = "BACKPROP",
            description = "Gradients by BACKPROP (hand-written, fast) or SAMEDIFF (ND4J autodiff, slow in M2.1).")
    TrainingOptions.Engine engine;

    @Option(names = "--min-count", defaultValue = "1",
            description = "Keep the corpus tokens seen at least N times; rarer ones are spelt with shorter tokens"
                    + " (default: ${DEFAULT-VALUE}, every token of the corpus; the shipped model used 10).")
    int minCount;

    @Option(names = "--positions", defaultValue = "GPT2",
            description = "Initial position table: GPT2 (N(0, 0.01)) or SINUSOIDAL (sines of t at the token rows' scale;"
                    + " previous-token heads form sooner). Default: ${DEFAULT-VALUE}.")
    Gpt2Initialisation.Positions positions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder (created or resumed).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (layers < 1 || layers > 12 || dim > 1024 || context > 1024) {
            throw new BadInputException("sizes out of range: layers 1..12, dim ≤ 1024, context ≤ 1024");
        }
        TrainingOptions options = new TrainingOptions(layers, heads, dim, context, batch, steps, learningRate,
                warmup < 0 ? Math.max(1, steps / 20) : warmup, seed, evaluateEvery, saveEvery, engine, positions,
                minimumLearningRate);
        // Early, before the tokenizer and the engine load; the trainer checks the corpus and the vocabulary too.
        TrainingCheckpoint.refuseIncompatible(out, options);
        PrintWriter err = spec.commandLine().getErr();
        Nd4jRuntime.initialise();
        Gpt2Tokenizer gpt2 = Gpt2Tokenizer.shipped();
        TokenCorpus tokens = TokenCorpus.of(CorpusText.read(corpus), gpt2, minCount);
        // Refused here, before --out is created and before the first step, not at the first batch (training) or
        // the first held-out evaluation, which would have left a half-made model folder behind.
        if (tokens.training().length <= context + 1 || tokens.validation().length < context + 1) {
            throw new BadInputException("the corpus is too small for --context " + context + ": "
                    + tokens.training().length + " training and " + tokens.validation().length
                    + " held-out tokens, each needs more than " + (context + 1));
        }
        double unigram = CrossEntropy.unigram(tokens.training(), tokens.validation(), tokens.vocabulary().size());
        err.printf(Locale.ROOT, "corpus: %d training + %d held-out tokens, vocabulary %d; unigram baseline %.4f nats%n",
                tokens.training().length, tokens.validation().length, tokens.vocabulary().size(), unigram);
        err.flush();
        Gpt2Trainer trainer = new Gpt2Trainer(tokens, options, out);
        err.printf(Locale.ROOT, "model: %s, %d parameters%n", trainer.config(), trainer.config().parameterCount());
        long started = System.nanoTime();
        trainer.run(gpt2, Progress.NONE, new Gpt2Trainer.Listener() {
            @Override
            public void step(int step, double loss, double rate, double norm) {
                if (step % 10 == 0 || step == steps) {
                    err.printf(Locale.ROOT, "step %d/%d  loss %.4f  lr %.2e  |g| %.3f  %.1f s%n", step, steps, loss, rate,
                            norm, (System.nanoTime() - started) / 1e9);
                    err.flush();
                }
            }

            @Override
            public void evaluated(int step, double validationLoss) {
                err.printf(Locale.ROOT, "step %d  held-out loss %.4f (unigram %.4f)%n", step, validationLoss, unigram);
                err.flush();
            }
        });
        return 0;
    }
}
