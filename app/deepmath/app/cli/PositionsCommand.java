package deepmath.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.transformer.SinusoidalPositions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab positions}: the sinusoidal position vectors of chapter 18, §4, one row per position. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = {"The sinusoidal position vectors w(0), ..., w(K-1) of dimension n, ωi = 1/p^(2i/n),",
                "w(k) = (cos kω0, sin kω0, cos kω1, sin kω1, ...) as the book writes them:",
                "{\"positions\": [[...], ...]} (row k = w(k)), e.g. positions --dim 6 --count 4 --base 100."})
public final class PositionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dim", paramLabel = "N", required = true, description = "The dimension n (even).")
    int dimension;

    @Option(names = "--count", paramLabel = "K", required = true, description = "How many positions K.")
    int count;

    @Option(names = "--base", paramLabel = "P", defaultValue = "10000",
            description = "The base p (default: ${DEFAULT-VALUE}, GPT-2's paper).")
    double base;

    @Override
    public Integer call() throws JsonProcessingException {
        double[][] table = new SinusoidalPositions(dimension, base).table(count);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("positions", LinalgCommand.rows(table));
        return LinalgCommand.print(spec, json);
    }
}
