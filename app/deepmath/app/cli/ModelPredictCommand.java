package deepmath.app.cli;

import deepmath.core.BadInputException;
import deepmath.digits.MnistPreprocessing;
import deepmath.image.ImageDecoder;
import deepmath.sequential.SequentialNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab model predict}: keras's {@code predict} for one input — numbers given on the command line, or
 * a picture of a digit for a model on MNIST's 28 × 28 grey images (read as the digits lab reads drawings).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"The output of a trained model for one input, as JSON: {\"output\": [...], \"class\": k}.",
                "  --input 0.5,1.2  (a model on a vector) or --image digit.png (a model on [28, 28, 1] or [784])"})
final class ModelPredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--weights", paramLabel = "FILE", required = true, description = "A weights file of 'model train'.")
    Path weights;

    @Option(names = "--input", paramLabel = "V,V,...", description = "The input values, in the model's order.")
    String input;

    @Option(names = "--image", paramLabel = "FILE", description = "A picture of one digit (any size, dark on light or light on dark).")
    Path image;

    @Override
    public Integer call() throws IOException {
        if ((input == null) == (image == null)) {
            throw new BadInputException("give exactly one of --input V,V,... and --image FILE");
        }
        SequentialNetwork network = ModelTrainCommand.network(weights);
        float[] x = image != null ? digit(network) : values(network.inputSize());
        double[] out = network.predict(x);
        StringBuilder s = new StringBuilder("{\"output\": [");
        int best = 0;
        for (int k = 0; k < out.length; k++) {
            s.append(k > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.6g", out[k]));
            best = out[k] > out[best] ? k : best;
        }
        s.append("]");
        if (out.length > 1) {
            s.append(", \"class\": ").append(best);
        }
        spec.commandLine().getOut().println(s.append("}"));
        return Cli.OK;
    }

    private float[] digit(SequentialNetwork network) throws IOException {
        List<Integer> shape = network.spec().input();
        if (!shape.equals(List.of(28, 28, 1)) && !shape.equals(List.of(784))) {
            throw new BadInputException("--image reads a digit for a model on [28, 28, 1] or [784]; this model takes "
                    + shape + ": give --input");
        }
        return ImageDecoder.read(image, MnistPreprocessing::toMnist);
    }

    private float[] values(int size) {
        String[] parts = input.split(",", -1);
        if (parts.length != size) {
            throw new BadInputException("--input has " + parts.length + " values, the model takes " + size);
        }
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            try {
                x[i] = Float.parseFloat(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadInputException("--input: '" + parts[i].strip() + "' is not a number");
            }
            if (!Float.isFinite(x[i])) {
                throw new BadInputException("--input: '" + parts[i].strip() + "' is not a finite number");
            }
        }
        return x;
    }
}
