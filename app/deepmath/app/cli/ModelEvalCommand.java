package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.nn.Loss;
import deepmath.sequential.ModelEvaluation;
import deepmath.sequential.ModelFile;
import deepmath.sequential.TrainingConfig;
import deepmath.sequential.data.MnistSource;
import deepmath.sequential.data.TrainTest;
import deepmath.sequential.data.Examples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab model eval}: keras's {@code evaluate} — loss, accuracy and confusion matrix, as JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Loss, accuracy and confusion matrix of a trained model on a data set, as JSON.",
                "--data: " + ModelTrainCommand.DATA_HELP + " (judged on its held-out part when it has one: mnist = the 2000 held-out digits, mnist-full = the 10000 test digits)"})
final class ModelEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--weights", paramLabel = "FILE", required = true, description = "A weights file of 'model train'.")
    Path weights;

    @Option(names = "--data", paramLabel = "KIND[:ARG]", required = true, description = "The data to judge it on.")
    String data;

    @Option(names = "--loss", paramLabel = "NAME", description = "The loss (default: the one it was trained with).")
    String loss;

    @Override
    public Integer call() throws IOException {
        ModelFile.Saved saved = ModelFile.read(weights);
        // a source with its own held-out part (mnist's 2 000 digits, CIFAR-10's test batch) is judged on it
        TrainTest read = MnistSource.dataSource().read(data);
        Examples examples = read.held().orElse(read.train());
        Loss chosen = loss != null ? Loss.fromKey(loss)
                : saved.config() != null ? saved.config().loss() : ModelTrainCommand.defaultLoss(saved.network());
        ModelEvaluation e = ModelEvaluation.of(saved.network(), examples, chosen, TrainingConfig.cores());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("data", examples.name());
        root.put("samples", examples.count());
        root.put("loss_function", chosen.key());
        root.put("loss", e.loss());
        if (e.confusion() != null) {
            root.put("accuracy", e.accuracy());
            ArrayNode rows = root.putArray("confusion");
            for (int[] row : e.confusion()) {
                ArrayNode r = rows.addArray();
                for (int v : row) {
                    r.add(v);
                }
            }
        }
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(root));
        return Cli.OK;
    }
}
