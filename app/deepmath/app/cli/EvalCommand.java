package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.expr.Derivatives;
import deepmath.expr.Formula;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab eval --function "x*exp(-x^2-y^2)" --at x=1,y=0 [--grad] [--hessian]}: the value, and
 * on request the gradient and Hessian by automatic differentiation, as one JSON object.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a formula at a point, with its gradient and Hessian by automatic differentiation.",
                "Prints {\"value\": v, \"gradient\": {\"x\": gx, ...}, \"hessian\": [[...], ...]} (variables in "
                        + "alphabetical order)."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--function"}, paramLabel = "EXPR", description = "The formula.")
    String function;

    @Option(names = "--preset", paramLabel = "KEY",
            description = {"A function of the book (see `presets`; the surfaces lab's first, then the descent lab's):",
                    "its formula, its parameters' values and, without --at, its start point."})
    String preset;

    @Option(names = "--at", paramLabel = "NAME=VALUE,...", description = "The point, e.g. x=1,y=0 (every variable).")
    String at = "";

    @Option(names = "--grad", description = "Also print the gradient (reverse-mode automatic differentiation).")
    boolean gradient;

    @Option(names = "--hessian", description = "Also print the Hessian (second-order forward mode).")
    boolean hessian;

    @Override
    public Integer call() throws Exception {
        Map<String, Double> defaults = Map.of();
        if (preset != null) {
            PresetFunction chosen = PresetFunction.of(preset);
            if (function == null) {
                function = chosen.formula();
                defaults = chosen.values();
            }
        } else if (function == null) {
            throw new BadInputException("give --function EXPR or --preset KEY");
        }
        Formula formula = Formula.parse(function);
        Map<String, Double> point = parsePoint(at, formula.variables(), defaults);
        double[] p = formula.point(point);
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        putNumber(out, "value", formula.compile().value(p));
        if (gradient) {
            double[] g = Derivatives.reverseGradient(formula, p);
            ObjectNode node = out.putObject("gradient");
            for (int i = 0; i < g.length; i++) {
                putNumber(node, formula.variables().get(i), g[i]);
            }
        }
        if (hessian) {
            double[][] h = Derivatives.hessian(formula, p);
            ArrayNode rows = out.putArray("hessian");
            for (double[] row : h) {
                ArrayNode r = rows.addArray();
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        r.add(v);
                    } else {
                        r.addNull();
                    }
                }
            }
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(json.writeValueAsString(out));
        writer.flush();
        return Cli.OK;
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    static Map<String, Double> parsePoint(String text, List<String> variables) {
        return parsePoint(text, variables, Map.of());
    }

    /** {@code defaults} (a preset's parameters and start) fill the names that --at does not give. */
    static Map<String, Double> parsePoint(String text, List<String> variables, Map<String, Double> defaults) {
        Map<String, Double> point = new LinkedHashMap<>(defaults);
        point.keySet().retainAll(variables);
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                String[] pair = part.split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new BadInputException("--at expects NAME=VALUE pairs separated by commas, got '" + part + "'");
                }
                String name = pair[0].trim();
                if (!variables.contains(name)) {
                    throw new BadInputException("--at gives " + name + ", which the formula does not use (it uses "
                            + (variables.isEmpty() ? "no variables" : String.join(", ", variables)) + ")");
                }
                try {
                    point.put(name, deepmath.core.DecimalText.parse(pair[1].trim()));
                } catch (NumberFormatException e) {
                    throw new BadInputException("--at: '" + pair[1].trim() + "' is not a number (for " + name + ")");
                }
            }
        }
        for (String name : variables) {
            if (!point.containsKey(name)) {
                throw new BadInputException("--at must give a value for " + name + " (the formula uses "
                        + String.join(", ", variables) + ")");
            }
        }
        return point;
    }
}
