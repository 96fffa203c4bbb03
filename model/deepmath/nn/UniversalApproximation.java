package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.data.Dataset;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.List;

/**
 * The universal-approximation theorem made concrete (ch. 5, §5, lines 5630–5698; ch. 6, line 6254): the network
 * that approaches {@code target} with n steps (one variable) or n × n towers (two variables), and how far it is.
 * <ul>
 * <li>One variable, as {@code calcul_approximation} does: [a, b] cut into n pieces [xᵢ, xᵢ₊₁], for each the
 * créneau of line 5389 (two H neurons, xᵢ ≤ x and x ≤ xᵢ₊₁) with output weights f(xᵢ), and the output bias
 * −Σ f(xᵢ); 2n neurons then one identity neuron. Where the two créneaux of a junction xᵢ₊₁ meet, both are on
 * and F adds their heights — the book's remark of line 5613.</li>
 * <li>Two variables (the book's theorem 3, line 5690, whose tower of line 5698 it generalises): the lines
 * x = aᵢ and y = aⱼ (layer 1, H), one tower per square [aᵢ, aᵢ₊₁) × [aⱼ, aⱼ₊₁) (layer 2, H, bias −2),
 * then the output adds the towers with heights f(centre of the square).</li>
 * </ul>
 */
public record UniversalApproximation(ApproximationTarget target, int steps) {
    /** At least this many sample points per variable for the error. */
    static final int SAMPLES_1D = 2000;
    static final int SAMPLES_2D = 100;

    public UniversalApproximation {
        if (steps < 1 || steps > target.maxSteps()) {
            throw new BadInputException(NetworkProblem.APPROXIMATION_STEPS, steps, target.maxSteps());
        }
    }

    /** The book's example of line 6254: 20 steps for cos 2x + x sin 3x + √x on [2, 10]. */
    public static UniversalApproximation book() {
        return new UniversalApproximation(ApproximationTarget.BOOK_6254, 20);
    }

    public Network network() {
        return target.inputs() == 1 ? stepsNetwork() : towers();
    }

    private double side() {
        return (target.to() - target.from()) / steps;
    }

    private Network stepsNetwork() {
        int n = steps;
        double h = side();
        double[][] w = new double[2 * n][];
        double[] bias = new double[2 * n];
        double[][] heights = new double[1][2 * n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double x = target.from() + i * h;
            double next = i == n - 1 ? target.to() : x + h;
            // H(x/xᵢ − 1) is the book's step at xᵢ > 0 (line 5326); at xᵢ ≤ 0 the same step is H(x − xᵢ)
            w[2 * i] = new double[] {x > 0 ? 1 / x : 1};
            bias[2 * i] = x > 0 ? -1 : -x;
            w[2 * i + 1] = new double[] {next > 0 ? -1 / next : -1};
            bias[2 * i + 1] = next > 0 ? 1 : next;
            double y = target.value(x);
            heights[0][2 * i] = y;
            heights[0][2 * i + 1] = y;
            total += y;
        }
        return new Network(1, List.of(new Layer(Activation.HEAVISIDE, w, bias),
                new Layer(Activation.IDENTITY, heights, new double[] {-total})));
    }

    private Network towers() {
        int n = steps;
        int lines = n + 1;
        double h = side();
        double[][] w1 = new double[2 * lines][];
        double[] b1 = new double[2 * lines];
        for (int k = 0; k < lines; k++) {
            double a = k == n ? target.to() : target.from() + k * h;
            w1[k] = new double[] {1, 0};
            b1[k] = -a;
            w1[lines + k] = new double[] {0, 1};
            b1[lines + k] = -a;
        }
        double[][] w2 = new double[n * n][2 * lines];
        double[] b2 = new double[n * n];
        double[][] w3 = new double[1][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int t = j * n + i;
                w2[t][i] = 1;
                w2[t][i + 1] = -1;
                w2[t][lines + j] = 1;
                w2[t][lines + j + 1] = -1;
                b2[t] = -2;
                w3[0][t] = target.value(target.from() + (i + 0.5) * h, target.from() + (j + 0.5) * h);
            }
        }
        return new Network(2, List.of(new Layer(Activation.HEAVISIDE, w1, b1),
                new Layer(Activation.HEAVISIDE, w2, b2), new Layer(Activation.IDENTITY, w3, new double[] {0})));
    }

    /** How far F is from f on [a, b] (or [a, b]²): the largest and the mean |f − F| over the sample points. */
    public record Error(double max, double mean) {
    }

    /**
     * |f − F| at the midpoints of a fine cut of [a, b] (at least 2000 points; 100 × 100 in 2-D) into a multiple of
     * 2n pieces: no sample falls on a junction xᵢ, where the book's créneaux add up (line 5613), so this is the
     * error everywhere else. {@code network} is any network of the target's inputs (the user may have edited it).
     */
    public Error error(Network network) {
        if (network.inputs() != target.inputs()) {
            throw new BadInputException(NetworkProblem.EVAL_INPUTS, network.inputs(),
                    deepmath.core.InputProblem.plural(network.inputs()), target.inputs(),
                    deepmath.core.InputProblem.plural(target.inputs()));
        }
        double a = target.from();
        double b = target.to();
        double max = 0;
        double sum = 0;
        if (target.inputs() == 1) {
            int m = 2 * steps * (int) Math.ceil(SAMPLES_1D / (2.0 * steps));
            for (int k = 0; k < m; k++) {
                double x = a + (k + 0.5) * (b - a) / m;
                double e = Math.abs(target.value(x) - network.output(x)[0]);
                max = Math.max(max, e);
                sum += e;
            }
            return new Error(max, sum / m);
        }
        int m = 2 * steps * (int) Math.ceil(SAMPLES_2D / (2.0 * steps));
        double c = (b - a) / m;
        Grid2D grid = Grid2D.square(a + c / 2, b - c / 2, a + c / 2, b - c / 2, m);
        GridValues values = network.outputOnGrid(grid);
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                double e = Math.abs(target.value(grid.x(i), grid.y(j)) - values.at(i, j));
                max = Math.max(max, e);
                sum += e;
            }
        }
        return new Error(max, sum / ((double) m * m));
    }

    /**
     * The n at which {@link #errorCurve} measures: every n up to 10 (and up to 12 in 2-D), then the book's 20, 50,
     * 100 among a few others — enough to see the error fall, at an eighth of the cost of every n.
     */
    public static int[] curveSteps(ApproximationTarget target) {
        java.util.List<Integer> ns = new java.util.ArrayList<>();
        for (int n = 1; n <= Math.min(10, target.maxSteps()); n++) {
            ns.add(n);
        }
        for (int n : new int[] {11, 12, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100}) {
            if (n <= target.maxSteps()) {
                ns.add(n);
            }
        }
        return ns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The error of the network built with each n of {@link #curveSteps}: how it falls as n grows. */
    public static Error[] errorCurve(ApproximationTarget target) {
        int[] ns = curveSteps(target);
        Error[] out = new Error[ns.length];
        for (int k = 0; k < ns.length; k++) {
            UniversalApproximation u = new UniversalApproximation(target, ns[k]);
            out[k] = u.error(u.network());
        }
        return out;
    }

    /** Points of f to show with F: 61 on [a, b], or 13 × 13 on [a, b]² (targets = heights). */
    public Dataset samples() {
        double a = target.from();
        double b = target.to();
        if (target.inputs() == 1) {
            int n = 61;
            double[][] x = new double[n][];
            double[][] t = new double[n][];
            for (int s = 0; s < n; s++) {
                double xs = a + (b - a) * s / (n - 1);
                x[s] = new double[] {xs};
                t[s] = new double[] {target.value(xs)};
            }
            return new Dataset(x, t);
        }
        int n = 13;
        double[][] x = new double[n * n][];
        double[][] t = new double[n * n][];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double px = a + (b - a) * i / (n - 1);
                double py = a + (b - a) * j / (n - 1);
                x[j * n + i] = new double[] {px, py};
                t[j * n + i] = new double[] {target.value(px, py)};
            }
        }
        return new Dataset(x, t);
    }

    /**
     * The rectangle to show {xMin, xMax, yMin, yMax}: [a, b] with a margin and, in 1-D, the heights of f (and 0,
     * where F is outside [a, b]) with a margin; in 2-D the square [a, b]² with a margin.
     */
    public double[] window() {
        double a = target.from();
        double b = target.to();
        if (target.inputs() == 2) {
            double m = (b - a) / 6;
            return new double[] {a - m, b + m, a - m, b + m};
        }
        double lo = 0;
        double hi = 0;
        for (int k = 0; k <= 400; k++) {
            double y = target.value(a + (b - a) * k / 400);
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        double m = (b - a) / 16;
        double my = (hi - lo) / 10;
        return new double[] {a - m, b + m, lo - my, hi + my};
    }
}
