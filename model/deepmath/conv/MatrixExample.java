package deepmath.conv;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.util.List;

/**
 * A worked matrix example of the book (chapters 12 and 13) for the matrix tab: an input, a kernel and, for the
 * pooling examples, the pooling the book applies. Every number is the book's, at {@link #book()}'s line.
 *
 * @param pooling null for a convolution example
 */
public record MatrixExample(String key, BookReference book, double[][] input, double[][] kernel, Pooling pooling)
        implements BookPreset {
    private static final double[][] ONE_TO_16 = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
    private static final double[][] ONE_TO_25 = {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15},
        {16, 17, 18, 19, 20}, {21, 22, 23, 24, 25}};
    private static final double NINTH = 1.0 / 9;
    /** The pooling matrix of chapter 13 (line 15235), 4×6. */
    private static final double[][] POOL_13 = {{16, 23, 22, 21, 12, 13}, {0, 5, 18, 2, 17, 15},
        {10, 20, 4, 9, 7, 8}, {11, 14, 1, 19, 6, 3}};
    /** The two full rows of chapter 12's pooling figure (line 12951); its lower rows are only begun there. */
    private static final double[][] POOL_12 = {{3, 5, 0, 1, 1, 0}, {2, 1, 4, 3, 2, 7}};

    /** The book's worked example A ⋆ M (line 13361, again with scipy at line 14858). */
    public static final MatrixExample WORKED = new MatrixExample("matrix-13361", BookReference.of(12, 13361),
            new double[][] {{2, 1, 3, 0}, {1, 1, 0, 5}, {3, 3, 1, 0}, {2, 0, 0, 2}},
            new double[][] {{1, 0, 2}, {2, 1, 0}, {1, 0, 3}}, null);

    /** Every example, in the book's order. */
    public static final List<MatrixExample> ALL = List.of(
            new MatrixExample("pool-12951-max", BookReference.of(12, 12951), POOL_12, null,
                    Pooling.of(Pooling.Kind.MAX, 2)),
            new MatrixExample("pool-12951-avg", BookReference.of(12, 12951), POOL_12, null,
                    Pooling.of(Pooling.Kind.AVERAGE, 2)),
            WORKED,
            new MatrixExample("matrix-13787", BookReference.of(12, 13787),
                    new double[][] {{2, -1, 7, 3, 0}, {2, 0, 0, -2, 1}, {-5, 0, -1, -1, 4}},
                    new double[][] {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}}, null),
            new MatrixExample("matrix-13860", BookReference.of(12, 13860), ONE_TO_16,
                    new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 1, 0}}, null),
            new MatrixExample("matrix-13933", BookReference.of(12, 13933), ONE_TO_16,
                    new double[][] {{0, 0, 0}, {0, 0, 1}, {0, 0, 0}}, null),
            new MatrixExample("matrix-13993", BookReference.of(12, 13993), ONE_TO_25,
                    new double[][] {{NINTH, NINTH, NINTH}, {NINTH, NINTH, NINTH}, {NINTH, NINTH, NINTH}}, null),
            new MatrixExample("pool-15235-max", BookReference.of(13, 15235), POOL_13, null,
                    Pooling.of(Pooling.Kind.MAX, 2)),
            new MatrixExample("pool-15235-avg", BookReference.of(13, 15280), POOL_13, null,
                    Pooling.of(Pooling.Kind.AVERAGE, 2)));

    public MatrixExample {
        input = MatrixAlgebra.copy(input);
        kernel = kernel == null ? null : MatrixAlgebra.copy(kernel);
    }

    @Override
    public double[][] input() {
        return MatrixAlgebra.copy(input);
    }

    /** The example's kernel, or null for a pooling example (which keeps the kernel the tab has). */
    @Override
    public double[][] kernel() {
        return kernel == null ? null : MatrixAlgebra.copy(kernel);
    }

    @Override
    public String bundle() {
        return "convolution";
    }
}
