package deepmath.conv;

import deepmath.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolution neuron as the book defines it (chapter 11 §3, chapter 12 §2.3–2.4 and §4): the output
 * g(i, j) = φ(z(i, j)) with z = A ⋆ M + b, one neuron per output cell, all of them sharing the kernel's weights
 * and the bias. Computed in doubles, for the small matrices of the backpropagation tab; the loss is the sum of
 * squared errors E = Σ (g(i, j) − t(i, j))² against a target t.
 *
 * <p>Backpropagation follows the book's formula for a shared weight a: ∂E/∂a = Σ f_i · g'_i · ∂E/∂g_i over
 * every neuron i that uses a, f_i being the input that a multiplies in neuron i.
 */
public record ConvNeuron(double[][] kernel, double bias, Activation activation, ConvolutionSpec spec) {
    /**
     * A step δ that descends steadily on the tab's integer matrices (entries 0 to 9, a few tens of cells): the
     * loss's curvature there is of the order of 10⁴, and a step above 2/curvature would diverge.
     */
    public static final double DEFAULT_RATE = 1e-4;

    public ConvNeuron {
        kernel = MatrixAlgebra.copy(kernel);
        Kernel.of(kernel); // checks the size and the weights
        if (!Double.isFinite(bias)) {
            throw new deepmath.core.BadInputException(ConvProblem.KERNEL_WEIGHT, bias);
        }
        if (!activation.isElementwise()) {
            throw new IllegalArgumentException("a convolution neuron applies its activation cell by cell");
        }
    }

    /** The book's neuron: convolution, same size, zero padding. */
    public static ConvNeuron of(double[][] kernel, double bias, Activation activation) {
        return new ConvNeuron(kernel, bias, activation, ConvolutionSpec.BOOK);
    }

    @Override
    public double[][] kernel() {
        return MatrixAlgebra.copy(kernel);
    }

    /** One tap of one neuron: output cell (row, col) multiplies weight (wRow, wCol) by the input read at (r, c). */
    private record Tap(int wRow, int wCol, int inRow, int inCol) {
        boolean readsInput() {
            return inRow >= 0;
        }
    }

    /** The taps of output cell (row, col); a tap over a virtual zero has inRow = inCol = −1. */
    private List<Tap> taps(int inputRows, int inputCols, int row, int col) {
        Kernel k = Kernel.of(kernel);
        AxisGeometry rows = spec.rowGeometry(inputRows, k);
        AxisGeometry cols = spec.colGeometry(inputCols, k);
        boolean flip = spec.operation() == Operation.CONVOLUTION;
        List<Tap> taps = new ArrayList<>(k.rows() * k.cols());
        for (int u = 0; u < k.rows(); u++) {
            int r = spec.padding().index(rows.input(row, u), inputRows);
            for (int v = 0; v < k.cols(); v++) {
                int c = spec.padding().index(cols.input(col, v), inputCols);
                int wr = flip ? k.rows() - 1 - u : u;
                int wc = flip ? k.cols() - 1 - v : v;
                taps.add(r < 0 || c < 0 ? new Tap(wr, wc, -1, -1) : new Tap(wr, wc, r, c));
            }
        }
        return taps;
    }

    private int[] shape(double[][] input) {
        return ConvolutionEngine.outputShape(input.length, input[0].length, Kernel.of(kernel), spec);
    }

    /** z = A ⋆ M + b, before the activation. */
    public double[][] preActivation(double[][] input) {
        int[] shape = shape(input);
        double[][] z = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                double sum = bias;
                for (Tap t : taps(input.length, input[0].length, i, j)) {
                    if (t.readsInput()) {
                        sum += kernel[t.wRow][t.wCol] * input[t.inRow][t.inCol];
                    }
                }
                z[i][j] = sum;
            }
        }
        return z;
    }

    /** g = φ(z): the layer's output. */
    public double[][] output(double[][] input) {
        return map(preActivation(input), activation::value);
    }

    /** E = Σ (g − t)². */
    public double loss(double[][] input, double[][] target) {
        double[][] g = output(input);
        requireSameShape(g, target);
        double e = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                double d = g[i][j] - target[i][j];
                e += d * d;
            }
        }
        return e;
    }

    /** Everything backpropagation computes for one input and its target. */
    public Backprop backprop(double[][] input, double[][] target) {
        double[][] z = preActivation(input);
        double[][] g = map(z, activation::value);
        requireSameShape(g, target);
        double[][] slope = map(z, activation::derivative);
        double[][] upstream = new double[g.length][g[0].length];
        double[][] delta = new double[g.length][g[0].length];
        double[][] dKernel = new double[kernel.length][kernel[0].length];
        double[][] dInput = new double[input.length][input[0].length];
        double dBias = 0;
        double loss = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                double d = g[i][j] - target[i][j];
                loss += d * d;
                upstream[i][j] = 2 * d;
                delta[i][j] = upstream[i][j] * slope[i][j];
                dBias += delta[i][j];
                for (Tap t : taps(input.length, input[0].length, i, j)) {
                    if (t.readsInput()) {
                        dKernel[t.wRow][t.wCol] += delta[i][j] * input[t.inRow][t.inCol];
                        dInput[t.inRow][t.inCol] += delta[i][j] * kernel[t.wRow][t.wCol];
                    }
                }
            }
        }
        return new Backprop(MatrixAlgebra.copy(input), z, g, loss, upstream, slope, delta, dKernel, dBias, dInput);
    }

    /** The book's sum for weight (row, col): one term f_i · g'_i · ∂E/∂g_i per neuron whose tap reads an input. */
    public List<Term> weightTerms(Backprop b, int row, int col) {
        List<Term> terms = new ArrayList<>();
        double[][] input = b.input();
        for (int i = 0; i < b.output().length; i++) {
            for (int j = 0; j < b.output()[0].length; j++) {
                for (Tap t : taps(input.length, input[0].length, i, j)) {
                    if (t.wRow == row && t.wCol == col && t.readsInput()) {
                        terms.add(new Term(i, j, input[t.inRow][t.inCol], b.slope()[i][j], b.upstream()[i][j]));
                    }
                }
            }
        }
        return terms;
    }

    /** ∂E/∂a(row, col) as a sum: one term m · g'_i · ∂E/∂g_i per neuron that reads this input (through weight m). */
    public List<Term> inputTerms(Backprop b, int row, int col) {
        List<Term> terms = new ArrayList<>();
        double[][] input = b.input();
        for (int i = 0; i < b.output().length; i++) {
            for (int j = 0; j < b.output()[0].length; j++) {
                for (Tap t : taps(input.length, input[0].length, i, j)) {
                    if (t.inRow == row && t.inCol == col) {
                        terms.add(new Term(i, j, kernel[t.wRow][t.wCol], b.slope()[i][j], b.upstream()[i][j]));
                    }
                }
            }
        }
        return terms;
    }

    /**
     * One step of gradient descent on the weights (and the bias when {@code learnBias}), summed over the pairs:
     * M ← M − δ·∂E/∂M, b ← b − δ·∂E/∂b.
     */
    public ConvNeuron descentStep(List<double[][]> inputs, List<double[][]> targets, double rate, boolean learnBias) {
        double[][] next = kernel();
        double nextBias = bias;
        for (int n = 0; n < inputs.size(); n++) {
            Backprop b = backprop(inputs.get(n), targets.get(n));
            for (int r = 0; r < next.length; r++) {
                for (int c = 0; c < next[0].length; c++) {
                    next[r][c] -= rate * b.kernelGradient()[r][c];
                }
            }
            if (learnBias) {
                nextBias -= rate * b.biasGradient();
            }
        }
        return new ConvNeuron(next, nextBias, activation, spec);
    }

    /**
     * One term of a backpropagation sum for output neuron (row, col): factor · g' · ∂E/∂g, the factor being the
     * input f the weight multiplies (for a weight) or the weight (for an input).
     */
    public record Term(int row, int col, double factor, double slope, double upstream) {
        public double value() {
            return factor * slope * upstream;
        }
    }

    /**
     * Forward values and gradients: z, g = φ(z), E, ∂E/∂g = 2(g − t), g' = φ'(z), δ = ∂E/∂z = ∂E/∂g · g',
     * ∂E/∂M, ∂E/∂b and ∂E/∂A.
     */
    public record Backprop(double[][] input, double[][] preActivation, double[][] output, double loss,
                           double[][] upstream, double[][] slope, double[][] delta, double[][] kernelGradient,
                           double biasGradient, double[][] inputGradient) {
    }

    private static void requireSameShape(double[][] a, double[][] b) {
        if (a.length != b.length || a[0].length != b[0].length) {
            throw new deepmath.core.BadInputException(ConvProblem.TARGET_SHAPE, b.length, b[0].length, a.length,
                    a[0].length);
        }
    }

    private static double[][] map(double[][] x, java.util.function.DoubleUnaryOperator f) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                out[i][j] = f.applyAsDouble(x[i][j]);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvNeuron n && java.util.Arrays.deepEquals(n.kernel, kernel)
                && Double.compare(n.bias, bias) == 0 && n.activation == activation && n.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.deepHashCode(kernel), bias, activation, spec);
    }
}
