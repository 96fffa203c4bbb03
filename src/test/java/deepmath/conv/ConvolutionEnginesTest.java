package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.nd.Nd4jRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Both engines against the literal definition, for every mode, padding, stride and dilation. */
class ConvolutionEnginesTest {

    @BeforeAll
    static void engine() {
        Nd4jRuntime.initialise();
    }

    static Stream<Arguments> specs() {
        List<Arguments> all = new ArrayList<>();
        for (Operation op : Operation.values()) {
            for (OutputSize size : OutputSize.values()) {
                for (Padding padding : Padding.values()) {
                    for (int stride : new int[] {1, 2, 3}) {
                        for (int dilation : new int[] {1, 2}) {
                            all.add(Arguments.of(new ConvolutionSpec(op, size, padding, stride, dilation)));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void bothEnginesEqualTheDefinition(ConvolutionSpec spec) {
        Random random = new Random(spec.hashCode());
        int[][] shapes = {{7, 9, 3, 3}, {6, 5, 2, 4}, {12, 11, 5, 5}, {3, 4, 1, 1}, {5, 6, 4, 2}, {2, 3, 3, 3}};
        for (int[] shape : shapes) {
            Plane input = randomPlane(random, shape[0], shape[1]);
            Kernel kernel = randomKernel(random, shape[2], shape[3]);
            int extentR = spec.dilation() * (shape[2] - 1) + 1;
            int extentC = spec.dilation() * (shape[3] - 1) + 1;
            if (spec.size() == OutputSize.VALID && (extentR > shape[0] || extentC > shape[1])) {
                assertThrows(BadInputException.class, () -> new DirectConvolution().apply(input, kernel, spec));
                continue;
            }
            double[][] expected = ReferenceConvolution.apply(input.toRows(), kernel.toRows(), spec);
            String where = spec + " " + java.util.Arrays.toString(shape);
            for (InteriorPath path : InteriorPath.values()) {
                assertClose(expected, new DirectConvolution(1, path).apply(input, kernel, spec), where + " " + path);
                assertClose(expected, new DirectConvolution(2, path).apply(input, kernel, spec), where + " x2 " + path);
            }
            assertClose(expected, new Nd4jConvolution().apply(input, kernel, spec), where + " nd4j");
        }
    }

    /**
     * Every grouping of a kernel row's taps into passes (copies: 5, 4, 3, 2, 1; Vector API: 7 down to 1, and their
     * sums up to 15) on an odd width whose interior ends in a part-vector tail, the first pass writing the row.
     */
    @Test
    void everyKernelWidthEqualsTheDefinition() {
        Random random = new Random(23);
        Plane input = randomPlane(random, 61, 133);
        for (int width = 1; width <= Kernel.MAX_SIZE; width++) {
            Kernel kernel = randomKernel(random, 1 + width % 4, width);
            for (Padding padding : Padding.values()) {
                ConvolutionSpec spec = ConvolutionSpec.BOOK.withPadding(padding);
                double[][] expected = ReferenceConvolution.apply(input.toRows(), kernel.toRows(), spec);
                for (InteriorPath path : InteriorPath.values()) {
                    assertClose(expected, new DirectConvolution(1, path).apply(input, kernel, spec), width + " " + padding + " " + path);
                    assertClose(expected, new DirectConvolution(2, path).apply(input, kernel, spec), width + " x2 " + padding + " " + path);
                }
            }
        }
    }

    /** The output buffer is reused by the panel: a second kernel into the same plane leaves nothing of the first. */
    @Test
    void aReusedOutputHoldsOnlyTheNewResult() {
        Random random = new Random(29);
        Plane input = randomPlane(random, 40, 70);
        for (InteriorPath path : InteriorPath.values()) {
            Plane out = Plane.zeros(40, 70);
            DirectConvolution engine = new DirectConvolution(2, path);
            engine.apply(input, randomKernel(random, 7, 7), ConvolutionSpec.BOOK, out);
            Kernel second = randomKernel(random, 3, 5);
            double[][] expected = ReferenceConvolution.apply(input.toRows(), second.toRows(), ConvolutionSpec.BOOK);
            assertClose(expected, engine.apply(input, second, ConvolutionSpec.BOOK, out), "reused " + path);
            // 'full', dilation 2, one input row: output rows 1 and 3 read only virtual zeros yet have interior columns.
            Plane line = randomPlane(random, 1, 40);
            ConvolutionSpec full = ConvolutionSpec.BOOK.withSize(OutputSize.FULL).withDilation(2);
            Kernel k3 = randomKernel(random, 3, 3);
            Plane stale = Plane.zeros(5, 44);
            java.util.Arrays.fill(stale.values(), 99f);
            assertClose(ReferenceConvolution.apply(line.toRows(), k3.toRows(), full),
                    engine.apply(line, k3, full, stale), "rows of virtual zeros " + path);
        }
    }

    /** The test JVM is given the module (pom.xml): the SIMD path is really the one tested above, not skipped. */
    @Test
    void theVectorApiPathRunsInTheTests() {
        assertTrue(InteriorPath.VECTOR_API.available());
        assertEquals(InteriorPath.VECTOR_API, new DirectConvolution().path());
    }

    @Test
    void aLargeImageSplitIntoBandsEqualsTheDefinition() {
        Random random = new Random(7);
        Plane input = randomPlane(random, 300, 257);
        for (int size : new int[] {3, 4, 7}) {
            Kernel kernel = randomKernel(random, size, size);
            for (Padding padding : Padding.values()) {
                ConvolutionSpec spec = ConvolutionSpec.BOOK.withPadding(padding);
                double[][] expected = ReferenceConvolution.apply(input.toRows(), kernel.toRows(), spec);
                for (InteriorPath path : InteriorPath.values()) {
                    assertClose(expected, new DirectConvolution(4, path).apply(input, kernel, spec), size + " " + padding + " " + path);
                }
            }
        }
    }

    @Test
    void scipyConvolve2dSameOnAnEvenKernel() {
        // scipy.signal.convolve2d([[1..5]], [[1, 10, 100, 1000]], mode='same') and correlate2d, printed by scipy 1.17.
        Plane a = Plane.row(1, 2, 3, 4, 5);
        Kernel m = Kernel.row(1, 10, 100, 1000);
        DirectConvolution engine = new DirectConvolution();
        assertArrayEquals(new float[] {12, 123, 1234, 2345, 3450}, engine.apply(a, m, ConvolutionSpec.BOOK).values());
        assertArrayEquals(new float[] {3210, 4321, 5432, 543, 54},
                engine.apply(a, m, ConvolutionSpec.BOOK.withOperation(Operation.CORRELATION)).values());
        assertArrayEquals(new float[] {1234, 2345},
                engine.apply(a, m, ConvolutionSpec.BOOK.withSize(OutputSize.VALID)).values());
    }

    @Test
    void scipyConvolve2dOnAMatrix() {
        // scipy.signal.convolve2d(A, M, mode='same', boundary='fill') with A = arange(1, 21).reshape(4, 5).
        Plane a = Plane.of(new double[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}});
        Kernel m = Kernel.parse("1,2,0;0,1,0;-1,0,3");
        double[][] expected = {{20, 24, 28, 32, 25}, {38, 44, 50, 56, 52}, {53, 74, 80, 86, 82}, {4, 37, 40, 43, 62}};
        assertClose(expected, new DirectConvolution().apply(a, m, ConvolutionSpec.BOOK), "scipy same");
        double[][] full = {{1, 4, 7, 10, 13, 10, 0}, {6, 20, 24, 28, 32, 25, 0}, {10, 38, 44, 50, 56, 52, 15},
                {10, 53, 74, 80, 86, 82, 30}, {-11, 4, 37, 40, 43, 62, 45}, {-16, -17, 30, 32, 34, 57, 60}};
        assertClose(full, new DirectConvolution().apply(a, m, ConvolutionSpec.BOOK.withSize(OutputSize.FULL)), "full");
    }

    @Test
    void convolutionIsCorrelationWithTheFlippedKernel() {
        Random random = new Random(3);
        Plane input = randomPlane(random, 9, 8);
        Kernel kernel = randomKernel(random, 3, 5);
        for (Padding padding : Padding.values()) {
            ConvolutionSpec spec = ConvolutionSpec.BOOK.withPadding(padding);
            Plane convolution = new DirectConvolution().apply(input, kernel, spec);
            Plane correlation = new DirectConvolution().apply(input, kernel.flipped(),
                    spec.withOperation(Operation.CORRELATION));
            assertArrayEquals(convolution.values(), correlation.values(), 1e-4f, padding.key());
        }
    }

    @Test
    void fullConvolutionIsAssociative() {
        // (A * M1) * M2 = A * (M1 * M2) for 'full' convolutions with zero padding: no cropping loses anything.
        Random random = new Random(11);
        ConvolutionSpec full = ConvolutionSpec.BOOK.withSize(OutputSize.FULL);
        Plane a = randomPlane(random, 6, 7);
        Kernel m1 = randomKernel(random, 3, 3);
        Kernel m2 = randomKernel(random, 2, 3);
        DirectConvolution engine = new DirectConvolution();
        Plane left = engine.apply(engine.apply(a, m1, full), m2, full);
        Plane m12 = engine.apply(Plane.of(m1.toRows()), m2, full);
        Plane right = engine.apply(a, Kernel.of(m12.toRows()), full);
        assertArrayEquals(left.values(), right.values(), 1e-3f);
        // and commutative: A * M = M * A.
        Plane am = engine.apply(Plane.of(m1.toRows()), Kernel.of(m2.toRows()), full);
        Plane ma = engine.apply(Plane.of(m2.toRows()), Kernel.of(m1.toRows()), full);
        assertArrayEquals(am.values(), ma.values(), 1e-4f);
    }

    @Test
    void identityKernelChangesNothing() {
        Plane input = randomPlane(new Random(5), 40, 33);
        Plane out = new DirectConvolution().apply(input, KernelLibrary.get("identity"), ConvolutionSpec.BOOK);
        assertArrayEquals(input.values(), out.values());
    }

    @Test
    void theNd4jEdgeTakesAndGivesMatrices() {
        INDArray input = Nd4j.create(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        INDArray out = new DirectConvolution().apply(input, Kernel.parse("0,1,0;1,-4,1;0,1,0"), ConvolutionSpec.BOOK);
        assertArrayEquals(new long[] {3, 3}, out.shape());
        // centre: 2 + 4 + 6 + 8 − 4·5 = 0; corner (0, 0): 2 + 4 − 4 = 2.
        assertEquals(0, out.getFloat(1, 1), 1e-6);
        assertEquals(2, out.getFloat(0, 0), 1e-6);
    }

    static Plane randomPlane(Random random, int rows, int cols) {
        Plane p = Plane.zeros(rows, cols);
        for (int k = 0; k < p.size(); k++) {
            p.values()[k] = random.nextInt(21) - 10;
        }
        return p;
    }

    static Kernel randomKernel(Random random, int rows, int cols) {
        double[] w = new double[rows * cols];
        for (int k = 0; k < w.length; k++) {
            w[k] = random.nextInt(9) - 4;
        }
        return new Kernel(rows, cols, w);
    }

    static void assertClose(double[][] expected, Plane actual, String where) {
        assertEquals(expected.length, actual.rows(), where + ": rows");
        assertEquals(expected[0].length, actual.cols(), where + ": cols");
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[0].length; c++) {
                assertEquals(expected[r][c], actual.get(r, c), 1e-3, where + " at (" + r + ", " + c + ")");
            }
        }
    }
}
