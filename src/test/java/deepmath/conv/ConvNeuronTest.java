package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Activation;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation through a convolution (book chapter 12 §4, line 14664): the gradients against finite
 * differences, the book's sum ∂E/∂a = Σ f_i · g'_i · ∂E/∂g_i term by term, descent recovering a kernel, and the
 * weight counts of chapter 14's layers.
 */
class ConvNeuronTest {
    private static final double[][] INPUT = {{2, 1, 3, 0}, {1, 1, 0, 5}, {3, 3, 1, 0}, {2, 0, 0, 2}};
    private static final double[][] TARGET = {{1, 0, 1, 0}, {0, 1, 0, 1}, {1, 0, 1, 0}, {0, 1, 0, 1}};
    private static final double H = 1e-6;

    private static double[][] with(double[][] m, int r, int c, double delta) {
        double[][] out = MatrixAlgebra.copy(m);
        out[r][c] += delta;
        return out;
    }

    @Test
    void line14664GradientsEqualFiniteDifferencesForEveryActivation() {
        double[][] kernel = {{0.1, -0.2, 0.05}, {0.3, 0.1, -0.1}, {0, 0.2, 0.1}};
        for (Activation phi : List.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH)) {
            ConvNeuron n = ConvNeuron.of(kernel, 0.2, phi);
            ConvNeuron.Backprop b = n.backprop(INPUT, TARGET);
            assertEquals(n.loss(INPUT, TARGET), b.loss(), 1e-12);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    double fd = (ConvNeuron.of(with(kernel, r, c, H), 0.2, phi).loss(INPUT, TARGET)
                            - ConvNeuron.of(with(kernel, r, c, -H), 0.2, phi).loss(INPUT, TARGET)) / (2 * H);
                    assertEquals(fd, b.kernelGradient()[r][c], 1e-5, phi + " weight " + r + "," + c);
                    double sum = n.weightTerms(b, r, c).stream().mapToDouble(ConvNeuron.Term::value).sum();
                    assertEquals(b.kernelGradient()[r][c], sum, 1e-12, "the book's sum for " + r + "," + c);
                }
            }
            double fdBias = (ConvNeuron.of(kernel, 0.2 + H, phi).loss(INPUT, TARGET)
                    - ConvNeuron.of(kernel, 0.2 - H, phi).loss(INPUT, TARGET)) / (2 * H);
            assertEquals(fdBias, b.biasGradient(), 1e-5);
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    double fd = (n.loss(with(INPUT, r, c, H), TARGET) - n.loss(with(INPUT, r, c, -H), TARGET)) / (2 * H);
                    assertEquals(fd, b.inputGradient()[r][c], 1e-5, phi + " input " + r + "," + c);
                    double sum = n.inputTerms(b, r, c).stream().mapToDouble(ConvNeuron.Term::value).sum();
                    assertEquals(b.inputGradient()[r][c], sum, 1e-12);
                }
            }
        }
    }

    @Test
    void theBooksSumHasOneTermPerNeuronThatReadsAnInput() {
        // The centre weight multiplies every input once: 16 neurons, f_i = a(i, j), identity so g' = 1.
        ConvNeuron n = ConvNeuron.of(MatrixExample.WORKED.kernel(), 0, Activation.IDENTITY);
        ConvNeuron.Backprop b = n.backprop(INPUT, TARGET);
        assertArrayEquals(new double[][] {{5, 9, 10, 0}, {7, 17, 19, 16}, {10, 12, 11, 0}, {5, 10, 13, 5}}, b.output());
        List<ConvNeuron.Term> centre = n.weightTerms(b, 1, 1);
        assertEquals(16, centre.size());
        assertEquals(2, centre.get(0).factor());
        assertEquals(1, centre.get(0).slope());
        assertEquals(2 * (5 - 1), centre.get(0).upstream());
        // A corner weight m(0, 0) meets the flipped kernel's bottom-right tap: only the 9 neurons not on the last
        // row or column read an input through it.
        assertEquals(9, n.weightTerms(b, 0, 0).size());
    }

    @Test
    void correlationAndOtherPaddingsBackpropagateToo() {
        double[][] kernel = {{0.1, -0.2}, {0.3, 0.1}};
        ConvNeuron n = new ConvNeuron(kernel, 0, Activation.TANH,
                new ConvolutionSpec(Operation.CORRELATION, OutputSize.SAME, Padding.REFLECT, 1, 1));
        ConvNeuron.Backprop b = n.backprop(INPUT, TARGET);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double fd = (n.loss(with(INPUT, r, c, H), TARGET) - n.loss(with(INPUT, r, c, -H), TARGET)) / (2 * H);
                assertEquals(fd, b.inputGradient()[r][c], 1e-5);
            }
        }
    }

    @Test
    void descentRecoversABlurAndAnEdgeKernelFromInputOutputPairs() {
        Random random = new Random(7);
        double[][] a = new double[6][6];
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextInt(10);
            }
        }
        for (String key : List.of("blur", "edges")) {
            double[][] truth = KernelLibrary.get(key).toRows();
            double[][] target = MatrixAlgebra.same(a, truth);
            ConvNeuron n = ConvNeuron.of(new double[3][3], 0, Activation.IDENTITY);
            double first = n.loss(a, target);
            for (int step = 0; step < 3000; step++) {
                n = n.descentStep(List.<double[][]>of(a), List.<double[][]>of(target), ConvNeuron.DEFAULT_RATE, false);
            }
            assertTrue(n.loss(a, target) < 1e-6 * first, key + ": " + n.loss(a, target));
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(truth[r][c], n.kernel()[r][c], 1e-3, key + " " + r + "," + c);
                }
            }
        }
    }

    @Test
    void lines15546To15598TheWeightCountsOfTheMnistNetwork() {
        assertEquals(320, ConvLayer.weightCount(3, 3, 1, 32));
        assertEquals(4624, ConvLayer.weightCount(3, 3, 32, 16));
        assertEquals(125450, ConvLayer.denseWeightCount(28 * 28 * 16, 10));
        assertEquals(130394, 320 + 4624 + ConvLayer.denseWeightCount(12544, 10));
    }

    @Test
    void aLayerSumsItsChannelsAndAddsOneBiasPerFilter() {
        double[][] a1 = INPUT;
        double[][] a2 = TARGET;
        double[][] m11 = {{1, 0, 2}, {2, 1, 0}, {1, 0, 3}};
        double[][] m12 = {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}};
        ConvLayer layer = new ConvLayer(List.of(List.of(m11, m12), List.of(m12, m11)), new double[] {1, -2},
                Activation.IDENTITY);
        List<double[][]> out = layer.apply(List.of(a1, a2));
        assertEquals(2, out.size());
        double[][] expected = MatrixAlgebra.combine(1, MatrixAlgebra.same(a1, m11), 1, MatrixAlgebra.same(a2, m12));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j] + 1, out.get(0)[i][j], 1e-12);
            }
        }
    }
}
