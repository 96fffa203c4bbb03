package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.core.BookReference;
import deepmath.data.ClassicSets;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The networks of chapters 5 and 6 with the book's weights (AND, OR, XOR, the sector, the union, the triangle,
 * bumps and stairs for universal approximation, the tower, the cube, the keras examples), and the ones
 * chapter 9 trains (the σ neuron on twenty points, XOR from the book's starting weights), each with the line of
 * the book where it is built; then the lab's own (towers in 2-D, XOR with Adam, the two spirals). The region
 * each one realises is also written independently in {@link BookRegions}, for the data points and the tests.
 */
public final class BookNetworks {
    /** The universal-approximation example of ch. 6 (line 6254): f on [2, 10] with n = 20 steps. */
    static final double STAIRS_FROM = 2;
    static final double STAIRS_TO = 10;
    static final int STAIRS = 20;
    /** The 2-D towers (the lab's): 4 × 4 squares of side 1.5 on [−3, 3]². */
    static final int TOWERS = 4;
    static final double TOWERS_FROM = -3;
    static final double TOWER_SIDE = 1.5;

    private BookNetworks() {
    }

    /** Built afresh on each call: a preset's network and data are templates that callers may change. */
    public static List<Preset> all() {
        return build();
    }

    private static List<Preset> build() {
        List<Preset> all = new ArrayList<>();
        all.add(truthTable("and", 4289, single(1, 1, -2), BookRegions::and));
        all.add(truthTable("or", 4245, single(1, 1, -1), BookRegions::or));
        all.add(truthTable("xor-one-neuron", 4317, single(1, 1, -1), BookRegions::xor));
        all.add(truthTable("xor", 4946, xor(), BookRegions::xor));
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
        all.add(new Preset("stairs", BookReference.of(6, 6254), stairs(BookNetworks::stairsTarget, STAIRS_FROM,
                STAIRS_TO, STAIRS), 1.5, 10.5, -8, 10, curve(BookNetworks::stairsTarget, STAIRS_FROM, STAIRS_TO),
                false, null));
        all.add(region("tower", 5, 5698, tower(), -1, 2, -1, 2, BookRegions::tower));
        all.add(new Preset("towers", BookReference.of(5, 5698), towers(BookRegions::towersTarget), -4, 4, -4, 4,
                sampled(BookRegions::towersTarget, -3, 3, 13), false, null));
        all.add(new Preset("relu-two", BookReference.of(6, 6150), reluTwo(), -2, 3, -0.5, 3,
                Dataset.empty(1, 1), false, null));
        all.add(new Preset("heaviside-neuron", BookReference.of(6, 6216), new Network(1, List.of(
                new Layer(Activation.HEAVISIDE, new double[][] {{-0.5}}, new double[] {1}))), -2, 5, -0.5, 1.5,
                Dataset.empty(1, 1), false, null));
        all.add(region("sigmoid-neuron", 6, 6299, new Network(2, List.of(
                new Layer(Activation.SIGMOID, new double[][] {{1, 2}}, new double[] {-1}))), -5, 5, -5, 5, null));
        all.add(region("relu-3d", 6, 6357, new Network(3, List.of(
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
        return new Network(2, List.of(new Layer(Activation.HEAVISIDE, new double[][] {{a, b}}, new double[] {c})));
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

    /** The function of the universal-approximation example (ch. 6, line 6254): cos 2x + x·sin 3x + √x. */
    static double stairsTarget(double x) {
        return Math.cos(2 * x) + x * Math.sin(3 * x) + Math.sqrt(x);
    }

    /**
     * A staircase approximating f on [a, b] with n steps, built as the book's {@code calcul_approximation} does
     * (ch. 6, line 6254): for each xᵢ = a + i·h, h = (b − a)/n, the créneau H(x/xᵢ − 1) and H(−x/xᵢ₊₁ + 1), both
     * with output weight f(xᵢ), and the output bias −Σ f(xᵢ); so F = f(xᵢ) on [xᵢ, xᵢ₊₁]. (Needs 0 < a.)
     */
    static Network stairs(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double[][] w = new double[2 * n][];
        double[] bias = new double[2 * n];
        double[][] heights = new double[1][2 * n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double x = a + i * h;
            double xx = x + h;
            w[2 * i] = new double[] {1 / x};
            bias[2 * i] = -1;
            w[2 * i + 1] = new double[] {-1 / xx};
            bias[2 * i + 1] = 1;
            double y = f.applyAsDouble(x);
            heights[0][2 * i] = y;
            heights[0][2 * i + 1] = y;
            total += 2 * y;
        }
        return new Network(1, List.of(new Layer(Activation.HEAVISIDE, w, bias),
                new Layer(Activation.IDENTITY, heights, new double[] {-total / 2})));
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

    /**
     * Universal approximation in 2-D (the lab's, after line 5698): layer 1 has the lines x = aᵢ and y = aⱼ,
     * layer 2 one tower per square, H(H(x−aᵢ) − H(x−aᵢ₊₁) + H(y−aⱼ) − H(y−aⱼ₊₁) − 2), and the output adds
     * the towers with heights f(centre of the square).
     */
    static Network towers(DoubleBinaryOperator f) {
        int lines = TOWERS + 1;
        double[][] w1 = new double[2 * lines][];
        double[] b1 = new double[2 * lines];
        for (int k = 0; k < lines; k++) {
            double a = TOWERS_FROM + k * TOWER_SIDE;
            w1[k] = new double[] {1, 0};
            b1[k] = -a;
            w1[lines + k] = new double[] {0, 1};
            b1[lines + k] = -a;
        }
        double[][] w2 = new double[TOWERS * TOWERS][2 * lines];
        double[] b2 = new double[TOWERS * TOWERS];
        double[][] w3 = new double[1][TOWERS * TOWERS];
        for (int i = 0; i < TOWERS; i++) {
            for (int j = 0; j < TOWERS; j++) {
                int t = j * TOWERS + i;
                w2[t][i] = 1;
                w2[t][i + 1] = -1;
                w2[t][lines + j] = 1;
                w2[t][lines + j + 1] = -1;
                b2[t] = -2;
                double cx = TOWERS_FROM + (i + 0.5) * TOWER_SIDE;
                double cy = TOWERS_FROM + (j + 0.5) * TOWER_SIDE;
                w3[0][t] = f.applyAsDouble(cx, cy);
            }
        }
        return new Network(2, List.of(new Layer(Activation.HEAVISIDE, w1, b1),
                new Layer(Activation.HEAVISIDE, w2, b2), new Layer(Activation.IDENTITY, w3, new double[] {0})));
    }

    // ---- chapter 6: the keras examples --------------------------------------------------------------

    /** Line 6150: ReLU(x − 1) and ReLU(−0.5·x + 1) added by a ReLU output (bias 0); F(3) = 2. */
    static Network reluTwo() {
        return new Network(1, List.of(new Layer(Activation.RELU, new double[][] {{1}, {-0.5}}, new double[] {-1, 1}),
                new Layer(Activation.RELU, new double[][] {{1, 1}}, new double[] {0})));
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
    private static Preset region(String key, int chapter, int line, Network network, double x0, double x1, double y0,
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

    /** Points of a function of two variables on an n × n grid of [lo, hi]² (targets = heights). */
    private static Dataset sampled(DoubleBinaryOperator f, double lo, double hi, int n) {
        double[][] x = new double[n * n][];
        double[][] t = new double[n * n][];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double px = lo + (hi - lo) * i / (n - 1);
                double py = lo + (hi - lo) * j / (n - 1);
                x[j * n + i] = new double[] {px, py};
                t[j * n + i] = new double[] {f.applyAsDouble(px, py)};
            }
        }
        return new Dataset(x, t);
    }
}
