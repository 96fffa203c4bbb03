package deepmath.app.convolution;

import deepmath.conv.MatrixAlgebra;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.MatrixExample;
import deepmath.conv.MatrixText;
import deepmath.conv.Pooling;
import java.util.Arrays;

/**
 * Everything the matrix tab shows: the input (at most 10×10) and the kernel (at most 7×7) as edited, the
 * spec, what is computed (the convolution, or a max or average pooling of the input with blocks poolSize ×
 * poolSize) and the output cell the step-by-step figure is at (shown clamped to the output's last cell).
 */
record MatrixSettings(double[][] input, double[][] kernel, ConvolutionSpec spec, int cell, View view, int poolSize) {
    static final int MAX_INPUT = 10;
    static final int MAX_KERNEL = 7;
    static final int MAX_POOL = 5;
    /** The book's worked example A ⋆ M (chapter 12, line 13361). */
    static final double[][] BOOK_INPUT = MatrixExample.WORKED.input();
    static final double[][] BOOK_KERNEL = MatrixExample.WORKED.kernel();
    static final MatrixSettings BOOK = new MatrixSettings(BOOK_INPUT, BOOK_KERNEL, ConvolutionSpec.BOOK, 0);

    /** What the tab computes from the input. */
    enum View {
        CONVOLUTION("convolution"), MAX_POOLING("max"), AVERAGE_POOLING("avg");

        private final String key;

        View(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        static View of(Pooling.Kind kind) {
            return kind == Pooling.Kind.MAX ? MAX_POOLING : AVERAGE_POOLING;
        }
    }

    MatrixSettings(double[][] input, double[][] kernel, ConvolutionSpec spec, int cell) {
        this(input, kernel, spec, cell, View.CONVOLUTION, 2);
    }

    MatrixSettings {
        input = MatrixAlgebra.copy(input);
        kernel = MatrixAlgebra.copy(kernel);
        if (cell < 0) {
            throw new IllegalArgumentException("cell " + cell);
        }
        if (poolSize < 1 || poolSize > MAX_POOL) {
            throw new IllegalArgumentException("pooling size " + poolSize);
        }
    }

    /** The pooling the settings ask for, or null when they ask for the convolution. */
    Pooling pooling() {
        return view == View.CONVOLUTION ? null
                : Pooling.of(view == View.MAX_POOLING ? Pooling.Kind.MAX : Pooling.Kind.AVERAGE, poolSize);
    }

    /** A book example: its matrices (a pooling example keeps the kernel), from its first cell. */
    MatrixSettings withExample(MatrixExample example) {
        Pooling p = example.pooling();
        return new MatrixSettings(example.input(), example.kernel() == null ? kernel : example.kernel(),
                p == null ? ConvolutionSpec.BOOK : spec, 0, p == null ? View.CONVOLUTION : View.of(p.kind()),
                p == null ? poolSize : p.size());
    }

    /** A new view or pooling size: the figure starts again from the first cell. */
    MatrixSettings withView(View value, int size) {
        return new MatrixSettings(input, kernel, spec, 0, value, size);
    }

    @Override
    public double[][] input() {
        return MatrixAlgebra.copy(input);
    }

    @Override
    public double[][] kernel() {
        return MatrixAlgebra.copy(kernel);
    }

    MatrixSettings withInput(double[][] value) {
        return new MatrixSettings(value, kernel, spec, cell, view, poolSize);
    }

    MatrixSettings withKernel(double[][] value) {
        return new MatrixSettings(input, value, spec, cell, view, poolSize);
    }

    /** A new spec: the figure starts again from the first cell. */
    MatrixSettings withSpec(ConvolutionSpec value) {
        return new MatrixSettings(input, kernel, value, 0, view, poolSize);
    }

    MatrixSettings withCell(int value) {
        return new MatrixSettings(input, kernel, spec, value, view, poolSize);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixSettings m && Arrays.deepEquals(m.input, input) && Arrays.deepEquals(m.kernel, kernel)
                && m.spec.equals(spec) && m.cell == cell && m.view == view && m.poolSize == poolSize;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.deepHashCode(input), Arrays.deepHashCode(kernel), spec, cell, view,
                poolSize);
    }

    @Override
    public String toString() {
        return "MatrixSettings[input " + MatrixText.format(input) + ", kernel " + MatrixText.format(kernel) + ", "
                + spec + ", cell " + cell + ", " + view.key() + ", pool " + poolSize + "]";
    }
}
