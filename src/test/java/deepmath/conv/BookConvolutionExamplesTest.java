package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The book's worked examples of chapters 11–13 with its own numbers (the book's line in each test's name). */
class BookConvolutionExamplesTest {
    private static final DirectConvolution ENGINE = new DirectConvolution(1);

    private static double[][] example(String key) {
        return MatrixExample.ALL.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().input();
    }

    private static MatrixExample preset(String key) {
        return MatrixExample.ALL.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    private static double[][] convolve(MatrixExample e, OutputSize size) {
        return ENGINE.apply(Plane.of(e.input()), Kernel.of(e.kernel()), ConvolutionSpec.BOOK.withSize(size)).toRows();
    }

    @Test
    void line13361TheWorkedExampleWholeResultFirstCoefficient5() {
        double[][] book = {{5, 9, 10, 0}, {7, 17, 19, 16}, {10, 12, 11, 0}, {5, 10, 13, 5}};
        MatrixExample worked = MatrixExample.WORKED;
        assertArrayEquals(new double[][] {{2, 1, 3, 0}, {1, 1, 0, 5}, {3, 3, 1, 0}, {2, 0, 0, 2}}, worked.input());
        assertArrayEquals(new double[][] {{1, 0, 2}, {2, 1, 0}, {1, 0, 3}}, worked.kernel());
        assertArrayEquals(book, convolve(worked, OutputSize.SAME));
        // Independently, in doubles, tap by tap (the neuron with identity activation and no bias).
        assertArrayEquals(book, MatrixAlgebra.same(worked.input(), worked.kernel()));
        // The first coefficient as the book sums it (line 13372): 2×1 + 1×2 + 1×1 with the flipped kernel.
        CellBreakdown first = CellBreakdown.of(Plane.of(worked.input()), Kernel.of(worked.kernel()), ConvolutionSpec.BOOK,
                0, 0);
        assertEquals(5, first.sum());
    }

    @Test
    void lines15001And15086FullAndValidOfTheWorkedExample() {
        double[][] full = {{2, 1, 7, 2, 6, 0}, {5, 5, 9, 10, 0, 10}, {7, 7, 17, 19, 16, 0}, {9, 10, 12, 11, 0, 19},
            {7, 5, 10, 13, 5, 0}, {2, 0, 6, 2, 0, 6}};
        assertArrayEquals(full, convolve(MatrixExample.WORKED, OutputSize.FULL));
        assertArrayEquals(full, MatrixAlgebra.full(MatrixExample.WORKED.input(), MatrixExample.WORKED.kernel()));
        assertArrayEquals(new double[][] {{17, 19}, {12, 11}}, convolve(MatrixExample.WORKED, OutputSize.VALID));
    }

    @Test
    void line13787The3x5Example() {
        assertArrayEquals(new double[][] {{1, -6, 7, 10, 2}, {9, 7, 10, 7, 1}, {-3, 0, 0, -8, 0}},
                convolve(preset("matrix-13787"), OutputSize.SAME));
    }

    @Test
    void lines13860And13933TranslationsDownAndRight() {
        assertArrayEquals(new double[][] {{0, 0, 0, 0}, {1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}},
                convolve(preset("matrix-13860"), OutputSize.SAME));
        assertArrayEquals(new double[][] {{0, 1, 2, 3}, {0, 5, 6, 7}, {0, 9, 10, 11}, {0, 13, 14, 15}},
                convolve(preset("matrix-13933"), OutputSize.SAME));
    }

    @Test
    void line13993LocalAverageWithTheBooksTruncatedDecimals() {
        double[][] book = {{1.77, 3, 3.66, 4.33, 3.11}, {4.33, 7, 8, 9, 6.33}, {7.66, 12, 13, 14, 9.66},
            {11, 17, 18, 19, 13}, {8.44, 13, 13.66, 14.33, 9.77}};
        double[][] out = MatrixAlgebra.same(example("matrix-13993"), preset("matrix-13993").kernel());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                // The book cuts after two decimals (16/9 = 1.777… is printed 1.77).
                assertEquals(book[i][j], Math.floor(out[i][j] * 100 + 1e-9) / 100, 1e-9, i + "," + j);
            }
        }
    }

    @Test
    void line15235MaxAndLine15280AveragePooling() {
        Plane a = Plane.of(example("pool-15235-max"));
        assertArrayEquals(new double[][] {{23, 22, 17}, {20, 19, 8}}, preset("pool-15235-max").pooling().apply(a).toRows());
        assertArrayEquals(new double[][] {{11, 15.75, 14.25}, {13.75, 8.25, 6}},
                preset("pool-15235-avg").pooling().apply(a).toRows());
        PoolingBreakdown cell = PoolingBreakdown.of(a, Pooling.of(Pooling.Kind.AVERAGE, 2), 0, 1);
        assertEquals(java.util.List.of(22.0, 21.0, 18.0, 2.0), cell.values());
        assertEquals(63, cell.sum());
        assertEquals(15.75, cell.result());
    }

    @Test
    void line12951PoolingFigureFirstRow() {
        Plane a = Plane.of(example("pool-12951-max"));
        assertArrayEquals(new double[][] {{5, 4, 7}}, preset("pool-12951-max").pooling().apply(a).toRows());
        // 11/4, 2, 5/2 in the book.
        assertArrayEquals(new double[][] {{11 / 4.0, 2, 5 / 2.0}}, preset("pool-12951-avg").pooling().apply(a).toRows());
    }

    @Test
    void line12585TheConvolutionNeuronReadsItsNeighboursThroughTheFlippedKernel() {
        // s = x·c + y·b + z·a for the kernel [a, b, c]: weight a meets the right neighbour z, c the left one x.
        int[][] links = Convolution1D.links(5, 3, ConvolutionSpec.BOOK);
        assertArrayEquals(new int[] {1, 0, -1}, links[0], "the first neuron's left neighbour is a virtual zero");
        assertArrayEquals(new int[] {3, 2, 1}, links[2]);
        assertArrayEquals(new int[] {-1, 4, 3}, links[4]);
        // Through these links the neurons give [1, 0, 3, 5, 1] ⋆ [1, 2, 3] = [2, 6, 11, 20, 17] (line 12475).
        double[] x = {1, 0, 3, 5, 1};
        double[] m = {1, 2, 3};
        double[] out = new double[5];
        for (int k = 0; k < 5; k++) {
            for (int u = 0; u < 3; u++) {
                out[k] += links[k][u] < 0 ? 0 : m[u] * x[links[k][u]];
            }
        }
        assertArrayEquals(new double[] {2, 6, 11, 20, 17}, out);
    }

    @Test
    void line15467CorrelationOfTwoLists() {
        double[] h = Convolution1D.apply(new double[] {1, 0, 3, 5, 1}, new double[] {1, 2, 3},
                ConvolutionSpec.BOOK.withOperation(Operation.CORRELATION));
        assertArrayEquals(new double[] {2, 10, 21, 16, 7}, h);
    }

    @Test
    void line12557SineConvolvedWithTheDerivativeKernelLooksLikeTheCosine() {
        double[] x = Signals.bookSine();
        assertEquals(100, x.length);
        assertEquals(Math.sin(198 * Math.PI / 100), x[99], 1e-15);
        double[] d = Convolution1D.apply(x, new double[] {0, 1, -1}, ConvolutionSpec.BOOK);
        assertEquals(0, d[0], 1e-15, "a virtual zero before sin(0)");
        for (int k = 1; k < 100; k++) {
            // f(k) − f(k − 1) = 2 sin(π/100) cos(2π(k − ½)/100): the cosine up to the factor 2 sin(π/100).
            assertEquals(x[k] - x[k - 1], d[k], 1e-15);
            assertEquals(Math.cos(2 * Math.PI * (k - 0.5) / 100), d[k] / (2 * Math.sin(Math.PI / 100)), 1e-12);
        }
    }

    @Test
    void lines15447And15474TheRadarFindsThePulseAround400() {
        double[] f = Signals.radarEcho(1);
        double[] g = Signals.radarPulse();
        assertEquals(1000, f.length);
        assertEquals(100, g.length);
        double[] h = Convolution1D.apply(f, g, ConvolutionSpec.BOOK.withOperation(Operation.CORRELATION));
        int peak = Signals.argMax(h);
        // The pulse lies on 350…449; its centre 399.5 is the book's "position 400".
        assertTrue(Math.abs(peak - 400) <= 1, "peak at " + peak);
        double energy = Arrays.stream(g).map(v -> v * v).sum();
        assertTrue(h[peak] > 0.7 * energy, h[peak] + " vs " + energy);
        for (int k = 0; k < h.length; k++) {
            if (Math.abs(k - peak) > 10) {
                assertTrue(h[k] < 0.6 * h[peak], "a second peak at " + k);
            }
        }
    }
}
