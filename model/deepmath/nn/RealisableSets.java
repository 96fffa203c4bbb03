package deepmath.nn;

import deepmath.core.BookReference;
import deepmath.data.Dataset;
import java.util.List;

/**
 * Chapter 5's networks of three inputs and the sets that Heaviside networks realise (§4.2, line 5045): the
 * book's exercises "x AND y AND z" (line 4438) and the 3-input, 2-output ReLU network (line 4650), the NOT
 * neuron s ↦ H(1 − 2s) (line 5182), and the complement and the difference built from it as the book's
 * Proposition 4 does, on the book's triangle (line 4832) and a square the lab chooses (the book draws its sets
 * A and B without numbers).
 */
final class RealisableSets {
    /** The square B = [1, 3] × [2, 4] that cuts a slot in the triangle's top side (the lab's choice). */
    static final double[] SQUARE = {1, 3, 2, 4};

    private RealisableSets() {
    }

    /** Line 4438: x ∧ y ∧ z as one Heaviside neuron H(x + y + z − 3). */
    static Preset andThree() {
        Network network = new Network(3, List.of(new Layer(Activation.HEAVISIDE, new double[][] {{1, 1, 1}},
                new double[] {-3})));
        return new Preset("and-three", BookReference.of(5, 4438), network, -0.5, 1.5, -0.5, 1.5,
                Dataset.empty(3, 1), false, null);
    }

    /**
     * The exercise of line 4650: inputs x, y, z, two ReLU neurons s₁ = ReLU(x − 2y + 3z), s₂ = ReLU(2x − 4y + z),
     * then two ReLU outputs Y₁ = ReLU(s₁ − 2s₂), Y₂ = ReLU(2s₁ + s₂), no biases (the figure's ten weights, read
     * by neuron as the figure of line 4550 is). Its data are the exercise's four inputs and (0, 0, 1), which
     * gives Y₁ = 1 and Y₂ = 7, with the outputs worked out by hand.
     */
    static Preset exercise() {
        Layer first = new Layer(Activation.RELU, new double[][] {{1, -2, 3}, {2, -4, 1}}, new double[] {0, 0});
        Layer outputs = new Layer(Activation.RELU, new double[][] {{1, -2}, {2, 1}}, new double[] {0, 0});
        double[][] x = {{0, 0, 0}, {1, 0, 0}, {1, -1, 1}, {3, 2, 1}, {0, 0, 1}};
        double[][] y = {{0, 0}, {0, 4}, {0, 19}, {2, 4}, {1, 7}};
        return new Preset("exercise-3-2", BookReference.of(5, 4650), new Network(3, List.of(first, outputs)),
                -1.5, 3.5, -1.5, 2.5, new Dataset(x, y), false, null);
    }

    /** Line 5182: the NOT neuron H(−2s + 1) on one input: 0 ↦ 1, 1 ↦ 0. */
    static Preset notNeuron() {
        Network network = new Network(1, List.of(new Layer(Activation.HEAVISIDE, new double[][] {{-2}},
                new double[] {1})));
        double[][] x = {{0}, {1}};
        double[][] t = {{1}, {0}};
        return new Preset("not-neuron", BookReference.of(5, 5182), network, -0.5, 1.5, -0.25, 1.25,
                new Dataset(x, t), false, null);
    }

    /** Line 5182: the triangle's network followed by a NOT neuron: 1 outside the triangle, 0 inside. */
    static Preset triangleComplement() {
        Network triangle = BookNetworks.triangle(Activation.HEAVISIDE);
        Network network = new Network(2, List.of(triangle.layer(0), triangle.layer(1), not()));
        return BookNetworks.region("triangle-complement", 5, 5182, network, -2, 7, -1, 5,
                BookRegions::triangleComplement);
    }

    /**
     * Line 5184: A \ B = A ∩ (A ∩ B)∁ with A the triangle and B the square: first the triangle's three half-planes
     * and the square's four, then A (AND of three, bias −3) and A ∩ B (AND of seven, bias −7), then A carried on
     * by H(s − 1) beside NOT(A ∩ B) = H(1 − 2s), and last their AND, H(t₁ + t₂ − 2).
     */
    static Preset triangleMinusSquare() {
        double[] q = SQUARE;
        Layer halves = new Layer(Activation.HEAVISIDE,
                new double[][] {{-1, 2}, {1, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}},
                new double[] {0, -2, 3, -q[0], q[1], -q[2], q[3]});
        Layer sets = new Layer(Activation.HEAVISIDE,
                new double[][] {{1, 1, 1, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 1, 1}}, new double[] {-3, -7});
        Layer notAB = new Layer(Activation.HEAVISIDE, new double[][] {{1, 0}, {0, -2}}, new double[] {-1, 1});
        Layer and = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1}}, new double[] {-2});
        return BookNetworks.region("triangle-minus-square", 5, 5184,
                new Network(2, List.of(halves, sets, notAB, and)), -2, 7, -1, 5, BookRegions::triangleMinusSquare);
    }

    /** The NOT neuron H(1 − 2s) after a layer of one output. */
    private static Layer not() {
        return new Layer(Activation.HEAVISIDE, new double[][] {{-2}}, new double[] {1});
    }
}
