package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.tensor.Tensor;
import deepmath.tensor.TensorOperation;
import deepmath.tensor.TensorPreset;
import deepmath.tensor.TensorText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab tensor}: one operation of the Tensors tab (book chapter 15) computed by ND4J, as JSON with
 * the numpy and TensorFlow expressions that do the same.
 */
@Command(name = "tensor", mixinStandardHelpOptions = true,
        description = {"Apply an operation of the book's chapter 15 to a tensor (or two) written as numpy writes them",
                "and print {\"numpy\", \"tensorflow\", \"rank\", \"shape\", \"size\", \"result\"}, e.g.",
                "tensor --a \"[[[5,1,0],[3,3,2]],[[1,1,0],[5,1,7]],[[0,0,1],[8,1,9]]]\" --op reshape --shape 2,9"})
public final class TensorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "KEY",
            description = "One of the tab's presets (book-flatten, book-reshape-2-9, book-concatenate-1, ...); the other options change it.")
    String preset;

    @Option(names = "--a", paramLabel = "TENSOR", description = "T (or A): nested brackets, a number, or range(start, end, step).")
    String a;

    @Option(names = "--b", paramLabel = "TENSOR", description = "B, for concatenate, stack, add and multiply.")
    String b;

    @Option(names = "--op", paramLabel = "OPERATION",
            description = "reshape, flatten, transpose, concatenate, stack, sum, mean, add or multiply.")
    String op;

    @Option(names = "--shape", paramLabel = "LENGTHS", description = "The new shape for reshape, e.g. 2,9 or 9,-1.")
    String shape;

    @Option(names = "--axes", paramLabel = "AXES", description = "The order of the axes for transpose, e.g. 1,0,2 (default: reversed).")
    String axes;

    @Option(names = "--axis", paramLabel = "N", description = "The axis of concatenate, stack, sum and mean (default 0).")
    Integer axis;

    @Override
    public Integer call() throws Exception {
        TensorPreset start = preset == null ? null : TensorPreset.fromKey(preset);
        TensorOperation operation = start == null ? TensorOperation.of(TensorOperation.Kind.FLATTEN) : start.operation();
        if (op != null) {
            operation = operation.withKind(TensorOperation.Kind.fromKey(op));
        }
        if (shape != null) {
            operation = operation.withShape(TensorText.integers(shape));
        }
        if (axes != null) {
            operation = operation.withAxes(TensorText.integers(axes));
        }
        if (axis != null) {
            operation = operation.withAxis(axis);
        }
        if (a == null && start == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --a (or --preset)");
        }
        Tensor first = TensorText.parse(a != null ? a : start.a());
        Tensor second = operation.kind().operands() == 2
                ? TensorText.parse(b != null ? b : start != null ? start.b() : first.toString()) : first;
        Tensor result = operation.apply(first, second);
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("numpy", operation.numpy());
        out.put("tensorflow", operation.tensorflow());
        out.put("rank", result.rank());
        var lengths = out.putArray("shape");
        for (int length : result.shape()) {
            lengths.add(length);
        }
        out.put("size", result.size());
        // The lab's bracket text is JSON already (numbers as plain decimals).
        out.set("result", json.readTree(result.toString()));
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
