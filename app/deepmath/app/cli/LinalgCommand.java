package deepmath.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.probability.NumberList;
import deepmath.transformer.Kronecker;
import deepmath.transformer.MinimumNorm;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab linalg min-norm|kron}: chapter 18's linear algebra on matrices given as rows ("1,2;3,4"), as
 * JSON — the same model code as the attention lab's By hand tab.
 */
@Command(name = "linalg", mixinStandardHelpOptions = true,
        description = {"Chapter 18's linear algebra on your matrices (rows separated by ';', entries by ','), as JSON:",
                "  linalg min-norm --matrix \"1,2,0,-1;1,1,-1,0\" --target 2,-1",
                "  linalg kron --a \"1,2;3,4\" --b \"2,-1;1,0\""},
        subcommands = {LinalgCommand.MinNormCommand.class, LinalgCommand.KronCommand.class})
public final class LinalgCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: min-norm or kron (see 'deepmath-lab linalg --help')");
    }

    static ArrayNode array(double[] values) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    static ArrayNode rows(double[][] rows) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (double[] row : rows) {
            out.add(array(row));
        }
        return out;
    }

    static int print(CommandSpec spec, ObjectNode json) throws JsonProcessingException {
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    @Command(name = "min-norm", mixinStandardHelpOptions = true,
            description = {"The solution of A·x = y of least norm, x = Aᵀ(A·Aᵀ)⁻¹·y (A with independent rows):",
                    "{\"x\": [...]} (the least-squares unembedding of chapter 18, proposition 1)."})
    static final class MinNormCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--matrix", paramLabel = "ROWS", required = true,
                description = "A, rows separated by ';', e.g. the book's \"1,2,0,-1;1,1,-1,0\".")
        String matrix;

        @Option(names = "--target", paramLabel = "Y", required = true,
                description = "y, one number per row of A, e.g. 2,-1.")
        String target;

        @Override
        public Integer call() throws JsonProcessingException {
            MinimumNorm solution = MinimumNorm.solve(NumberList.rows(matrix, "--matrix"),
                    NumberList.parse(target, "--target"));
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.set("x", array(solution.x()));
            return print(spec, json);
        }
    }

    @Command(name = "kron", mixinStandardHelpOptions = true,
            description = {"The Kronecker product A ⊗ B, block (i, j) = aij·B: {\"matrix\": [[...], ...]}."})
    static final class KronCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--a", paramLabel = "ROWS", required = true, description = "A, rows separated by ';'.")
        String a;

        @Option(names = "--b", paramLabel = "ROWS", required = true, description = "B, rows separated by ';'.")
        String b;

        @Override
        public Integer call() throws JsonProcessingException {
            double[][] product = Kronecker.product(NumberList.rows(a, "--a"), NumberList.rows(b, "--b"));
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.set("matrix", rows(product));
            return print(spec, json);
        }
    }
}
