package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void xorIsTheBooksNetworkOfLine4946ZeroOnTheBandBetweenItsTwoLines() {
        // book line 4946: H(x − y − 1), H(−x + y − 1), then OR: H(s1 + s2 − 1)
        Network xor = BookNetworks.byKey("xor").network();
        assertEquals(0, f(xor, 0.5, 0.5)); // inside the band: the old network gave 1 here
        assertEquals(0, f(xor, 3, 3));
        assertEquals(1, f(xor, 2, 0)); // beyond x − y − 1 = 0
        assertEquals(1, f(xor, 0, 2));
        assertEquals(1, f(xor, 1.5, 0.5)); // on the line x − y − 1 = 0 (the red boundary counts as 1)
        assertEquals(4946, BookNetworks.byKey("xor").book().line());
    }

    @Test
    void theBumpOfLine5389IsOneOnTwoToThree() {
        Network bump = BookNetworks.byKey("bump").network();
        assertEquals(0, f(bump, 1.999));
        assertEquals(1, f(bump, 2));
        assertEquals(1, f(bump, 2.5));
        assertEquals(1, f(bump, 3));
        assertEquals(0, f(bump, 3.001));
        assertEquals(0.5, bump.layer(0).weight(0, 0)); // H(x/2 − 1): the book's weight a = 1/2, bias −1
        assertEquals(-1, bump.layer(0).bias(0));
    }

    @Test
    void theDoubleBumpOfLine5518IsFourOnTwoToThreeAndSixOnFiveToTen() {
        Network bumps = BookNetworks.byKey("double-bump").network();
        assertEquals(4, f(bumps, 2.5), 1e-12);
        assertEquals(6, f(bumps, 7), 1e-12);
        assertEquals(6, f(bumps, 10), 1e-12);
        assertEquals(0, f(bumps, 4), 1e-12);
        assertEquals(0, f(bumps, 11), 1e-12);
        assertEquals(0, f(bumps, 1), 1e-12);
        assertEquals(-10, bumps.layer(1).bias(0)); // −4 − 6, the book's remark
    }

    @Test
    void theStaircaseOfLine6254IsTheBooksTwentyStepsForCos2xPlusXSin3xPlusRootX() {
        Network stairs = BookNetworks.byKey("stairs").network();
        assertEquals(40, stairs.layer(0).neurons()); // 2n neurons, n = 20
        double h = (10 - 2) / 20.0;
        for (int i = 0; i < 20; i++) {
            double xi = 2 + i * h;
            double fi = Math.cos(2 * xi) + xi * Math.sin(3 * xi) + Math.sqrt(xi);
            assertEquals(fi, f(stairs, xi + h / 2), 1e-9, "step " + i); // height f(xᵢ) on [xᵢ, xᵢ₊₁]
        }
        assertEquals(0, f(stairs, 1.5), 1e-9); // nothing before a = 2
        assertEquals(0, f(stairs, 10.5), 1e-9); // nor after b = 10
    }

    @Test
    void theTowerOfLine5698IsOneOnTheUnitSquare() {
        Network tower = BookNetworks.byKey("tower").network();
        assertEquals(1, f(tower, 0.5, 0.5));
        assertEquals(1, f(tower, 0, 0));
        assertEquals(1, f(tower, 1, 1));
        assertEquals(0, f(tower, -0.01, 0.5));
        assertEquals(0, f(tower, 0.5, 1.01));
        assertEquals(0, f(tower, -0.5, -0.5)); // the old square [−1, 1]² gave 1 here
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
    }

    @Test
    void theCubeOfLine6397IsTheBooksSigmaNetworkAndWithHTheCubeMinusOneToOne() {
        Network cube = BookNetworks.byKey("cube").network();
        assertEquals(Activation.SIGMOID, cube.layer(0).activation());
        double s1 = 1 / (1 + Math.exp(-1));
        assertEquals(1 / (1 + Math.exp(-(6 * s1 - 6))), f(cube, 0, 0, 0), 1e-12); // six σ(1), bias −6
        assertTrue(f(cube, 0, 0, 0) > f(cube, 2, 0, 0)); // largest around the origin
        Network h = BookNetworks.byKey("cube-heaviside").network();
        double[][] probes = {{0.5, 0.5, 0.5}, {0, 0, 0}, {1, 1, 1}, {-1, -1, -1}, {1.01, 0.5, 0.5}, {0.5, -1.01, 0.5},
                {0.5, 0.5, 1.2}, {-0.9, 0.9, 0.1}};
        for (double[] p : probes) {
            assertEquals(BookRegions.cube(p[0], p[1], p[2]) ? 1 : 0, f(h, p));
        }
    }

    @Test
    void theKerasExamplesOfChapter6GiveTheBooksValues() {
        assertEquals(2, f(BookNetworks.byKey("relu-two").network(), 3), 1e-12); // line 5793, its value at 6000: F(3) = 2
        assertEquals(5793, BookNetworks.byKey("relu-two").book().line());
        assertEquals(0.952, f(BookNetworks.byKey("sigmoid-neuron").network(), 2, 1), 1e-3); // line 6287 (6314)
        assertEquals(2, f(BookNetworks.byKey("relu-3d").network(), 2, 3, 4), 1e-12); // line 6360 (6392): F(2, 3, 4) = 2
        Network h = BookNetworks.byKey("heaviside-neuron").network(); // line 6216: H(−0.5x + 1)
        assertEquals(1, f(h, 2));
        assertEquals(0, f(h, 2.01));
    }

    @Test
    void thePerceptron2xPlus3yOfLine3874GivesTheBooksThreeEvaluations() {
        Preset p = BookNetworks.byKey("perceptron-2x3y");
        assertEquals(3874, p.book().line());
        assertEquals(1, f(p.network(), 4, -1)); // 2·4 + 3·(−1) = 5 ≥ 0
        assertEquals(0, f(p.network(), -3, 1)); // −3 < 0
        assertEquals(1, f(p.network(), 6, -4)); // "à la limite": 0, and H(0) = 1
        assertEquals(0, p.network().layer(0).bias(0)); // a linear perceptron: no bias
        assertEquals(1.0, Evaluation.accuracy(p.network(), p.data())); // the three points, with the book's outputs
    }

    @Test
    void thePerceptron4xMinusYOfLine3969SeparatesAlongItsLine() {
        Network n = BookNetworks.byKey("perceptron-4x-y").network();
        assertEquals(4, n.layer(0).weight(0, 0));
        assertEquals(-1, n.layer(0).weight(0, 1));
        assertEquals(1, f(n, 1, 4)); // on 4x − y = 0
        assertEquals(0, f(n, 1, 4.01));
        assertEquals(1, f(n, 2, 1));
    }

    @Test
    void theHeightAndWeightNeuronOfLine4141GivesTheBooksTwoPeople() {
        Network n = BookNetworks.byKey("height-weight").network(); // a = 85, b = −1, c = −77, σ
        double f = 85 * 1.77 - 75 - 77;
        assertEquals(-1.55, f, 1e-9); // line 4182: f(1.77, 75) = −1.55
        assertEquals(0.17, f(n, 1.77, 75), 0.01); // σ(−1.55) = 0.175…, the book says ≃ 0.17: probably a man
        assertEquals(0.72, f(n, 1.67, 64), 0.01); // line 4184: F(1.67, 64) ≈ 0.72: probably a woman
    }

    @Test
    void theRedColoursOfLine4223AreTheCornerOfTheCubeBeyondThePlaneThroughABC() {
        Network n = BookNetworks.byKey("red-colours").network(); // H(2r − 2g − 2b − 1)
        assertEquals(1, f(n, 1, 0, 0)); // the "true" red
        assertEquals(1, f(n, 0.5, 0, 0)); // A on the plane
        assertEquals(1, f(n, 1, 0.5, 0)); // B
        assertEquals(1, f(n, 1, 0, 0.5)); // C
        assertEquals(0, f(n, 0.4, 0, 0));
        assertEquals(0, f(n, 1, 1, 1)); // white is no red
        assertEquals(3, n.inputs());
    }

    @Test
    void xOrYOrZOfLine4411IsOneNeuronOnTheCube() {
        Network n = BookNetworks.byKey("or-three").network(); // 1, 1, 1, bias −1
        for (int x = 0; x <= 1; x++) {
            for (int y = 0; y <= 1; y++) {
                for (int z = 0; z <= 1; z++) {
                    assertEquals(x + y + z > 0 ? 1 : 0, f(n, x, y, z), x + "," + y + "," + z);
                }
            }
        }
    }

    @Test
    void theReluNetworkOfLine4550GivesTheBooksThreeValues() {
        Preset p = BookNetworks.byKey("relu-net");
        Network n = p.network();
        assertEquals(1, f(n, 4, 7)); // line 4582: s1 = 1, s2 = 2, 4 + 10 − 1 = 13 ≥ 0
        double[][] a = n.activations(4, 7);
        assertEquals(1, a[1][0], 1e-12);
        assertEquals(2, a[1][1], 1e-12);
        assertEquals(1, f(n, 3, 2)); // s1 = 4, s2 = 0 (the second does not activate)
        assertEquals(0, n.activations(3, 2)[1][1], 1e-12);
        assertEquals(0, f(n, 0.1, 0.1)); // 1/10, 1/10: the book's exercise
        assertEquals(1.0, Evaluation.accuracy(n, p.data()));
    }

    @Test
    void theSigmaTwoThreeOneNetworkOfLine6047GivesF7Minus5() {
        Preset p = BookNetworks.byKey("sigmoid-2-3-1");
        assertEquals(0.123, f(p.network(), 7, -5), 5e-4); // line 6121: F(7, −5) ≈ 0.123
        // keras's layout by input, [[1, 3, −5], [2, −4, −6]]: neuron 2 has weights (3, −4)
        assertEquals(3, p.network().layer(0).weight(1, 0));
        assertEquals(-4, p.network().layer(0).weight(1, 1));
        assertTrue(p.xMin() <= 7 && 7 <= p.xMax() && p.yMin() <= -5 && -5 <= p.yMax());
    }

    @Test
    void everyPresetHasItsBookLineAndShowsItsDataInItsWindow() {
        for (Preset preset : BookNetworks.all()) {
            int chapter = preset.book().chapter();
            assertTrue(chapter == 5 || chapter == 6 || chapter == 9, preset.key());
            assertTrue(preset.book().line() >= 3757 && preset.book().line() < 11168, preset.key());
            Dataset data = preset.data();
            for (int s = 0; s < data.size(); s++) {
                double x = data.input(s)[0];
                assertTrue(preset.xMin() <= x && x <= preset.xMax(), preset.key() + " x = " + x);
                if (data.inputCount() == 2) {
                    double y = data.input(s)[1];
                    assertTrue(preset.yMin() <= y && y <= preset.yMax(), preset.key() + " y = " + y);
                }
            }
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
