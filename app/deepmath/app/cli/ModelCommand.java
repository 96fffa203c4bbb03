package deepmath.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.FileProblem;
import deepmath.sequential.KerasSummary;
import deepmath.sequential.LayerSummary;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.ModelSpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab model}: a sequential model described in JSON, as the book's keras listings build them —
 * its summary, its training, its evaluation and its predictions.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Sequential models described in JSON, the lab's counterpart of the book's keras listings.",
                "  model summary --spec model.json [--text]",
                "  model train --spec model.json --data mnist [--epochs N] [--batch B] [--optimizer adam] [--loss L]"
                        + " [--lr R] [--seed S] [--validation F] [--out weights.zip] [--resume weights.zip]",
                "  model eval --weights weights.zip --data mnist:test",
                "  model predict --weights weights.zip --input V,V,... | --image digit.png"},
        subcommands = {ModelCommand.Summary.class, ModelTrainCommand.class, ModelEvalCommand.class,
                ModelPredictCommand.class})
public final class ModelCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: summary, train, eval or predict (see 'deepmath-lab model --help')");
    }

    /** The description in {@code file}, checked. */
    static ModelSpec read(Path file) {
        try {
            return ModelSpecJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(FileProblem.NO_SUCH_FILE, file);
        } catch (IOException e) {
            throw new BadInputException(e, FileProblem.CANNOT_READ, file, deepmath.core.ReadProblem.of(e));
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = {"Each layer's output shape and parameter count, and the total, as keras's model.summary().",
                    "JSON: {\"layers\": [{\"name\", \"type\", \"output_shape\": [...], \"params\"}], \"params\": TOTAL};",
                    "--text: the table as keras prints it."})
    static final class Summary implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--spec", required = true, paramLabel = "FILE",
                description = "The model: {\"input\": [28, 28, 1], \"layers\": [{\"type\": \"conv2d\", ...}, ...]}.")
        Path file;

        @Option(names = "--text", description = "Print keras's table instead of JSON.")
        boolean text;

        @Override
        public Integer call() throws IOException {
            ModelSpec model = read(file);
            if (text) {
                spec.commandLine().getOut().print(KerasSummary.text(model));
            } else {
                spec.commandLine().getOut().println(new com.fasterxml.jackson.databind.ObjectMapper()
                        .writerWithDefaultPrettyPrinter().writeValueAsString(json(model)));
            }
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    static ObjectNode json(ModelSpec model) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode layers = root.putArray("layers");
        for (LayerSummary row : model.summary()) {
            ObjectNode o = layers.addObject();
            o.put("name", row.name());
            o.put("type", row.type());
            ArrayNode shape = o.putArray("output_shape");
            row.outputShape().forEach(shape::add);
            o.put("params", row.parameters());
        }
        root.put("params", model.parameters());
        return root;
    }
}
