package deepmath.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.EngineProblem;
import deepmath.sequential.EpochReport;
import deepmath.sequential.ModelEvaluation;
import deepmath.sequential.ModelFile;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.Training;
import deepmath.sequential.TrainingConfig;
import deepmath.sequential.data.MnistSource;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.TrainTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab model train}: keras's {@code compile} + {@code fit} on a model description. The weights file
 * is written after every epoch (atomically), so a stopped training resumes with {@code --resume}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model; prints 'epoch N loss L accuracy A val_loss L val_accuracy A' per epoch, then"
                + " 'test loss L accuracy A' on the data's test part when it has one (mnist-full: the 10000 test digits).",
                "--data: " + ModelTrainCommand.DATA_HELP})
final class ModelTrainCommand implements Callable<Integer> {
    static final String DATA_HELP = "mnist[:train|test|all] (the shipped digits), mnist-full[:train|test] (the whole"
            + " MNIST: 60000 training and 10000 test digits), function:FORMULA:RANGE, csv:FILE,"
            + " cifar10:DIR, folder:DIR, text:DIR, faces, spam, imdb, cifar10, cifar10-cats-dogs (the last three after"
            + " 'deepmath-lab data pull'; options after '?', see docs/model-data.md)";

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", paramLabel = "FILE", description = "The model description (JSON); not needed with --resume.")
    Path specFile;

    @Option(names = "--data", paramLabel = "KIND[:ARG]", required = true, description = "The training data.")
    String data;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Epochs to train (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "32", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adam",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "mse, mae, msle, binary-crossentropy or categorical-crossentropy (default: categorical after"
                    + " softmax, binary after one sigmoid output, else mse).")
    String loss;

    @Option(names = "--lr", paramLabel = "RATE", description = "The step δ (default: keras's, 0.01 for sgd and momentum, else 0.001).")
    Double learningRate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of weights, shuffles and dropout.")
    long seed;

    @Option(names = "--validation", paramLabel = "F", defaultValue = "0",
            description = "Fraction of the data (its last examples) kept for validation, in [0, 1).")
    double validation;

    @Option(names = "--threads", paramLabel = "N", description = "Threads per mini-batch (default: cores, at most 4).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Weights file to write (zip; default: the --resume file).")
    Path out;

    @Option(names = "--resume", paramLabel = "FILE", description = "Carry on the training saved in this weights file.")
    Path resume;

    @Override
    public Integer call() throws IOException {
        if (specFile == null && resume == null) {
            throw new BadInputException("give the model with --spec FILE, or a training to resume with --resume FILE");
        }
        Path target = out != null ? out : resume;
        if (target != null) {
            AtomicFiles.checkWritable(target);   // before the training, not after
        }
        int cores = threads != null ? threads : TrainingConfig.cores();
        ModelSpec model = specFile != null ? ModelCommand.read(specFile) : null;
        TrainTest read = MnistSource.dataSource().read(data);
        Examples examples = read.train();
        PrintWriter printer = spec.commandLine().getOut();
        Training training;
        if (resume != null) {
            training = Training.resume(resume, examples, cores);
            if (model != null && !model.equals(training.network().spec())) {
                throw new BadInputException(EngineProblem.OTHER_MODEL, resume);
            }
        } else {
            OptimizerKind kind = OptimizerKind.fromKey(optimizer);
            double rate = learningRate != null ? learningRate : kerasRate(kind);
            SequentialNetwork network = SequentialNetwork.initialised(model, seed);
            Loss chosen = loss != null ? Loss.fromKey(loss) : defaultLoss(network);
            training = new Training(network, examples,
                    new TrainingConfig(chosen, kind, rate, batch, validation, seed, cores));
        }
        try (Training t = training) {
            t.fit(epochs, report -> {
                printer.println(line(report));
                printer.flush();
                if (target != null) {
                    save(t, target, examples);
                }
            });
            // keras's evaluate(X_test, Y_test) after fit: the examples the training never saw
            if (read.held().isPresent()) {
                ModelEvaluation test = ModelEvaluation.of(t.network(), read.held().get(), t.config().loss(), cores);
                printer.println(testLine(test));
            }
        }
        if (target != null) {
            printer.println("wrote " + target);
        }
        return Cli.OK;
    }

    private static void save(Training t, Path target, Examples examples) {
        ObjectNode notes = JsonNodeFactory.instance.objectNode();
        notes.put("data", examples.name());
        notes.put("examples", examples.count());
        try {
            t.save(target, notes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** keras's default steps: SGD 0.01 (momentum too), Adam, RMSprop 0.001. */
    static double kerasRate(OptimizerKind kind) {
        return kind == OptimizerKind.SGD || kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV ? 0.01 : 0.001;
    }

    /** The loss that goes with the output layer, as the book pairs them. */
    static Loss defaultLoss(SequentialNetwork network) {
        return switch (network.outputActivation()) {
            case SOFTMAX -> Loss.CATEGORICAL_CROSS_ENTROPY;
            case SIGMOID -> network.outputSize() == 1 ? Loss.BINARY_CROSS_ENTROPY : Loss.MSE;
            default -> Loss.MSE;
        };
    }

    /** keras's per-epoch line; a regression has no accuracy, a training without validation no val_ figures. */
    static String line(EpochReport r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "epoch %d loss %.4f", r.epoch(), r.loss()));
        if (!Double.isNaN(r.accuracy())) {
            s.append(String.format(Locale.ROOT, " accuracy %.4f", r.accuracy()));
        }
        if (r.hasValidation()) {
            s.append(String.format(Locale.ROOT, " val_loss %.4f", r.valLoss()));
            if (!Double.isNaN(r.valAccuracy())) {
                s.append(String.format(Locale.ROOT, " val_accuracy %.4f", r.valAccuracy()));
            }
        }
        return s.toString();
    }

    /** The final line, as the epoch lines write their figures: "test loss L accuracy A" (no accuracy for a fit). */
    static String testLine(ModelEvaluation test) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "test loss %.4f", test.loss()));
        if (!Double.isNaN(test.accuracy())) {
            s.append(String.format(Locale.ROOT, " accuracy %.4f", test.accuracy()));
        }
        return s.toString();
    }

    /** The weights file's model, checked against --spec when both are given. */
    static SequentialNetwork network(Path weights) throws IOException {
        return ModelFile.read(weights).network();
    }
}
