package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.data.CurveSets;
import deepmath.data.Dataset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each preset of chapter 5 against the region the book describes, boundaries included (H(0) = 1). */
class BookNetworksTest {

    private static double f(Network network, double... x) {
        return network.output(x)[0];
    }

    @Test
    void andAndOrAreOneNeuronEach() {
        Network and = BookNetworks.byKey("and").network();
        Network or = BookNetworks.byKey("or").network();
        assertEquals(0, f(and, 0, 0));
        assertEquals(0, f(and, 1, 0));
        assertEquals(0, f(and, 0, 1));
        assertEquals(1, f(and, 1, 1)); // 1 + 1 − 2 = 0: on the line, H(0) = 1
        assertEquals(0, f(or, 0, 0));
        assertEquals(1, f(or, 1, 0)); // 1 − 1 = 0 again on the line
        assertEquals(1, f(or, 0, 1));
        assertEquals(1, f(or, 1, 1));
    }

    @Test
    void oneNeuronCannotDoXorButTwoLayersDo() {
        Preset one = BookNetworks.byKey("xor-one-neuron");
        assertTrue(Evaluation.accuracy(one.network(), one.data()) < 1);
        Network xor = BookNetworks.byKey("xor").network();
        assertEquals(0, f(xor, 0, 0));
        assertEquals(1, f(xor, 1, 0));
        assertEquals(1, f(xor, 0, 1));
        assertEquals(0, f(xor, 1, 1));
    }

    @Test
    void theSectorAndTheUnionOfTheTwoHalfPlanes() {
        Network sector = BookNetworks.byKey("sector").network();
        Network union = BookNetworks.byKey("union").network();
        assertEquals(1, f(sector, 1, 1)); // −1 + 3 ≥ 0 and 2 + 1 ≥ 0
        assertEquals(0, f(sector, 3, 0)); // −3 < 0
        assertEquals(1, f(union, 3, 0)); // but 6 ≥ 0
        assertEquals(0, f(union, -1, -1)); // −1 + (−3)… both negative
        assertEquals(1, f(sector, 0, 0)); // the apex: both equal 0
        assertEquals(1, f(sector, 3, 1)); // on −x + 3y = 0
    }

    @Test
    void theTriangleIsOneInsideZeroOutsideAndOneOnItsEdges() {
        Network triangle = BookNetworks.byKey("triangle").network();
        assertEquals(1, f(triangle, 2, 2));
        assertEquals(1, f(triangle, 3, 2.5));
        assertEquals(0, f(triangle, 0, 0));
        assertEquals(0, f(triangle, 2, 4)); // above y = 3
        assertEquals(0, f(triangle, 6, 2)); // right of −x + 2y = 0
        assertEquals(0, f(triangle, 0, 1)); // below x + y = 2
        // edges and vertices: H(0) = 1
        assertEquals(1, f(triangle, 2, 1)); // −x + 2y = 0
        assertEquals(1, f(triangle, 1, 1.5)); // x + y = 2… 1 + 1.5 − 2 = 0.5 > 0, inside
        assertEquals(1, f(triangle, 0.5, 1.5)); // x + y − 2 = 0, and −0.5 + 3 ≥ 0
        assertEquals(1, f(triangle, 2, 3)); // y = 3
        assertEquals(1, f(triangle, 6, 3)); // vertex
        assertEquals(1, f(triangle, -1, 3)); // vertex
        assertEquals(1, f(triangle, 4.0 / 3, 2.0 / 3 + 1e-12)); // vertex, up to rounding of 4/3
    }

    @Test
    void everyRegionPresetClassifiesItsOwnDataPerfectly() {
        for (Preset preset : BookNetworks.all()) {
            if (preset.trainable() || preset.data().isEmpty() || !preset.data().isBinaryClassification()
                    || preset.key().equals("xor-one-neuron") || preset.network().layer(0).activation() != Activation.HEAVISIDE) {
                continue;
            }
            assertEquals(1.0, Evaluation.accuracy(preset.network(), preset.data()), preset.key());
        }
    }

    @Test
    void theSmoothTrianglesAreLargestInsideTheTriangle() {
        for (String key : new String[] {"triangle-sigmoid", "triangle-tanh"}) {
            Network network = BookNetworks.byKey(key).network();
            double inside = f(network, 2.5, 2.5);
            for (double[] p : new double[][] {{0, 0}, {6, 0}, {-2, 5}, {7, 5}}) {
                assertTrue(inside > f(network, p), key + " at " + p[0] + ", " + p[1]);
            }
        }
        // σ: the output is σ(σ(..)+σ(..)+σ(..) − 3) < σ(0) = 1/2 everywhere
        assertTrue(f(BookNetworks.byKey("triangle-sigmoid").network(), 2.5, 2.5) < 0.5);
        // ReLU keeps the distances: (2.5, 2.5) → hidden (2.5, 3, 0.5) → ReLU(6 − 3) = 3; not an indicator
        Network relu = BookNetworks.byKey("triangle-relu").network();
        assertEquals(3, f(relu, 2.5, 2.5), 1e-12);
        assertEquals(0, f(relu, 0, 0), 1e-12); // hidden (0, 0, 3)
        assertEquals(4, f(relu, 6, 0), 1e-12); // hidden (0, 4, 3): large outside, the book's 3-D picture
    }

    @Test
    void theBumpIsOneOnMinusOneToOne() {
        Network bump = BookNetworks.byKey("bump").network();
        assertEquals(0, f(bump, -1.0001));
        assertEquals(1, f(bump, -1));
        assertEquals(1, f(bump, 0.999));
        assertEquals(0, f(bump, 1));
    }

    @Test
    void theStaircaseApproximatesSinWithinHalfAStepTimesTheSlope() {
        Network stairs = BookNetworks.byKey("stairs").network();
        // |sin(2x)'| ≤ 2 and every x is within 0.25 of its step's middle
        for (double x = -3; x < 3; x += 0.01) {
            assertEquals(Math.sin(2 * x), f(stairs, x), 0.5 + 1e-12, "x = " + x);
        }
        assertEquals(Math.sin(2 * -2.75), f(stairs, -2.75), 1e-12); // exact at a middle
        assertEquals(0, f(stairs, -3.5)); // nothing before the first step
        assertEquals(CurveSets.SIN.function().applyAsDouble(0.25), f(stairs, 0.1), 1e-12);
    }

    @Test
    void towersTakeTheTargetsValueAtEachSquaresCentreAndZeroOutside() {
        Network towers = BookNetworks.byKey("towers").network();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double cx = -3 + (i + 0.5) * 1.5;
                double cy = -3 + (j + 0.5) * 1.5;
                assertEquals(BookRegions.towersTarget(cx, cy), f(towers, cx, cy), 1e-12);
            }
        }
        assertEquals(0, f(towers, -3.5, 0));
        assertEquals(0, f(towers, 0, 3.2));
        assertEquals(1, f(BookNetworks.byKey("tower").network(), 1, -1)); // corner of the square
    }

    @Test
    void theCubeIsTheUnitCubeInThreeInputs() {
        Network cube = BookNetworks.byKey("cube").network();
        double[][] probes = {{0.5, 0.5, 0.5}, {0, 0, 0}, {1, 1, 1}, {1.01, 0.5, 0.5}, {0.5, -0.01, 0.5},
                {0.5, 0.5, 1.2}, {0.2, 0.9, 0.1}};
        for (double[] p : probes) {
            assertEquals(BookRegions.cube(p[0], p[1], p[2]) ? 1 : 0, f(cube, p));
        }
    }

    @Test
    void presetKeysAreUniqueAndPresetsAreCopiedNotShared() {
        Set<String> keys = new HashSet<>();
        for (Preset preset : BookNetworks.all()) {
            assertTrue(keys.add(preset.key()), preset.key());
            Dataset data = preset.data();
            assertTrue(data.isEmpty() || data.inputCount() == preset.network().inputs(), preset.key());
        }
        Preset triangle = BookNetworks.byKey("triangle");
        Network copy = triangle.freshNetwork();
        copy.layer(0).setWeight(0, 0, 42);
        assertEquals(-1, triangle.network().layer(0).weight(0, 0));
    }
}
