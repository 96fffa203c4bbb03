package deepmath.app.convolution;

import deepmath.conv.ConvNeuron;
import deepmath.conv.KernelLibrary;
import deepmath.conv.MatrixAlgebra;
import deepmath.conv.MatrixExample;
import deepmath.conv.MatrixText;
import deepmath.nn.Activation;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the backpropagation tab shows (book chapter 12 §4): the input A, the neuron's kernel M, bias and
 * activation, the target t (A ⋆ a "teacher" kernel from the library, or edited), the descent's step and whether
 * it learns the bias, and the weight and input whose derivative is written out term by term.
 *
 * @param teacher a library kernel's key, or {@link #CUSTOM} when the target is edited by hand
 */
record BackpropSettings(double[][] input, double[][] kernel, double bias, Activation activation, String teacher,
                        double[][] target, double rate, boolean learnBias, int weightRow, int weightCol, int inputRow,
                        int inputCol) {
    static final String CUSTOM = "custom";
    static final List<String> TEACHERS = List.of("blur", "gaussian", "edges", "sharpen", "vertical", CUSTOM);
    static final List<Activation> ACTIVATIONS = List.of(Activation.IDENTITY, Activation.RELU, Activation.SIGMOID,
            Activation.TANH);
    static final int MAX_INPUT = 6;
    static final int MAX_KERNEL = 5;
    /** The step for the book's 4×4 matrix A: its loss has a curvature of a few hundred, 2/curvature is far above. */
    static final double DEFAULT_RATE = 0.002;
    /**
     * The book's A and M (line 13361): a neuron that starts from M and learns the blur from A and A ⋆ blur;
     * the derivatives written out are the centre weight's and the first input's.
     */
    static final BackpropSettings DEFAULT = new BackpropSettings(MatrixExample.WORKED.input(),
            MatrixExample.WORKED.kernel(), 0,
            Activation.IDENTITY, "blur", null, DEFAULT_RATE, false, 1, 1, 0, 0);

    BackpropSettings {
        input = MatrixAlgebra.copy(input);
        kernel = MatrixAlgebra.copy(kernel);
        if (!teacher.equals(CUSTOM)) {
            target = MatrixAlgebra.same(input, KernelLibrary.get(teacher).toRows());
        }
        target = MatrixAlgebra.copy(target);
        if (target.length != input.length || target[0].length != input[0].length) {
            throw new IllegalArgumentException("the target has the input's size");
        }
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate " + rate);
        }
        weightRow = Math.min(Math.max(0, weightRow), kernel.length - 1);
        weightCol = Math.min(Math.max(0, weightCol), kernel[0].length - 1);
        inputRow = Math.min(Math.max(0, inputRow), input.length - 1);
        inputCol = Math.min(Math.max(0, inputCol), input[0].length - 1);
    }

    ConvNeuron neuron() {
        return ConvNeuron.of(kernel, bias, activation);
    }

    @Override
    public double[][] input() {
        return MatrixAlgebra.copy(input);
    }

    @Override
    public double[][] kernel() {
        return MatrixAlgebra.copy(kernel);
    }

    @Override
    public double[][] target() {
        return MatrixAlgebra.copy(target);
    }

    /** A new input; the target is cut or padded to its size (it follows the teacher when there is one). */
    BackpropSettings withInput(double[][] value) {
        double[][] t = new double[value.length][value[0].length];
        for (int r = 0; r < t.length && r < target.length; r++) {
            for (int c = 0; c < t[0].length && c < target[0].length; c++) {
                t[r][c] = target[r][c];
            }
        }
        return new BackpropSettings(value, kernel, bias, activation, teacher, t, rate, learnBias, weightRow, weightCol,
                inputRow, inputCol);
    }

    BackpropSettings withNeuron(double[][] k, double b) {
        return new BackpropSettings(input, k, b, activation, teacher, target, rate, learnBias, weightRow, weightCol,
                inputRow, inputCol);
    }

    BackpropSettings withActivation(Activation value) {
        return new BackpropSettings(input, kernel, bias, value, teacher, target, rate, learnBias, weightRow, weightCol,
                inputRow, inputCol);
    }

    BackpropSettings withTeacher(String value) {
        return new BackpropSettings(input, kernel, bias, activation, value, target, rate, learnBias, weightRow,
                weightCol, inputRow, inputCol);
    }

    /** An edited target: the teacher becomes "custom". */
    BackpropSettings withTarget(double[][] value) {
        return new BackpropSettings(input, kernel, bias, activation, CUSTOM, value, rate, learnBias, weightRow,
                weightCol, inputRow, inputCol);
    }

    BackpropSettings withDescent(double value, boolean bias) {
        return new BackpropSettings(input, kernel, this.bias, activation, teacher, target, value, bias, weightRow,
                weightCol, inputRow, inputCol);
    }

    BackpropSettings withWeight(int row, int col) {
        return new BackpropSettings(input, kernel, bias, activation, teacher, target, rate, learnBias, row, col,
                inputRow, inputCol);
    }

    BackpropSettings withInputCell(int row, int col) {
        return new BackpropSettings(input, kernel, bias, activation, teacher, target, rate, learnBias, weightRow,
                weightCol, row, col);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackpropSettings s && Arrays.deepEquals(s.input, input) && Arrays.deepEquals(s.kernel, kernel)
                && Double.compare(s.bias, bias) == 0 && s.activation == activation && s.teacher.equals(teacher)
                && Arrays.deepEquals(s.target, target) && Double.compare(s.rate, rate) == 0 && s.learnBias == learnBias
                && s.weightRow == weightRow && s.weightCol == weightCol && s.inputRow == inputRow
                && s.inputCol == inputCol;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.deepHashCode(input), Arrays.deepHashCode(kernel), bias, activation, teacher,
                Arrays.deepHashCode(target), rate, learnBias, weightRow, weightCol, inputRow, inputCol);
    }

    @Override
    public String toString() {
        return "BackpropSettings[A " + MatrixText.format(input) + ", M " + MatrixText.format(kernel) + ", b " + bias
                + ", " + activation.key() + ", teacher " + teacher + ", t " + MatrixText.format(target) + ", δ " + rate
                + (learnBias ? " with bias" : "") + ", weight " + weightRow + "," + weightCol + ", input " + inputRow
                + "," + inputCol + "]";
    }
}
