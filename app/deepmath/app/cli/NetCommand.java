package deepmath.app.cli;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.data.CsvData;
import deepmath.data.Dataset;
import deepmath.nn.Activation;
import deepmath.nn.BookNetworks;
import deepmath.nn.Evaluation;
import deepmath.nn.Loss;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import deepmath.nn.Regularization;
import deepmath.nn.Trainer;
import deepmath.nn.TrainingSettings;
import deepmath.optim.OptimizerKind;
import java.io.IOException;
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

/**
 * {@code deepmath-lab net}: evaluates a network file at points ({@code --eval 1,2} prints
 * {@code {"output": [..]}}, with {@code --verbose} each layer's values too), or trains it on CSV data
 * printing the loss per epoch and writing the trained network with {@code --out}.
 */
@Command(name = "net", mixinStandardHelpOptions = true,
        description = {"Evaluate or train a network file (JSON: {\"inputs\":2,\"layers\":[{\"activation\":\"tanh\","
                + "\"weights\":[[..],..],\"biases\":[..]},..]}).",
                "  net --network net.json --eval 1,2 [--verbose]",
                "  net --network net.json --train data.csv --epochs 200 --lr 0.1 --out trained.json"})
public final class NetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--network", paramLabel = "FILE", description = "The network file (JSON).")
    Path networkFile;

    @Option(names = "--preset", paramLabel = "KEY",
            description = "A network of the book instead of a file: and, or, xor, sector, triangle, bump, stairs, "
                    + "tower, cube, sigmoid-neuron-20, xor-learning, ... (all of them: `presets --lab network`)")
    String preset;

    @Option(names = "--eval", paramLabel = "X1,X2,...", description = "A point to evaluate (repeatable).")
    List<String> points = new ArrayList<>();

    @Option(names = "--verbose", description = "With --eval, also print every layer's values.")
    boolean verbose;

    @Option(names = "--train", paramLabel = "DATA.csv", description = "Train on this CSV (x,y,label or x,target).")
    Path trainFile;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "100", description = "Epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.1", description = "Learning rate δ (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "sgd",
            description = "sgd, momentum, nesterov, adagrad, rmsprop, adam (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--momentum", paramLabel = "MU", defaultValue = "0.9", description = "μ for momentum/Nesterov.")
    double momentum;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "mse, mae, binary-crossentropy, categorical-crossentropy (default: binary cross-entropy for a "
                    + "σ output on 0/1 labels, categorical for softmax, else mse).")
    String loss;

    @Option(names = "--regularization", paramLabel = "none|l1|l2", defaultValue = "none", description = "Penalty on the weights.")
    String regularization;

    @Option(names = "--lambda", paramLabel = "RATE", defaultValue = "0", description = "Regularisation rate λ.")
    double lambda;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0",
            description = "Fraction of the data kept for testing (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the shuffling.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the trained network here.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter printer = spec.commandLine().getOut();
        Network network = load();
        if (points.isEmpty() && trainFile == null) {
            throw new BadInputException("nothing to do: give --eval X,Y or --train DATA.csv");
        }
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        if (trainFile != null && !train(network, printer)) {
            return Cli.FAILURE;
        }
        for (String point : points) {
            printer.println(evaluate(network, parsePoint(point, network.inputs())));
        }
        printer.flush();
        return Cli.OK;
    }

    private Network load() {
        if ((networkFile == null) == (preset == null)) {
            throw new BadInputException("give exactly one of --network FILE or --preset KEY");
        }
        return networkFile != null ? NetworkJson.read(networkFile) : PresetLookup.find(BookNetworks.all(), preset, "--preset").freshNetwork();
    }

    static double[] parsePoint(String text, int inputs) {
        String[] cells = text.split(",", -1);
        if (cells.length != inputs) {
            throw new BadInputException("--eval " + text + ": the network has " + inputs + " input"
                    + (inputs > 1 ? "s" : "") + ", got " + cells.length + " value" + (cells.length > 1 ? "s" : ""));
        }
        double[] x = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            try {
                x[i] = deepmath.core.DecimalText.parse(cells[i].strip());
            } catch (NumberFormatException e) {
                throw new BadInputException("--eval " + text + ": '" + cells[i].strip() + "' is not a number");
            }
        }
        return x;
    }

    private String evaluate(Network network, double[] x) {
        double[][] values = network.activations(x);
        StringBuilder s = new StringBuilder("{\"output\": ").append(array(values[values.length - 1]));
        if (verbose) {
            s.append(", \"layers\": [");
            for (int l = 1; l < values.length; l++) {
                s.append(l > 1 ? ", " : "").append(array(values[l]));
            }
            s.append(']');
        }
        return s.append('}').toString();
    }

    private static String array(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            // JSON has no NaN or infinity: a value that overflowed is printed null, as eval does.
            s.append(i > 0 ? ", " : "").append(Double.isFinite(v[i]) ? NetworkJson.number(v[i]) : "null");
        }
        return s.append(']').toString();
    }

    /** False when the training diverged (reported on stderr, nothing written): exit status 1. */
    private boolean train(Network network, PrintWriter printer) throws IOException {
        if (epochs < 1) {
            throw new BadInputException("--epochs must be at least 1, got " + epochs);
        }
        Dataset data = CsvData.read(trainFile);
        Dataset.Split split = data.split(testFraction, seed);
        TrainingSettings settings = new TrainingSettings(chooseLoss(network, data), OptimizerKind.fromKey(optimizer),
                learningRate, momentum, batch, Regularization.fromKey(regularization), lambda, seed);
        Trainer trainer = new Trainer(network, split.train(), split.test(), settings);
        boolean classes = data.isBinaryClassification() || network.outputs() > 1;
        for (int e = 1; e <= epochs; e++) {
            trainer.epoch(Progress.NONE);
            if (!Double.isFinite(trainer.trainLoss()) || !NetworkJson.isFinite(network)) {
                printer.flush();
                spec.commandLine().getErr().println("deepmath-lab: the training diverged at epoch " + e
                        + " (the loss or the weights are no longer finite numbers): try a smaller --lr"
                        + (out == null ? "" : "; " + out + " was not written"));
                spec.commandLine().getErr().flush();
                return false;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d loss %.6g", e, trainer.trainLoss()));
            if (!split.test().isEmpty()) {
                line.append(String.format(Locale.ROOT, " test_loss %.6g", trainer.testLoss()));
            }
            printer.println(line);
        }
        if (classes) {
            printer.printf(Locale.ROOT, "accuracy %.4f%s%n", Evaluation.accuracy(network, split.train()),
                    split.test().isEmpty() ? "" : String.format(Locale.ROOT, " test_accuracy %.4f",
                            Evaluation.accuracy(network, split.test())));
        }
        if (out != null) {
            AtomicFiles.writeString(out, NetworkJson.write(network));
        }
        return true;
    }

    private Loss chooseLoss(Network network, Dataset data) {
        if (loss != null) {
            return Loss.fromKey(loss);
        }
        Activation last = network.layer(network.depth() - 1).activation();
        if (last == Activation.SIGMOID && data.isBinaryClassification()) {
            return Loss.BINARY_CROSS_ENTROPY;
        }
        return last == Activation.SOFTMAX ? Loss.CATEGORICAL_CROSS_ENTROPY : Loss.MSE;
    }
}
