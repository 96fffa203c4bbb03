package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chapter 5's three-input exercises and the realisable sets of §4.2, checked against the book's numbers. */
class RealisableSetsTest {

    @Test
    void xAndYAndZOfLine4438IsOneOnlyAtTheCornerOneOneOne() {
        Network n = BookNetworks.byKey("and-three").network();
        for (int x = 0; x <= 1; x++) {
            for (int y = 0; y <= 1; y++) {
                for (int z = 0; z <= 1; z++) {
                    assertEquals(x + y + z == 3 ? 1 : 0, n.output(x, y, z)[0], x + "," + y + "," + z);
                }
            }
        }
    }

    @Test
    void theExerciseOfLine4650GivesItsOutputsAndYOneEqualsOneYTwoEqualsSeven() {
        Preset p = BookNetworks.byKey("exercise-3-2");
        Network n = p.network();
        assertEquals(3, n.inputs());
        assertEquals(2, n.outputs());
        assertEquals(10, n.parameterCount() - 4, "the figure's ten weights, and four biases held at 0");
        // worked by hand: s₁ = ReLU(x − 2y + 3z), s₂ = ReLU(2x − 4y + z), Y₁ = ReLU(s₁ − 2s₂), Y₂ = ReLU(2s₁ + s₂)
        assertArrayEquals(new double[] {0, 0}, n.output(0, 0, 0), 1e-12);
        assertArrayEquals(new double[] {0, 4}, n.output(1, 0, 0), 1e-12); // s = (1, 2)
        assertArrayEquals(new double[] {0, 19}, n.output(1, -1, 1), 1e-12); // s = (6, 7)
        assertArrayEquals(new double[] {2, 4}, n.output(3, 2, 1), 1e-12); // s = (2, 0): s₂ does not activate
        // Y₁ = 1 and Y₂ = 7 need s = (3, 1): (0, 0, 1) gives it
        assertArrayEquals(new double[] {3, 1}, n.activations(0, 0, 1)[1], 1e-12);
        assertArrayEquals(new double[] {1, 7}, n.output(0, 0, 1), 1e-12);
        assertEquals(0.0, Evaluation.loss(n, p.data(), Loss.MSE), 1e-12);
        // Y₂ = 0 forces s₁ = s₂ = 0 (both ≥ 0), and then Y₁ = 0: no (x, y, z) has Y₂ = 0 but not Y₁
        Random random = new Random(4650);
        for (int k = 0; k < 20_000; k++) {
            double[] x = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian() * 3};
            double[] y = n.output(x);
            assertTrue(y[1] > 0 || y[0] == 0, java.util.Arrays.toString(x));
        }
        assertTrue(p.xMin() <= -1 && p.xMax() >= 3 && p.yMin() <= -1 && p.yMax() >= 2, "the inputs in the window");
    }

    @Test
    void theNotNeuronOfLine5182SwapsZeroAndOne() {
        Network n = BookNetworks.byKey("not-neuron").network(); // H(1 − 2s)
        assertEquals(1, n.output(0)[0]);
        assertEquals(0, n.output(1)[0]);
        assertEquals(1.0, Evaluation.accuracy(n, BookNetworks.byKey("not-neuron").data()));
    }

    @Test
    void theComplementOfTheTriangleIsOneOutsideItAndZeroInside() {
        Network n = BookNetworks.byKey("triangle-complement").network();
        assertEquals(3, n.depth());
        assertEquals(0, n.output(2, 2)[0]); // inside the triangle (4/3, 2/3), (6, 3), (−1, 3)
        assertEquals(0, n.output(6, 3)[0]); // a vertex belongs to the triangle
        assertEquals(1, n.output(0, 0)[0]);
        assertEquals(1, n.output(2, 4)[0]);
        agreesWithRegionOnRandomPoints(n, BookRegions::triangleComplement);
    }

    @Test
    void theTriangleMinusTheSquareOfLine5184HasASlotInItsTopSide() {
        Network n = BookNetworks.byKey("triangle-minus-square").network();
        assertEquals(4, n.depth());
        assertEquals(12, n.layer(0).neurons() + n.layer(1).neurons() + n.layer(2).neurons() + n.layer(3).neurons());
        assertEquals(0, n.output(2, 2.5)[0]); // in the triangle and in the square [1, 3] × [2, 4]
        assertEquals(1, n.output(2, 1.5)[0]); // in the triangle, under the square
        assertEquals(1, n.output(4, 2.8)[0]); // in the triangle, right of the square
        assertEquals(1, n.output(0, 2.8)[0]); // left of it
        assertEquals(0, n.output(5, 4)[0]); // outside both
        agreesWithRegionOnRandomPoints(n, BookRegions::triangleMinusSquare);
        assertEquals(1.0, Evaluation.accuracy(n, BookNetworks.byKey("triangle-minus-square").data()));
    }

    private static void agreesWithRegionOnRandomPoints(Network n, java.util.function.BiPredicate<Double, Double> region) {
        Random random = new Random(5045);
        for (int k = 0; k < 5000; k++) {
            double x = -2 + 9 * random.nextDouble();
            double y = -1 + 6 * random.nextDouble();
            assertEquals(region.test(x, y) ? 1 : 0, n.output(x, y)[0], x + ", " + y);
        }
    }
}
