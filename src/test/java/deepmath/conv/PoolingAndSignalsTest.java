package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class PoolingAndSignalsTest {

    @Test
    void maxAndAveragePoolingOfTheBookGiveNOver2ByPOver2() {
        Plane a = Plane.of(new double[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20},
                {21, 22, 23, 24, 25}});
        Plane max = Pooling.of(Pooling.Kind.MAX, 2).apply(a);
        assertEquals(2, max.rows());
        assertEquals(2, max.cols());
        assertArrayEquals(new float[] {7, 9, 17, 19}, max.values());
        Plane avg = Pooling.of(Pooling.Kind.AVERAGE, 2).apply(a);
        assertArrayEquals(new float[] {4, 6, 14, 16}, avg.values());
    }

    @Test
    void poolingSizesFollowTheFormula() {
        Plane a = Plane.zeros(512, 300);
        Plane out = Pooling.of(Pooling.Kind.MAX, 4).apply(a);
        assertEquals(128, out.rows());
        assertEquals(75, out.cols());
        Plane overlapping = new Pooling(Pooling.Kind.AVERAGE, 3, 2).apply(Plane.zeros(7, 8));
        assertEquals(3, overlapping.rows()); // (7 − 3)/2 + 1
        assertEquals(3, overlapping.cols()); // (8 − 3)/2 + 1
        assertThrows(BadInputException.class, () -> Pooling.of(Pooling.Kind.MAX, 5).apply(Plane.zeros(4, 9)));
    }

    @Test
    void poolingParsesTheCommandLineForm() {
        assertEquals(new Pooling(Pooling.Kind.MAX, 4, 4), Pooling.parse("max:4"));
        assertEquals(new Pooling(Pooling.Kind.AVERAGE, 3, 2), Pooling.parse("avg:3:2"));
        assertThrows(BadInputException.class, () -> Pooling.parse("median:3"));
        assertThrows(BadInputException.class, () -> Pooling.parse("max:x"));
    }

    @Test
    void polynomialProductIsAFullConvolution() {
        // (1 + 2x)(3 − x + x²) = 3 + 5x − x² + 2x³
        double[] p = Polynomials.multiply(new double[] {1, 2}, new double[] {3, -1, 1});
        assertArrayEquals(new double[] {3, 5, -1, 2}, p, 1e-12);
        assertEquals("3 + 5x − x^2 + 2x^3", Polynomials.format(p));
        // (1 + x)^4 = 1 + 4x + 6x² + 4x³ + x⁴ by repeated products: Pascal's triangle.
        double[] q = {1};
        for (int k = 0; k < 4; k++) {
            q = Polynomials.multiply(q, new double[] {1, 1});
        }
        assertArrayEquals(new double[] {1, 4, 6, 4, 1}, q, 1e-12);
    }

    @Test
    void movingAverageMatchesNumpyConvolveSame() {
        // numpy.convolve([1, 2, 3, 4, 5, 6], [1/3, 1/3, 1/3], 'same') = [1, 2, 3, 4, 5, 11/3]
        double[] out = Convolution1D.apply(new double[] {1, 2, 3, 4, 5, 6}, Convolution1D.movingAverage(3),
                ConvolutionSpec.BOOK);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 11.0 / 3}, out, 1e-12);
    }

    @Test
    void signalConvolutionEqualsThe2dEngineOnOneRow() {
        double[] x = {3, -1, 4, 1, -5, 9, 2, 6};
        double[] m = {1, -2, 5, 1};
        for (Padding padding : Padding.values()) {
            for (OutputSize size : OutputSize.values()) {
                ConvolutionSpec spec = ConvolutionSpec.BOOK.withPadding(padding).withSize(size);
                double[] oneD = Convolution1D.apply(x, m, spec);
                Plane twoD = new DirectConvolution().apply(Plane.row(x), Kernel.row(m), spec);
                float[] expected = new float[oneD.length];
                for (int k = 0; k < oneD.length; k++) {
                    expected[k] = (float) oneD[k];
                }
                assertArrayEquals(expected, twoD.values(), 1e-4f, spec.toString());
            }
        }
    }

    @Test
    void paddingsMapOutsideIndicesLikeTheirPictures() {
        // input a b c d (indices 0..3), two cells out on each side
        int[] outside = {-2, -1, 4, 5};
        assertArrayEquals(new int[] {-1, -1, -1, -1}, map(Padding.ZERO, outside));
        assertArrayEquals(new int[] {2, 1, 2, 1}, map(Padding.REFLECT, outside)); // c b | a b c d | c b
        assertArrayEquals(new int[] {0, 0, 3, 3}, map(Padding.REPLICATE, outside));
        assertArrayEquals(new int[] {2, 3, 0, 1}, map(Padding.WRAP, outside));
    }

    private static int[] map(Padding padding, int[] indices) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = padding.index(indices[k], 4);
        }
        return out;
    }
}
