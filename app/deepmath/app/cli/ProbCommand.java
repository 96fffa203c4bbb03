package deepmath.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.probability.LossKind;
import deepmath.probability.LossTerms;
import deepmath.probability.Normalisation;
import deepmath.probability.NumberList;
import deepmath.probability.SampleStatistics;
import deepmath.probability.SoftmaxLaw;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab prob softmax|loss|normalise}: chapter 16's computations on numbers given on the command
 * line, as JSON (the same model code as the network lab's Probabilities tab).
 */
@Command(name = "prob", mixinStandardHelpOptions = true,
        description = {"Chapter 16 (probabilities) on your numbers, as JSON:",
                "  prob softmax --values 3,1,8,6,0 [--temperature T]",
                "  prob loss --kind mse|mae|msle|bce|cce --target Y --predicted P",
                "  prob normalise --values 172,165,187 --method standard|minmax"},
        subcommands = {ProbCommand.SoftmaxCommand.class, ProbCommand.LossCommand.class,
                ProbCommand.NormaliseCommand.class})
public final class ProbCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: softmax, loss or normalise (see 'deepmath-lab prob --help')");
    }

    private static ArrayNode array(double[] values) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static int print(CommandSpec spec, ObjectNode json) throws JsonProcessingException {
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    @Command(name = "softmax", mixinStandardHelpOptions = true,
            description = {"softmax(x/T) and its Jacobian J[i][j] = ∂σi/∂xj = σi(δij − σj)/T:",
                    "{\"probabilities\": [...], \"jacobian\": [[...], ...]}."})
    static final class SoftmaxCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--values", paramLabel = "X", required = true,
                description = "The scores, comma-separated, e.g. the book's 3,1,8,6,0.")
        String values;

        @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
                description = "Temperature T > 0 (default: ${DEFAULT-VALUE}).")
        double temperature;

        @Override
        public Integer call() throws JsonProcessingException {
            SoftmaxLaw law = new SoftmaxLaw(NumberList.parse(values, "--values"), temperature);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.set("probabilities", array(law.probabilities()));
            ArrayNode jacobian = json.putArray("jacobian");
            for (double[] row : law.jacobian()) {
                jacobian.add(array(row));
            }
            return print(spec, json);
        }
    }

    @Command(name = "loss", mixinStandardHelpOptions = true,
            description = {"An error function and each sample's term (the loss is their mean):",
                    "{\"loss\": v, \"terms\": [...]}. For cce, one row per sample, rows separated by ';'",
                    "(--target \"0,0,1;1,0,0\" --predicted \"0.1,0.2,0.7;0.5,0.25,0.25\")."})
    static final class LossCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--kind", paramLabel = "mse|mae|msle|bce|cce", required = true,
                description = "Mean squared, absolute or squared log error, binary or categorical cross-entropy.")
        String kind;

        @Option(names = "--target", paramLabel = "Y", required = true, description = "The expected values yi.")
        String target;

        @Option(names = "--predicted", paramLabel = "P", required = true, description = "The predictions ŷi.")
        String predicted;

        @Override
        public Integer call() throws JsonProcessingException {
            LossKind loss = LossKind.fromKey(kind);
            LossTerms terms;
            if (loss.scalar()) {
                terms = LossTerms.of(loss, NumberList.parse(target, "--target"),
                        NumberList.parse(predicted, "--predicted"));
            } else {
                terms = LossTerms.of(loss, NumberList.rows(target, "--target"), NumberList.rows(predicted, "--predicted"));
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("loss", terms.loss());
            json.set("terms", array(terms.terms()));
            return print(spec, json);
        }
    }

    @Command(name = "normalise", mixinStandardHelpOptions = true,
            description = {"Standardise ((x − μ)/σ, σ with 1/n as the book does) or min-max to [0, 1]:",
                    "{\"values\": [...], \"mean\": μ, \"std\": σ} (μ and σ of the values given)."})
    static final class NormaliseCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--values", paramLabel = "X", required = true, description = "The data, comma-separated.")
        String values;

        @Option(names = "--method", paramLabel = "standard|minmax", defaultValue = "standard",
                description = "standard or minmax (default: ${DEFAULT-VALUE}).")
        String method;

        @Override
        public Integer call() throws JsonProcessingException {
            Normalisation normalisation = Normalisation.fromKey(method);
            double[] data = NumberList.parse(values, "--values");
            SampleStatistics stats = SampleStatistics.of(data);
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.set("values", array(normalisation.apply(data)));
            json.put("mean", stats.mean());
            json.put("std", stats.std());
            return print(spec, json);
        }
    }
}
