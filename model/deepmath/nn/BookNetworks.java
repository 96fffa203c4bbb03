package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.core.BookReference;
import deepmath.data.ClassicSets;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * The networks of chapters 5 and 6 with the book's weights (AND, OR, XOR, the sector, the union, the triangle,
 * bumps and stairs for universal approximation ({@link UniversalApproximation}), the tower, the cube, the keras examples), and the ones
 * chapter 9 trains (the σ neuron on twenty points, XOR from the book's starting weights), each with the line of
 * the book where it is built; then the lab's own (towers in 2-D, XOR with Adam, the two spirals). The region
 * each one realises is also written independently in {@link BookRegions}, for the data points and the tests.
 */
public final class BookNetworks {
    /** The 2-D towers (the lab's): 4 × 4 squares of side 1.5 on [−3, 3]². */
    static final int TOWERS = 4;

    private BookNetworks() {
    }

    /** Built afresh on each call: a preset's network and data are templates that callers may change. */
    public static List<Preset> all() {
        return build();
    }

    private static List<Preset> build() {
        List<Preset> all = new ArrayList<>();
        all.add(new Preset("perceptron-2x3y", BookReference.of(5, 3874), linear(Activation.HEAVISIDE, 2, 3, 0), -4, 7,
                -5, 3, points(new double[][] {{4, -1}, {-3, 1}, {6, -4}}, 1, 0, 1), false, null));
        all.add(region("perceptron-4x-y", 5, 3969, linear(Activation.HEAVISIDE, 4, -1, 0), -1, 4, -1, 5,
                BookRegions::fourXMinusY));
        all.add(new Preset("height-weight", BookReference.of(5, 4141), linear(Activation.SIGMOID, 85, -1, -77), 1.4,
                2.05, 40, 105, points(new double[][] {{1.77, 75}, {1.67, 64}}, 0, 1), false, null));
        all.add(region("red-colours", 5, 4223, new Network(3, List.of(new Layer(Activation.HEAVISIDE,
                new double[][] {{2, -2, -2}}, new double[] {-1}))), -0.25, 1.25, -0.25, 1.25, null));
        all.add(region("or-three", 5, 4411, new Network(3, List.of(new Layer(Activation.HEAVISIDE,
                new double[][] {{1, 1, 1}}, new double[] {-1}))), -0.5, 1.5, -0.5, 1.5, null));
        all.add(RealisableSets.andThree());
        all.add(new Preset("relu-net", BookReference.of(5, 4550), reluNet(), -1, 5, -1, 8,
                points(new double[][] {{4, 7}, {3, 2}, {0.1, 0.1}}, 1, 1, 0), false, null));
        all.add(RealisableSets.exercise());
        all.add(truthTable("and", 4289, single(1, 1, -2), BookRegions::and));
        all.add(truthTable("or", 4245, single(1, 1, -1), BookRegions::or));
        all.add(truthTable("xor-one-neuron", 4317, single(1, 1, -1), BookRegions::xor));
        all.add(truthTable("xor", 4946, xor(), BookRegions::xor));
        all.add(RealisableSets.notNeuron());
        all.add(RealisableSets.triangleComplement());
        all.add(RealisableSets.triangleMinusSquare());
        all.add(region("sector", 5, 4762, sector(-2), -4, 4, -4, 4, BookRegions::sector));
        all.add(region("union", 5, 4816, sector(-1), -4, 4, -4, 4, BookRegions::union));
        all.add(region("triangle", 5, 4832, triangle(Activation.HEAVISIDE), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-sigmoid", 5, 4895, triangle(Activation.SIGMOID), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-tanh", 5, 4895, triangle(Activation.TANH), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-relu", 5, 4895, triangle(Activation.RELU), -2, 7, -1, 5, BookRegions::triangle));
        all.add(new Preset("bump", BookReference.of(5, 5389), bump(0.5, 1.0 / 3, 1), 0, 5, -0.5, 1.5,
                curve(BookRegions::bump, 0, 5), false, null));
        all.add(new Preset("double-bump", BookReference.of(5, 5518), doubleBump(), 0, 12, -1, 7,
                curve(BookNetworks::doubleBumpTarget, 0, 12), false, null));
        all.add(approximation("stairs", BookReference.of(6, 6254), approximationOf("stairs").orElseThrow()));
        all.add(region("tower", 5, 5698, tower(), -1, 2, -1, 2, BookRegions::tower));
        all.add(approximation("towers", BookReference.of(5, 5698), approximationOf("towers").orElseThrow()));
        all.add(new Preset("relu-two", BookReference.of(6, 5793), reluTwo(), -2, 3, -0.5, 3,
                Dataset.empty(1, 1), false, null));
        all.add(new Preset("heaviside-neuron", BookReference.of(6, 6216), new Network(1, List.of(
                new Layer(Activation.HEAVISIDE, new double[][] {{-0.5}}, new double[] {1}))), -2, 5, -0.5, 1.5,
                Dataset.empty(1, 1), false, null));
        all.add(region("sigmoid-2-3-1", 6, 6047, sigmoidTwoThreeOne(), -5, 8, -5, 5, null));
        all.add(region("sigmoid-neuron", 6, 6287, new Network(2, List.of(
                new Layer(Activation.SIGMOID, new double[][] {{1, 2}}, new double[] {-1}))), -5, 5, -5, 5, null));
        all.add(region("relu-3d", 6, 6360, new Network(3, List.of(
                new Layer(Activation.RELU, new double[][] {{1, -1, 1}}, new double[] {-1}))), -5, 5, -5, 5, null));
        all.add(region("cube", 6, 6397, cube(Activation.SIGMOID), -2, 2, -2, 2, null));
        all.add(region("cube-heaviside", 6, 6397, cube(Activation.HEAVISIDE), -2, 2, -2, 2, null));
        all.add(sigmoidNeuronLearning());
        all.add(xorLearning());
        all.add(xorLearningAdam());
        all.add(spiralsLearning());
        all.addAll(BackpropPresets.all());
        return List.copyOf(all);
    }

    /**
     * The universal approximation a preset starts from ("stairs": the book's 20 steps, "towers": the hill with
     * 4 × 4 towers), so that the lab can let the user change f and n; none for the other presets.
     */
    public static java.util.Optional<UniversalApproximation> approximationOf(String key) {
        return switch (key) {
            case "stairs" -> java.util.Optional.of(UniversalApproximation.book());
            case "towers" -> java.util.Optional.of(new UniversalApproximation(ApproximationTarget.HILL, TOWERS));
            default -> java.util.Optional.empty();
        };
    }

    /** The preset of the same family as an approximation: "stairs" for one variable, "towers" for two. */
    public static String approximationPreset(UniversalApproximation u) {
        return u.target().inputs() == 1 ? "stairs" : "towers";
    }

    public static Preset byKey(String key) {
        for (Preset preset : all()) {
            if (preset.key().equals(key)) {
                return preset;
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_PRESET, key,
                String.join(", ", all().stream().map(Preset::key).toList()));
    }

    // ---- chapter 5: networks with given weights ------------------------------------------------------

    /** One Heaviside neuron H(a·x + b·y + c). */
    static Network single(double a, double b, double c) {
        return linear(Activation.HEAVISIDE, a, b, c);
    }

    /** One neuron φ(a·x + b·y + c) (c = 0: the book's linear perceptron, line 3866). */
    static Network linear(Activation phi, double a, double b, double c) {
        return new Network(2, List.of(new Layer(phi, new double[][] {{a, b}}, new double[] {c})));
    }

    /**
     * Line 4550: two linear ReLU neurons 2x − y and −3x + 2y (no bias), then H(4s₁ + 5s₂ − 1);
     * F(4, 7) = 1, F(3, 2) = 1, F(1/10, 1/10) = 0.
     */
    static Network reluNet() {
        Layer hidden = new Layer(Activation.RELU, new double[][] {{2, -1}, {-3, 2}}, new double[] {0, 0});
        Layer output = new Layer(Activation.HEAVISIDE, new double[][] {{4, 5}}, new double[] {-1});
        return new Network(2, List.of(hidden, output));
    }

    /**
     * XOR (line 4946): H(x − y − 1) ("x and not y") and H(−x + y − 1) ("not x and y"), joined by OR, H(s₁ + s₂ − 1).
     * F = 0 on the band between the two lines (so F(0.5, 0.5) = 0), 1 on them and beyond.
     */
    static Network xor() {
        Layer hidden = new Layer(Activation.HEAVISIDE, new double[][] {{1, -1}, {-1, 1}}, new double[] {-1, -1});
        Layer output = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1}}, new double[] {-1});
        return new Network(2, List.of(hidden, output));
    }

    /** −x + 3y ≥ 0 and 2x + y ≥ 0, joined by AND (bias −2: the sector) or OR (bias −1: the union). */
    static Network sector(double outputBias) {
        Layer half = new Layer(Activation.HEAVISIDE, new double[][] {{-1, 3}, {2, 1}}, new double[] {0, 0});
        Layer join = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1}}, new double[] {outputBias});
        return new Network(2, List.of(half, join));
    }

    /** −x + 2y ≥ 0, x + y − 2 ≥ 0, −y + 3 ≥ 0 joined by AND (1, 1, 1, bias −3); φ in every layer. */
    static Network triangle(Activation phi) {
        Layer half = new Layer(phi, new double[][] {{-1, 2}, {1, 1}, {0, -1}}, new double[] {0, -2, 3});
        Layer join = new Layer(phi, new double[][] {{1, 1, 1}}, new double[] {-3});
        return new Network(2, List.of(half, join));
    }

    /**
     * The book's "créneau" (line 5389): H(a·x − 1) + H(−b·x + 1) − 1, times a height k: k on [1/a, 1/b], 0 outside.
     * The output neuron (identity) has weights k, k and bias −k.
     */
    static Network bump(double a, double b, double k) {
        Layer steps = new Layer(Activation.HEAVISIDE, new double[][] {{a}, {-b}}, new double[] {-1, 1});
        Layer sum = new Layer(Activation.IDENTITY, new double[][] {{k, k}}, new double[] {-k});
        return new Network(1, List.of(steps, sum));
    }

    /** The two créneaux of line 5518: height 4 on [2, 3] and height 6 on [5, 10], output bias −4 − 6 = −10. */
    static Network doubleBump() {
        Layer steps = new Layer(Activation.HEAVISIDE, new double[][] {{1.0 / 2}, {-1.0 / 3}, {1.0 / 5}, {-1.0 / 10}},
                new double[] {-1, 1, -1, 1});
        Layer sum = new Layer(Activation.IDENTITY, new double[][] {{4, 4, 6, 6}}, new double[] {-10});
        return new Network(1, List.of(steps, sum));
    }

    static double doubleBumpTarget(double x) {
        return x >= 2 && x <= 3 ? 4 : x >= 5 && x <= 10 ? 6 : 0;
    }

    /**
     * The tower on the unit square (line 5698): H(x), H(−x + 1), H(y), H(−y + 1) joined by AND, H(s₁ + … + s₄ − 4):
     * 1 on [0, 1]², 0 elsewhere.
     */
    static Network tower() {
        Layer sides = new Layer(Activation.HEAVISIDE, new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}},
                new double[] {0, 1, 0, 1});
        Layer join = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1, 1, 1}}, new double[] {-4});
        return new Network(2, List.of(sides, join));
    }

    // ---- chapter 6: the keras examples --------------------------------------------------------------

    /** Line 6150: ReLU(x − 1) and ReLU(−0.5·x + 1) added by a ReLU output (bias 0); F(3) = 2. */
    static Network reluTwo() {
        return new Network(1, List.of(new Layer(Activation.RELU, new double[][] {{1}, {-0.5}}, new double[] {-1, 1}),
                new Layer(Activation.RELU, new double[][] {{1, 1}}, new double[] {0})));
    }

    /**
     * Line 6047: σ everywhere, 2-3-1. keras gives the weights by input ({@code [[1, 3, −5], [2, −4, −6]]}), so the
     * neurons are σ(x + 2y − 1), σ(3x − 4y), σ(−5x − 6y + 1); the output σ(s₁ + s₂ + s₃ − 3). F(7, −5) ≈ 0.123.
     */
    static Network sigmoidTwoThreeOne() {
        Layer hidden = new Layer(Activation.SIGMOID, new double[][] {{1, 2}, {3, -4}, {-5, -6}}, new double[] {-1, 0, 1});
        Layer output = new Layer(Activation.SIGMOID, new double[][] {{1, 1, 1}}, new double[] {-3});
        return new Network(2, List.of(hidden, output));
    }

    /**
     * The cube (line 6397): six neurons x + 1, −x + 1, y + 1, −y + 1, z + 1, −z + 1 and an output with weights 1 and
     * bias −6, all with φ: with σ (the book's) a soft bump around (0, 0, 0); with H, 1 on [−1, 1]³. Shown as slices.
     */
    static Network cube(Activation phi) {
        double[][] w = new double[6][3];
        double[] b = new double[6];
        for (int axis = 0; axis < 3; axis++) {
            w[2 * axis][axis] = 1;
            w[2 * axis + 1][axis] = -1;
            b[2 * axis] = 1;
            b[2 * axis + 1] = 1;
        }
        double[][] all = {{1, 1, 1, 1, 1, 1}};
        return new Network(3, List.of(new Layer(phi, w, b), new Layer(phi, all, new double[] {-6})));
    }

    // ---- chapter 9: networks to train ---------------------------------------------------------------

    /** The blue circles (target 0) and red squares (target 1) of ch. 9, line 10257. */
    static Dataset twentyPoints() {
        double[][] blue = {{0, 3}, {1, 1.5}, {1, 4}, {1.5, 2.5}, {2, 2.5}, {3, 3.5}, {3.5, 3.25}, {4, 3}, {4, 4}, {5, 4}};
        double[][] red = {{1, 1}, {2, 0.5}, {2, 2}, {3, 1.5}, {3, 2.75}, {4, 1}, {4, 2.5}, {4.5, 3}, {5, 1}, {5, 2.25}};
        double[][] x = new double[20][];
        double[][] t = new double[20][];
        for (int i = 0; i < 10; i++) {
            x[i] = blue[i];
            t[i] = new double[] {0};
            x[10 + i] = red[i];
            t[10 + i] = new double[] {1};
        }
        return new Dataset(x, t);
    }

    /**
     * One σ neuron σ(a·x + b·y + c) trained on the twenty points (line 10257) from P0 = (0, 1, −2) with δ = 1 on
     * the mean squared error over all the points (line 10397): P1 = (0.077, 0.807, −2.005), P1000 ≈ (2.032, −3.860, 3.703).
     */
    static Preset sigmoidNeuronLearning() {
        Network network = new Network(2, List.of(new Layer(Activation.SIGMOID, new double[][] {{0, 1}},
                new double[] {-2})));
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 1, 0.9, 20,
                Regularization.NONE, 0, 1);
        return new Preset("sigmoid-neuron-20", BookReference.of(9, 10257), network, -0.5, 6, -0.5, 5,
                twentyPoints(), true, training);
    }

    /**
     * XOR by backpropagation as the book does it (line 10546): 2-2-1, σ everywhere, the mean squared error over
     * the four points, plain descent with δ = 1 from P0 = (a1, …, a9) = (1, 2, −3, −3, −2, 1, 1, 1, −1), where
     * a1, a2 are the first neuron's weights and a3 its bias, a4, a5, a6 the second's, a7, a8, a9 the output's.
     */
    static Preset xorLearning() {
        Network network = new Network(2, List.of(
                new Layer(Activation.SIGMOID, new double[][] {{1, 2}, {-3, -2}}, new double[] {-3, 1}),
                new Layer(Activation.SIGMOID, new double[][] {{1, 1}}, new double[] {-1})));
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 1, 0.9, 4,
                Regularization.NONE, 0, 1);
        return new Preset("xor-learning", BookReference.of(9, 10546), network, -0.5, 1.5, -0.5, 1.5,
                truthTable(BookRegions::xor), true, training);
    }

    /** The lab's variant: XOR with 2-3-1, tanh then σ, a Glorot start, Adam and the cross-entropy. */
    static Preset xorLearningAdam() {
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 3), Layer.zeros(Activation.SIGMOID, 3, 1)));
        Initialization.GLOROT.apply(network, 7);
        TrainingSettings training = new TrainingSettings(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 0.9,
                4, Regularization.NONE, 0, 1);
        return new Preset("xor-learning-adam", BookReference.of(9, 10546), network, -0.5, 1.5, -0.5, 1.5,
                truthTable(BookRegions::xor), true, training);
    }

    /** The two spirals (the lab's own, the hardest classic set): 2-8-8-1 tanh with a σ output. */
    static Preset spiralsLearning() {
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 8), Layer.zeros(Activation.TANH, 8, 8),
                Layer.zeros(Activation.SIGMOID, 8, 1)));
        Initialization.GLOROT.apply(network, 3);
        // A large first step (Adam, δ = 0.1) finds the spirals in ~100 epochs; lowering it as δ/(1 + e/20)
        // lets the network settle there. With a constant δ, mini-batch noise knocks it off again and again
        // (94 % then 83–87 % after a few thousand epochs); SpiralsPresetTest holds the difference.
        TrainingSettings training = new TrainingSettings(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.ADAM, 0.1, 0.9,
                10, Regularization.NONE, 0, 1, 20);
        return new Preset("spirals", BookReference.of(9, 10546), network, -6, 6, -6, 6,
                ClassicSets.SPIRALS.generate(300, 0.05, 1), true, training);
    }

    // ---- data ---------------------------------------------------------------------------------------

    private static Preset truthTable(String key, int line, Network network,
                                     java.util.function.BiPredicate<Double, Double> region) {
        return new Preset(key, BookReference.of(5, line), network, -0.5, 1.5, -0.5, 1.5, truthTable(region), false,
                null);
    }

    /** The four points (0,0), (1,0), (0,1), (1,1) labelled by the region. */
    static Dataset truthTable(java.util.function.BiPredicate<Double, Double> region) {
        double[][] x = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        double[][] t = new double[4][];
        for (int s = 0; s < 4; s++) {
            t[s] = new double[] {region.test(x[s][0], x[s][1]) ? 1 : 0};
        }
        return new Dataset(x, t);
    }

    /** A preset whose data are random points of the view labelled by the book's region (none: no data). */
    static Preset region(String key, int chapter, int line, Network network, double x0, double x1, double y0,
                                 double y1, java.util.function.BiPredicate<Double, Double> region) {
        Dataset data = region == null ? Dataset.empty(network.inputs(), 1) : labelled(region, x0, x1, y0, y1, 120, 5);
        return new Preset(key, BookReference.of(chapter, line), network, x0, x1, y0, y1, data, false, null);
    }

    static Dataset labelled(java.util.function.BiPredicate<Double, Double> region, double x0, double x1,
                            double y0, double y1, int size, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[size][];
        double[][] t = new double[size][];
        for (int s = 0; s < size; s++) {
            double px = x0 + (x1 - x0) * random.nextDouble();
            double py = y0 + (y1 - y0) * random.nextDouble();
            x[s] = new double[] {px, py};
            t[s] = new double[] {region.test(px, py) ? 1 : 0};
        }
        return new Dataset(x, t);
    }

    /** A universal-approximation preset: its network, f's points and the window of {@link UniversalApproximation}. */
    private static Preset approximation(String key, BookReference book, UniversalApproximation u) {
        double[] w = u.window();
        return new Preset(key, book, u.network(), w[0], w[1], w[2], w[3], u.samples(), false, null);
    }

    /** The book's points with their classes (targets 0 or 1). */
    private static Dataset points(double[][] xy, double... classes) {
        double[][] t = new double[xy.length][];
        for (int s = 0; s < xy.length; s++) {
            t[s] = new double[] {classes[s]};
        }
        return new Dataset(xy, t);
    }

    /** 61 points of f evenly spread on [a, b] (targets = heights). */
    private static Dataset curve(DoubleUnaryOperator f, double a, double b) {
        int n = 61;
        double[][] x = new double[n][];
        double[][] t = new double[n][];
        for (int s = 0; s < n; s++) {
            double xs = a + (b - a) * s / (n - 1);
            x[s] = new double[] {xs};
            t[s] = new double[] {f.applyAsDouble(xs)};
        }
        return new Dataset(x, t);
    }
}
