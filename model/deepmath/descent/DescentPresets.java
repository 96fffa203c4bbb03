package deepmath.descent;

import deepmath.core.BookReference;
import java.util.ArrayList;
import java.util.List;

/** The descent presets: chapter 8's examples with the book's numbers (line in each comment), then the lab's. */
final class DescentPresets {
    static final List<DescentPreset> ALL = build();

    private DescentPresets() {
    }

    private static DescentPreset two(String id, int line, String formula, double a0, double b0, double step, int steps,
                                     String optimizer, double[] window) {
        return new DescentPreset(id, BookReference.of(8, line), "function", formula, List.of("a", "b"),
                new double[] {a0, b0}, step, steps, 0.8, optimizer, 0, window, null, true, List.of());
    }

    /** A function of one variable (its name is the formula's): the window's x range, its f range is fitted. */
    private static DescentPreset one(String id, int line, String formula, String variable, double x0, double step,
                                     int steps, double xMin, double xMax) {
        return new DescentPreset(id, BookReference.of(8, line), "function", formula, List.of(variable),
                new double[] {x0}, step, steps, 0.8, "sgd", 0, new double[] {xMin, xMax, -1, 1}, null, true, List.of());
    }

    private static DescentPreset data(String id, int line, String problem, PointCloud points, double[] start,
                                      double step, int steps, int batch, double[] window) {
        return data(id, line, problem, points, start, step, steps, batch, window, true, List.of());
    }

    private static DescentPreset data(String id, int line, String problem, PointCloud points, double[] start,
                                      double step, int steps, int batch, double[] window, boolean shuffled,
                                      List<Integer> compared) {
        return new DescentPreset(id, BookReference.of(8, line), problem, "",
                problem.equals("circle") || problem.equals("plane") ? List.of("a", "b", "c") : List.of("a", "b"), start, step, steps, 0.8, "sgd", batch, window, points,
                shuffled, compared);
    }

    private static List<DescentPreset> build() {
        List<DescentPreset> all = new ArrayList<>();
        // §1.2: f(a, b) = a² + 3b² from (2, 1) with δ = 0.2, the table up to k = 20 (line 8920)
        all.add(two("book-2-1", 8920, "a^2 + 3*b^2", 2, 1, 0.2, 20, "sgd", new double[] {-2.5, 2.5, -2.5, 2.5}));
        // … and from (−1, −1) with δ = 0.1: (−0.8, −0.4), (−0.64, −0.16), … (line 8947)
        all.add(two("book-m1-m1", 8947, "a^2 + 3*b^2", -1, -1, 0.1, 20, "sgd", new double[] {-2, 2, -2, 2}));
        // §1.3: f(a) = a² + 1 from a0 = 2 with δ = 0.2, ten steps (the table, line 8971), and from −1.5
        all.add(one("parabola", 8971, "a^2 + 1", "a", 2, 0.2, 10, -2.5, 2.5));
        all.add(one("parabola-m1.5", 8971, "a^2 + 1", "a", -1.5, 0.2, 10, -2.5, 2.5));
        // the step: f(x) = x² + 1, δ = 0.9 oscillates, δ = 1.1 diverges, δ = 0.05 crawls, always from a0 = 2 (line 9034)
        all.add(one("step-large", 9034, "x^2 + 1", "x", 2, 0.9, 10, -3, 3));
        all.add(one("step-diverges", 9034, "x^2 + 1", "x", 2, 1.1, 10, -14, 14));
        all.add(one("step-small", 9034, "x^2 + 1", "x", 2, 0.05, 10, -2.5, 2.5));
        // two local minima of a⁴ − 5a² + a + 10 with δ = 0.02: the start decides (line 9052; the book draws the
        // runs from −2, −0.5, 0.5 and 2 without a step count: 40 steps reach either minimum)
        for (double a0 : new double[] {-2, -0.5, 0.5, 2}) {
            all.add(one("quartic" + (a0 < 0 ? "-m" : "-") + (Math.abs(a0) == 2 ? "2" : "0.5"), 9052,
                    "a^4 - 5*a^2 + a + 10", "a", a0, 0.02, 40, -2.5, 2.5));
        }
        // a⁴ − 2a³ + 4: from a0 = −1 with δ = 0.05, 100 steps stall at the saddle point 0 (line 9064)
        all.add(one("saddle-point", 9064, "a^4 - 2*a^3 + 4", "a", -1, 0.05, 100, -1.5, 2.5));
        // §2.2: the line through A1(0, 3), A2(2, 4), A3(6, 6) from (0, 1), δ = 0.02; (0.501, 2.99) after 100
        all.add(data("regression", 9287, "regression", points(0, 3, 2, 4, 6, 6), new double[] {0, 1}, 0.02, 100, 0,
                new double[] {-1, 2, -0.5, 4}));
        // … five points from (3/4, −2) with δ = 0.001: (0.78, −2.46) after 10 000 steps (line 9333)
        all.add(data("regression-5", 9333, "regression", points(4, 1, 7, 3, 8, 3, 10, 6, 12, 7),
                new double[] {0.75, -2}, 0.001, 10_000, 0, new double[] {0, 1.5, -3.5, -1}));
        // ch. 3 §3.4: the line nearest five points by the perpendicular distance, f(a, b) = Σ (a·xᵢ − yᵢ + b)²/(1 + a²)
        // over A1(2, 3), A2(3, 5), A3(4, 4), A4(5, 6), A5(6, 6); the book finds its minimum at (a, b) ≈ (0.8, 1.6) from
        // the graph and the level lines, without a start or a step (line 3383). Here from (0, 0) with δ = 0.01 (the
        // largest that does not oscillate: f's curvature in a is ~2·Σxᵢ² = 180 there), 2000 steps: (0.797, 1.611)
        all.add(new DescentPreset("regression-perpendicular", BookReference.of(3, 3383), "function",
                "((2*a - 3 + b)^2 + (3*a - 5 + b)^2 + (4*a - 4 + b)^2 + (5*a - 6 + b)^2 + (6*a - 6 + b)^2) / (1 + a^2)",
                List.of("a", "b"), new double[] {0, 0}, 0.01, 2000, 0.8, "sgd", 0, new double[] {-0.5, 2.5, -1, 3},
                null, true, List.of()));
        // §2.4: the plane z = a·x + b·y + c through A1(0, 0, 3), A2(1, 0, 4), A3(0, 1, 5) from (0, 0, 0) with
        // δ = 0.2: (a, b, c) → (1, 2, 3) (line 9553; the book gives no step count: 100 steps get there)
        all.add(data("plane-3", 9553, "plane", space(0, 0, 3, 1, 0, 4, 0, 1, 5), new double[] {0, 0, 0}, 0.2, 100, 0,
                new double[] {-0.5, 1.5, -0.5, 1.5}));
        // … and the plane nearest five points, from (0, 0, 0) with δ = 0.01: a ≈ −1.22, b ≈ 0.77, c ≈ 2.33,
        // E ≈ 14.44, z(1, 1) ≈ 1.88 (line 9563; no step count either: 2000 steps get there)
        all.add(data("plane-5", 9563, "plane", space(1, 0, 0, 0, 1, 5, 2, 1, 1, 1, 2, 0, 2, 2, 3),
                new double[] {0, 0, 0}, 0.01, 2000, 0, new double[] {-0.5, 2.5, -0.5, 2.5}));
        // §3: a parabola y = x² + a·x + b through A1(2, 0), A2(0, 2), A3(4, 6), A4(1, 0), the sum E = E1 + … + E4:
        // classic descent from (1, 1) with δ = 0.01, E = 284, 84.87, 28.68, … and (−2.9981, 1.9948) after 200 steps
        // (line 9714); stochastic descent through E1, E2, E3, E4, E1, … in this order: (0.72, 0.86), (0.72, 0.88), …
        // and (−2.9984, 1.9954) after 800 steps (line 9722); both side by side, the classic one stepping once per
        // pass of the stochastic one over the four points
        PointCloud four = points(2, 0, 0, 2, 4, 6, 1, 0);
        double[] parabolaWindow = {-4, 2, -1, 3};
        all.add(data("parabola-fit", 9714, "parabola", four, new double[] {1, 1}, 0.01, 200, 0, parabolaWindow));
        all.add(data("parabola-sgd", 9722, "parabola", four, new double[] {1, 1}, 0.01, 800, 1, parabolaWindow, false,
                List.of()));
        all.add(data("parabola-compare", 9722, "parabola", four, new double[] {1, 1}, 0.01, 800, 1, parabolaWindow,
                false, List.of(0)));
        // §3.3: six points on the circle of centre (3, 2) and radius 1, from (1, 1, 2) with δ = 0.01, for batches
        // of K = 1, 2, 3 and 6 points, over 10 epochs (line 9999; the book draws the points without listing them:
        // here they are 60° apart)
        PointCloud six = circle(6, 3, 2, 1);
        for (int k : new int[] {1, 2, 3, 6}) {
            all.add(data("circle-6-k" + k, 9999, "circle", six, new double[] {1, 1, 2}, 0.01, 10 * 6 / k, k,
                    new double[] {0, 5, -0.5, 4.5}));
        }
        // … the four sizes at once, E against the epochs as the book's figure (line 10016)
        all.add(data("circle-6-compare", 10016, "circle", six, new double[] {1, 1, 2}, 0.01, 10 * 6, 1,
                new double[] {0, 5, -0.5, 4.5}, true, List.of(2, 3, 6)));
        // … and 100 random points around the circle of centre (1, 2) and radius 3, from (1, 1, 1) with δ = 0.001,
        // K = 1, 10, 20, over two epochs (line 10047; the book does not give its noise: here 0.3 in the radius)
        PointCloud hundred = PointCloud.noisyCircle(100, 1, 2, 3, 0.3, 2);
        for (int k : new int[] {1, 10, 20}) {
            all.add(data("circle-100-k" + k, 10047, "circle", hundred, new double[] {1, 1, 1}, 0.001, 2 * 100 / k, k,
                    new double[] {-3, 5, -2, 6}));
        }
        all.add(data("circle-100-compare", 10047, "circle", hundred, new double[] {1, 1, 1}, 0.001, 2 * 100, 1,
                new double[] {-3, 5, -2, 6}, true, List.of(10, 20)));
        // the lab's own cases beside the book's: momentum in a narrow valley (§4.1, line 10069), Adam on
        // Rosenbrock's banana (§4, line 10069), a saddle and two minima in the plane (§1.3, lines 9061 and 9050)
        all.add(two("narrow-valley", 10069, "a^2 + 25*b^2", -2, 0.8, 0.02, 100, "momentum",
                new double[] {-2.5, 2.5, -2.5, 2.5}));
        all.add(two("rosenbrock", 10069, "(1 - a)^2 + 10*(b - a^2)^2", -1.5, 2, 0.01, 300, "adam",
                new double[] {-2.5, 2.5, -2.5, 2.5}));
        all.add(two("saddle", 9061, "a^2 - b^2 + 0.1*b^4", 2, 0.001, 0.05, 100, "sgd", new double[] {-3, 3, -3, 3}));
        all.add(two("two-minima", 9050, "(a^2 - 1)^2 + b^2", 0.05, 1, 0.05, 100, "sgd", new double[] {-2, 2, -2, 2}));
        // the lab's noisy line (30 points), whole data and stochastic (K = 1), with steps for the sum loss
        PointCloud noisy = PointCloud.noisyLine(30, 1.2, 0.5, 0.45, -1, 3, 1);
        all.add(data("regression-noisy", 9611, "regression", noisy, new double[] {-1, 2}, 0.004, 200, 0,
                new double[] {-2, 4, -2, 4}));
        all.add(data("regression-sgd", 9611, "regression", noisy, new double[] {-1, 2}, 0.002, 600, 1,
                new double[] {-2, 4, -2, 4}));
        return List.copyOf(all);
    }

    private static PointCloud points(double... xy) {
        double[] xs = new double[xy.length / 2];
        double[] ys = new double[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }
        return new PointCloud(xs, ys);
    }

    private static PointCloud space(double... xyz) {
        int n = xyz.length / 3;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xyz[3 * i];
            ys[i] = xyz[3 * i + 1];
            zs[i] = xyz[3 * i + 2];
        }
        return new PointCloud(xs, ys, zs);
    }

    /** n points evenly spaced on the circle of centre (cx, cy) and radius r. */
    private static PointCloud circle(int n, double cx, double cy, double r) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            xs[i] = cx + r * Math.cos(t);
            ys[i] = cy + r * Math.sin(t);
        }
        return new PointCloud(xs, ys);
    }

}
