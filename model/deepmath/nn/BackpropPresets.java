package deepmath.nn;

import deepmath.core.BookReference;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of chapter 9 after the σ neuron and XOR (whose presets are in {@link BookNetworks}): the
 * perceptron (Hebb) rule on AND and OR, the learned step function, the lemniscate and the ellipse, and the
 * one-weight ReLU neuron whose error E(a) has a local minimum — each from the book's numbers at its line.
 */
public final class BackpropPresets {
    /** Line 10808: the rectangle of the two-class figure; the book does not give it, only that red ≈ blue. */
    public static final double[] LEMNISCATE_WINDOW = {-1.9, 1.9, -0.6, 1.1};
    /**
     * The grid of the two-class figure, the book's (line 10830): "une grille de n × n points [...] pour n = 200.
     * Nous avons donc 40 000 points". An epoch of the 921-weight network on them takes ~0.13 s here (in the lab's
     * background training task), and it is at 97 % after 10 epochs (LemniscatePresetTest).
     */
    public static final int LEMNISCATE_GRID = 200;

    private BackpropPresets() {
    }

    static List<Preset> all() {
        List<Preset> all = new ArrayList<>();
        all.add(hebb("hebb-and", BookRegions::and));
        all.add(hebb("hebb-or", BookRegions::or));
        all.add(stepLearning());
        all.add(lemniscate("lemniscate-ellipse-3", 3));
        all.add(lemniscate("lemniscate-ellipse-20", 20));
        all.add(localMinimum());
        all.add(parabola("parabola-line", 0));
        all.add(parabola("parabola-small", 0, 3));
        all.add(parabola("parabola-large", PARABOLA_LARGE_DECAY, 40, 40));
        return all;
    }

    /**
     * The perceptron rule (line 10650) on a truth table of ch. 5: one neuron H̃(a·x + b·y + c) from P0 = (0, 0, 0)
     * with δ = 1/2, so that a mistake adds or takes away 2δ·X = X (X = (x, y, 1): the bias is the weight of a
     * constant input 1, the book's neuron without a bias on three inputs).
     */
    private static Preset hebb(String key, java.util.function.BiPredicate<Double, Double> region) {
        Network network = new Network(2, List.of(new Layer(Activation.HEAVISIDE, new double[][] {{0, 0}},
                new double[] {0})));
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 0.5, 0.9, 1,
                Regularization.NONE, 0, 1);
        return new Preset(key, BookReference.of(9, 10650), network, -0.5, 1.5, -0.5, 1.5,
                BookNetworks.truthTable(region), true, training);
    }

    /**
     * The step function (line 10735): 0 on [0, 2] and [6, 8], 1 on [3, 5], ten evenly spaced points on each
     * interval (N = 30), learned by 1-2-1 σ from P0 = (a1, …, a7) = (0, 1, 0, −1, 1, 1, −1) with δ = 1 on the mean
     * squared error; a1, a2 are the first neuron's weight and bias, a3, a4 the second's, a5, a6, a7 the output's.
     * The book reaches P5000 = (−2.0142, 10.9964, 3.0543, −7.7086, 8.2334, 7.8735, −11.9037).
     */
    static Preset stepLearning() {
        Network network = new Network(1, List.of(
                new Layer(Activation.SIGMOID, new double[][] {{0}, {0}}, new double[] {1, -1}),
                new Layer(Activation.SIGMOID, new double[][] {{1, 1}}, new double[] {-1})));
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 1, 0.9, 30,
                Regularization.NONE, 0, 1);
        return new Preset("step-learning", BookReference.of(9, 10735), network, -0.5, 8.5, -0.25, 1.25,
                stepData(), true, training);
    }

    /** Ten points evenly spaced on [0, 2] and on [6, 8] (target 0) and on [3, 5] (target 1). */
    static Dataset stepData() {
        double[][] x = new double[30][];
        double[][] t = new double[30][];
        double[] from = {0, 3, 6};
        double[] target = {0, 1, 0};
        for (int part = 0; part < 3; part++) {
            for (int i = 0; i < 10; i++) {
                x[10 * part + i] = new double[] {from[part] + 2.0 * i / 9};
                t[10 * part + i] = new double[] {target[part]};
            }
        }
        return new Dataset(x, t);
    }

    /**
     * The union of the lemniscate (x² + y²)² = 4(x² − y²) and the ellipse (x − ½)² + 4(y − ⅓)² = 2 (line 10808):
     * f(x, y) = ((x² + y²)² − 4(x² − y²)) · ((x − ½)² + 4(y − ⅓)² − 2); red (1) where f ≤ 0, blue (0) where f > 0.
     */
    public static double lemniscateEllipse(double x, double y) {
        double r2 = x * x + y * y;
        double lemniscate = r2 * r2 - 4 * (x * x - y * y);
        double ellipse = (x - 0.5) * (x - 0.5) + 4 * (y - 1.0 / 3) * (y - 1.0 / 3) - 2;
        return lemniscate * ellipse;
    }

    /** An n × n grid of the rectangle, each point labelled 1 where f ≤ 0. */
    public static Dataset lemniscateGrid(int n) {
        double[] w = LEMNISCATE_WINDOW;
        double[][] x = new double[n * n][];
        double[][] t = new double[n * n][];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double px = w[0] + (w[1] - w[0]) * i / (n - 1);
                double py = w[2] + (w[3] - w[2]) * j / (n - 1);
                x[j * n + i] = new double[] {px, py};
                t[j * n + i] = new double[] {lemniscateEllipse(px, py) <= 0 ? 1 : 0};
            }
        }
        return new Dataset(x, t);
    }

    /** The starting biases of the lemniscate's ReLU network: hidden neurons, and the output (targets 0 and 1). */
    static final double HIDDEN_BIAS = 0.1;
    static final double OUTPUT_BIAS = 0.5;
    /** The lemniscate's step decay τ in epochs: δₑ = δ/(1 + e/τ). */
    static final double LEMNISCATE_DECAY = 10;

    /**
     * Four layers, p neurons on each of the first three and one output, ReLU everywhere (line 10808): p = 3 has
     * 10 neurons and 37 weights, p = 20 has 61 neurons and 921 weights. Random start (He weights, seeded),
     * stochastic descent (mini-batches of 10, Adam).
     * <p>
     * A ReLU output is dead where its sum is negative: F = 0 there and no gradient comes back. With He weights and
     * zero biases the small network started dead on most seeds (every point blue, 50 %, for ever), and a
     * constant step could later push the output's sum below 0 on every point and leave it there. So the biases
     * start positive (0.1 in the hidden layers, 0.5 at the output, the middle of the targets: F starts near ½,
     * alive everywhere), and the step is lowered as δ/(1 + e/10), as the spirals' (LemniscatePresetTest).
     */
    static Preset lemniscate(String key, int p) {
        Network network = new Network(2, List.of(Layer.zeros(Activation.RELU, 2, p), Layer.zeros(Activation.RELU, p, p),
                Layer.zeros(Activation.RELU, p, p), Layer.zeros(Activation.RELU, p, 1)));
        Initialization.HE.apply(network, 5);
        for (int l = 0; l < network.depth(); l++) {
            for (int j = 0; j < network.layer(l).neurons(); j++) {
                network.layer(l).setBias(j, l == network.depth() - 1 ? OUTPUT_BIAS : HIDDEN_BIAS);
            }
        }
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.ADAM, 0.003, 0.9, 10,
                Regularization.NONE, 0, 1, LEMNISCATE_DECAY);
        double[] w = LEMNISCATE_WINDOW;
        return new Preset(key, BookReference.of(9, 10808), network, w[0], w[1], w[2], w[3],
                lemniscateGrid(LEMNISCATE_GRID), true, training);
    }

    /**
     * A local minimum (line 11047): F(x) = ReLU(a·x − 1), the bias held at −1, on (−2, 1), (−1, 0), (0, 0), (1, 0),
     * (3, 2); E(a) = Σ (F(xᵢ) − yᵢ)² has E(−1) = 4 (local) and E(1) = 1 (global), and is 5 on [−½, ⅓]. The network
     * starts at a = 2, the book's picture of F.
     */
    static Preset localMinimum() {
        Network network = new Network(1, List.of(new Layer(Activation.RELU, new double[][] {{2}}, new double[] {-1})));
        double[][] x = {{-2}, {-1}, {0}, {1}, {3}};
        double[][] t = {{1}, {0}, {0}, {0}, {2}};
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 0.02, 0.9, 5,
                Regularization.NONE, 0, 1);
        return new Preset("local-minimum", BookReference.of(9, 11047), network, -3, 4, -0.5, 3,
                new Dataset(x, t), true, training);
    }

    /** The lab's four points of the over-fitting example 1 (line 11124; the book draws them without numbers). */
    public static final double[] FOUR_POINTS_X = {1, 2, 3, 4};
    public static final double[] FOUR_POINTS_Y = {1, 2.5, 2, 3.5};
    /**
     * The lab's new point (x₀, y) for the prediction of line 11124, not used for fitting: near the least-squares
     * line y = 0.7x + 0.5 (4.0 at x₀ = 5), far from the cubic through the four points (11 at x₀ = 5).
     */
    public static final double[] NEW_POINT = {5, 4.3};

    /** The held-out share of the parabola presets: half the points train, half test. */
    public static final double PARABOLA_TEST_FRACTION = 0.5;
    /** The parabola's points: how many, how many with the wrong class (noise). */
    public static final int PARABOLA_POINTS = 200;
    public static final int PARABOLA_FLIPPED = 12;
    /** τ of the large parabola network's lowered step δ/(1 + e/τ), in epochs. */
    static final double PARABOLA_LARGE_DECAY = 100;

    /**
     * The lab's two classes of over-fitting example 2 (line 11160; the book draws them without numbers): 200 points of
     * [−2, 2] × [−1, 3] (seeded), red (1) above the parabola y = x² − ½ and blue (0) below, none closer than 0.2
     * (vertically) to it, then 12 of them (every 16th from the 4th) given the other class: the noise a complex model
     * learns by heart.
     */
    public static Dataset parabolaData() {
        java.util.Random random = new java.util.Random(7);
        double[][] x = new double[PARABOLA_POINTS][];
        double[][] t = new double[PARABOLA_POINTS][];
        for (int i = 0; i < PARABOLA_POINTS; i++) {
            double px;
            double py;
            do {
                px = -2 + 4 * random.nextDouble();
                py = -1 + 4 * random.nextDouble();
            } while (Math.abs(py - parabola(px)) < 0.2);
            x[i] = new double[] {px, py};
            t[i] = new double[] {py > parabola(px) ? 1 : 0};
        }
        for (int k = 0; k < PARABOLA_FLIPPED; k++) {
            double[] target = t[flipped(k)];
            target[0] = 1 - target[0];
        }
        return new Dataset(x, t);
    }

    /** The separating parabola y = x² − ½. */
    public static double parabola(double x) {
        return x * x - 0.5;
    }

    /** The index of the k-th point given the wrong class. */
    public static int flipped(int k) {
        return 16 * k + 3;
    }

    /**
     * Example 2 of over-fitting (line 11160) on the lab's points, with half of them held out: no hidden layer (one σ
     * neuron, a line: under-fits), 2-3-1 (fits the parabola), 2-40-40-1 trained long (learns the noisy points by heart
     * and predicts worse). tanh hidden layers, a σ output, Glorot weights (seeded), Adam δ = 0.01, batches of 10.
     * With a constant step the large network wanders between learning the noise and forgetting it; its step is
     * lowered as δ/(1 + e/100), and then the longer it trains the more noisy points it learns (measured: 99 % / 89 %
     * after 1 500 epochs, 100 % / 86 % after 4 000, 100 % / 85 % after 6 000).
     */
    static Preset parabola(String key, double decay, int... hidden) {
        List<Layer> layers = new ArrayList<>();
        int inputs = 2;
        for (int width : hidden) {
            layers.add(Layer.zeros(Activation.TANH, inputs, width));
            inputs = width;
        }
        layers.add(Layer.zeros(Activation.SIGMOID, inputs, 1));
        Network network = new Network(2, layers);
        Initialization.GLOROT.apply(network, 3);
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.ADAM, 0.01, 0.9, 10,
                Regularization.NONE, 0, 1, decay);
        return new Preset(key, BookReference.of(9, 11160), network, -2, 2, -1, 3, parabolaData(), true, training,
                PARABOLA_TEST_FRACTION);
    }
}
