package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.data.ClassicSets;
import deepmath.data.CurveSets;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The networks of chapter 5 with the book's weights (AND, OR, XOR, the sector, the union, the triangle,
 * bumps and towers for universal approximation, the cube), and the ones chapter 9 trains (XOR, spirals).
 * The region each one realises is also written independently in {@link BookRegions}, for the data points
 * and the tests.
 */
public final class BookNetworks {
    /** Where the staircase of the universal-approximation preset starts, and its step width. */
    static final double STAIRS_FROM = -3;
    static final double STAIRS_WIDTH = 0.5;
    static final int STAIRS = 12;
    /** The 2-D towers: 4 × 4 squares of side 1.5 on [−3, 3]². */
    static final int TOWERS = 4;
    static final double TOWERS_FROM = -3;
    static final double TOWER_SIDE = 1.5;

    private BookNetworks() {
    }

    public static List<Preset> all() {
        List<Preset> all = new ArrayList<>();
        all.add(truthTable("and", single(1, 1, -2), BookRegions::and));
        all.add(truthTable("or", single(1, 1, -1), BookRegions::or));
        all.add(truthTable("xor-one-neuron", single(1, 1, -1), BookRegions::xor));
        all.add(truthTable("xor", xor(), BookRegions::xor));
        all.add(region("sector", sector(-2), -4, 4, -4, 4, BookRegions::sector));
        all.add(region("union", sector(-1), -4, 4, -4, 4, BookRegions::union));
        all.add(region("triangle", triangle(Activation.HEAVISIDE), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-sigmoid", triangle(Activation.SIGMOID), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-tanh", triangle(Activation.TANH), -2, 7, -1, 5, BookRegions::triangle));
        all.add(region("triangle-relu", triangle(Activation.RELU), -2, 7, -1, 5, BookRegions::triangle));
        all.add(new Preset("bump", 5, bump(-1, 1), -3, 3, -0.5, 1.5, curve(BookRegions::bump), false, null));
        all.add(new Preset("stairs", 5, stairs(CurveSets.SIN.function()), -3, 3, -1.5, 1.5,
                CurveSets.SIN.generate(61, 0, 1), false, null));
        all.add(region("tower", tower(), -3, 3, -3, 3, BookRegions::tower));
        all.add(new Preset("towers", 5, towers(BookRegions::towersTarget), -4, 4, -4, 4,
                sampled(BookRegions::towersTarget, -3, 3, 13), false, null));
        all.add(region("cube", cube(), -0.5, 1.5, -0.5, 1.5, null));
        all.add(xorLearning());
        all.add(spiralsLearning());
        return all;
    }

    public static Preset byKey(String key) {
        for (Preset preset : all()) {
            if (preset.key().equals(key)) {
                return preset;
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_PRESET, key);
    }

    // ---- chapter 5: networks with given weights ------------------------------------------------------

    /** One Heaviside neuron H(a·x + b·y + c). */
    static Network single(double a, double b, double c) {
        return new Network(2, List.of(new Layer(Activation.HEAVISIDE, new double[][] {{a, b}}, new double[] {c})));
    }

    /** XOR = AND(OR(x, y), NAND(x, y)): two layers of Heaviside neurons. */
    static Network xor() {
        Layer hidden = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1}, {-1, -1}}, new double[] {-1, 1});
        Layer output = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1}}, new double[] {-2});
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

    /** The "créneau": H(x − a) − H(x − b) is 1 on [a, b), 0 elsewhere. */
    static Network bump(double a, double b) {
        Layer steps = new Layer(Activation.HEAVISIDE, new double[][] {{1}, {1}}, new double[] {-a, -b});
        Layer difference = new Layer(Activation.IDENTITY, new double[][] {{1, -1}}, new double[] {0});
        return new Network(1, List.of(steps, difference));
    }

    /**
     * A staircase approximating f on [−3, 3): F(x) = Σ cₖ H(x − xₖ) with xₖ = −3 + k/2 and the jumps
     * cₖ = f(mₖ) − f(mₖ₋₁) between the values at the middles mₖ of the steps, so F = f(mₖ) on step k.
     */
    static Network stairs(DoubleUnaryOperator f) {
        double[][] w = new double[STAIRS][];
        double[] b = new double[STAIRS];
        double[][] jumps = new double[1][STAIRS];
        double previous = 0;
        for (int k = 0; k < STAIRS; k++) {
            double xk = STAIRS_FROM + k * STAIRS_WIDTH;
            w[k] = new double[] {1};
            b[k] = -xk;
            double value = f.applyAsDouble(xk + STAIRS_WIDTH / 2);
            jumps[0][k] = value - previous;
            previous = value;
        }
        return new Network(1, List.of(new Layer(Activation.HEAVISIDE, w, b),
                new Layer(Activation.IDENTITY, jumps, new double[] {0})));
    }

    /** The 2-D bump: four half-planes around the square [−1, 1]², joined by AND. */
    static Network tower() {
        Layer sides = new Layer(Activation.HEAVISIDE, new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}},
                new double[] {1, 1, 1, 1});
        Layer join = new Layer(Activation.HEAVISIDE, new double[][] {{1, 1, 1, 1}}, new double[] {-4});
        return new Network(2, List.of(sides, join));
    }

    /**
     * Universal approximation in 2-D: layer 1 has the lines x = aᵢ and y = aⱼ (H(x − aᵢ), H(y − aⱼ)),
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

    /** The unit cube [0, 1]³: six half-spaces joined by AND (bias −6); shown as slices z = constant. */
    static Network cube() {
        double[][] w = new double[6][3];
        double[] b = new double[6];
        for (int axis = 0; axis < 3; axis++) {
            w[2 * axis][axis] = 1; // x ≥ 0
            w[2 * axis + 1][axis] = -1; // 1 − x ≥ 0
            b[2 * axis + 1] = 1;
        }
        double[][] all = {{1, 1, 1, 1, 1, 1}};
        return new Network(3, List.of(new Layer(Activation.HEAVISIDE, w, b),
                new Layer(Activation.HEAVISIDE, all, new double[] {-6})));
    }

    // ---- chapter 9: networks to train ---------------------------------------------------------------

    /** XOR by backpropagation: 2-3-1, tanh then σ, Glorot start, the four points of the truth table. */
    static Preset xorLearning() {
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 3), Layer.zeros(Activation.SIGMOID, 3, 1)));
        Initialization.GLOROT.apply(network, 7);
        TrainingSettings training = new TrainingSettings(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 0.9,
                4, Regularization.NONE, 0, 1);
        return new Preset("xor-learning", 9, network, -0.5, 1.5, -0.5, 1.5, truthTable(BookRegions::xor), true, training);
    }

    /** The two spirals, the hardest classic set: 2-8-8-1 tanh with a σ output. */
    static Preset spiralsLearning() {
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 8), Layer.zeros(Activation.TANH, 8, 8),
                Layer.zeros(Activation.SIGMOID, 8, 1)));
        Initialization.GLOROT.apply(network, 3);
        // A large first step (Adam, δ = 0.1) finds the spirals in ~100 epochs; lowering it as δ/(1 + e/20)
        // lets the network settle there. With a constant δ, mini-batch noise knocks it off again and again
        // (94 % then 83–87 % after a few thousand epochs); SpiralsPresetTest holds the difference.
        TrainingSettings training = new TrainingSettings(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.ADAM, 0.1, 0.9,
                10, Regularization.NONE, 0, 1, 20);
        return new Preset("spirals", 9, network, -6, 6, -6, 6, ClassicSets.SPIRALS.generate(300, 0.05, 1), true,
                training);
    }

    // ---- data ---------------------------------------------------------------------------------------

    private static Preset truthTable(String key, Network network, java.util.function.BiPredicate<Double, Double> region) {
        return new Preset(key, 5, network, -0.5, 1.5, -0.5, 1.5, truthTable(region), false, null);
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

    /** A preset of chapter 5 whose data are random points of the view labelled by the book's region. */
    private static Preset region(String key, Network network, double x0, double x1, double y0, double y1,
                                 java.util.function.BiPredicate<Double, Double> region) {
        Dataset data = region == null ? Dataset.empty(network.inputs(), 1) : labelled(region, x0, x1, y0, y1, 120, 5);
        return new Preset(key, 5, network, x0, x1, y0, y1, data, false, null);
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

    private static Dataset curve(DoubleUnaryOperator f) {
        return CurveSets.sample(f, 61, 0, 1);
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
