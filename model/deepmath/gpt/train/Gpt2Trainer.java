package deepmath.gpt.train;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop: sample a batch → the loss and every gradient (hand-written backpropagation, or SameDiff) → clip, Adam step at the
 * scheduled learning rate → now and then measure the held-out loss with the viewer's forward pass and save a
 * resumable checkpoint. Batches are drawn from a generator seeded by (seed, step), so a resumed run sees the
 * batches the uninterrupted run would have seen.
 */
public final class Gpt2Trainer {
    /** Windows of held-out text measured during training (the final measure uses all of them). */
    static final int EVALUATION_WINDOWS = 60;
    static final String LOG = "training-log.tsv";

    /** What the trainer reports as it goes (a CLI prints it, the GUI draws the loss curve). */
    public interface Listener {
        void step(int step, double loss, double learningRate, double gradientNorm);

        void evaluated(int step, double validationLoss);
    }

    private final TokenCorpus corpus;
    private final TrainingOptions options;
    private final Path folder;
    private final Gpt2Config config;

    public Gpt2Trainer(TokenCorpus corpus, TrainingOptions options, Path folder) {
        this.corpus = corpus;
        this.options = options;
        this.folder = folder;
        this.config = options.config(corpus.vocabulary().size());
    }

    public Gpt2Config config() {
        return config;
    }

    /**
     * Everything that can be checked before a byte is written: the corpus holds a training window and a held-out
     * window of the context, and a folder that already holds a model is a run this one resumes (same sizes, seed
     * and vocabulary). A refusal is one line and leaves the folder exactly as it was.
     */
    public void validate(Gpt2Tokenizer gpt2) throws IOException {
        int context = options.context();
        if (corpus.training().length < context + 2) {
            throw new BadInputException(TrainingProblem.SHORT_TRAINING, corpus.training().length, context,
                    context + 2);
        }
        if (corpus.validation().length < context + 1) {
            throw new BadInputException(TrainingProblem.SHORT_VALIDATION, corpus.validation().length, context + 1,
                    context);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException(TrainingProblem.FOLDER_IS_FILE, folder);
        }
        if (TrainingCheckpoint.canResume(folder)) {
            TrainingCheckpoint.refuseIncompatible(folder, options);
            if (!corpus.vocabulary().matches(folder, gpt2)) {
                throw new BadInputException(TrainingProblem.OTHER_VOCABULARY, folder, config.vocabSize());
            }
        } else if (Files.isRegularFile(folder.resolve(Gpt2Checkpoint.WEIGHTS))) {
            throw new BadInputException(TrainingProblem.NOT_RESUMABLE, folder);
        }
    }

    /** Trains to {@code options.steps()}, resuming from {@code folder} if it holds a run; returns the last loss. */
    public double run(Gpt2Tokenizer gpt2, Progress progress, Listener listener) throws IOException {
        validate(gpt2);
        Map<String, INDArray> initial = Gpt2Initialisation.parameters(config, options.seed(), options.positions());
        GradientSource gradients = options.engine() == TrainingOptions.Engine.SAMEDIFF
                ? new SameDiffGradients(config, initial, options.batch(), options.context())
                : new Gpt2Backprop(config, initial, options.batch(), options.context());
        Map<String, INDArray> parameters = gradients.parameters();
        ClippedAdam adam = ClippedAdam.standard();
        int start = 0;
        boolean vocabularySaved = TrainingCheckpoint.canResume(folder);
        if (vocabularySaved) {
            start = TrainingCheckpoint.resume(folder, parameters, adam);
            if (Files.isRegularFile(folder.resolve(LOG))) {
                TrainingLog.truncate(folder.resolve(LOG), start);
            }
            progress.message("resuming at step " + start);
        } else {
            // The vocabulary waits for the first checkpoint: until then the folder holds no half of a model.
            AtomicFiles.createFolder(folder);
            AtomicFiles.writeString(folder.resolve(LOG), "step\tloss\tlearning_rate\tgradient_norm\tvalidation_loss\n");
        }
        LearningRateSchedule schedule = options.schedule();
        double loss = Double.NaN;
        for (int step = start; step < options.steps(); step++) {
            progress.checkCancelled();
            TokenCorpus.Batch batch = corpus.sample(options.batch(), options.context(),
                    new Random(options.seed() * 1_000_003L + step));
            Map<String, INDArray> gradient = new HashMap<>();
            loss = gradients.lossAndGradients(batch, gradient);
            double rate = schedule.at(step);
            double norm = adam.step(parameters, gradient, rate);
            listener.step(step + 1, loss, rate, norm);
            String validation = "";
            boolean last = step + 1 == options.steps();
            if ((step + 1) % options.evaluateEvery() == 0 || last) {
                double heldOut = validationLoss(parameters, EVALUATION_WINDOWS);
                listener.evaluated(step + 1, heldOut);
                validation = format(heldOut);
            }
            AtomicFiles.appendString(folder.resolve(LOG), (step + 1) + "\t" + format(loss) + "\t" + format(rate) + "\t"
                    + format(norm) + "\t" + validation + "\n");
            if ((step + 1) % options.saveEvery() == 0 || last) {
                if (!vocabularySaved) {
                    TrainingCheckpoint.saveVocabulary(folder, corpus.vocabulary(), gpt2);
                    vocabularySaved = true;
                }
                TrainingCheckpoint.save(folder, config, parameters, adam, step + 1, options);
            }
            progress.update(step + 1, options.steps());
        }
        return loss;
    }

    /** Held-out loss of the current weights, measured through a saved-and-reloaded copy (the viewer's code). */
    private double validationLoss(Map<String, INDArray> parameters, int windows) throws IOException {
        Path scratch = Files.createTempDirectory("gpt2-eval");
        try {
            Gpt2Checkpoint.write(scratch, config, weights(parameters));
            return CrossEntropy.ofModel(Gpt2Checkpoint.load(scratch, Progress.NONE), corpus.validation(), windows);
        } finally {
            for (String name : new String[] {Gpt2Checkpoint.WEIGHTS, Gpt2Checkpoint.CONFIG}) {
                Files.deleteIfExists(scratch.resolve(name));
            }
            Files.deleteIfExists(scratch);
        }
    }

    private static Map<String, deepmath.gpt.SafeTensorsWriter.Tensor> weights(Map<String, INDArray> parameters) {
        Map<String, deepmath.gpt.SafeTensorsWriter.Tensor> out = new java.util.LinkedHashMap<>();
        parameters.forEach((name, array) -> out.put(name,
                deepmath.gpt.SafeTensorsWriter.Tensor.f32(array.dup('c').data().asFloat(), array.shape())));
        return out;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
