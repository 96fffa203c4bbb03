package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutomaticDifferentiationTest {

    /** Smooth formulas of x and y (and parameter-free), evaluated away from their singularities. */
    @ParameterizedTest
    @ValueSource(strings = {
        "2x + 3y^2 + 1", "cos(x*y)", "x*exp(-x^2-y^2)", "x*sin(y)", "y^3 + 2y^2 - x^2",
        "sigmoid(2x - y) * tanh(x + y)", "ln(1 + x^2 + y^2) / sqrt(2 + sin(x))", "gelu(x) * erf(y)",
        "x^y", "(x^2 + 1)^(y/3)", "tan(x/3) - 1/(1 + y^2)", "sin(x*y) + x*y + exp(x*y)",
        "((x-1)^2 + y^2) + ((x-2)^2 + (y-3)^2) + ((x+1)^2 + (y-1)^2)",
    })
    void reverseAndForwardModesAgreeWithFiniteDifferences(String text) {
        Formula f = Formula.parse(text);
        Random random = new Random(text.hashCode());
        for (int trial = 0; trial < 20; trial++) {
            double[] p = {0.3 + random.nextDouble(), 0.2 + random.nextDouble()};
            double[] reverse = Derivatives.reverseGradient(f, p);
            double[] forward = Derivatives.forwardGradient(f, p);
            double[] central = centralDifferences(f, p);
            assertArrayEquals(central, reverse, 1e-6 * (1 + norm(central)), text);
            assertArrayEquals(reverse, forward, 1e-12 * (1 + norm(reverse)), text);
            double[][] h = Derivatives.hessian(f, p);
            double[][] hFd = hessianByDifferences(f, p);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(hFd[i], h[i], 1e-4 * (1 + norm(hFd[i])), text);
            }
        }
    }

    @Test
    void matchesAnalyticDerivativesOfXExpMinusXSquaredMinusYSquared() {
        Formula f = Formula.parse("x*exp(-x^2-y^2)");
        double x = 0.7;
        double y = -0.4;
        double e = Math.exp(-x * x - y * y);
        Derivatives d = Derivatives.at(f, new double[] {x, y});
        assertEquals(x * e, d.value(), 1e-15);
        assertEquals((1 - 2 * x * x) * e, d.gradient()[0], 1e-15);
        assertEquals(-2 * x * y * e, d.gradient()[1], 1e-15);
        assertEquals((4 * x * x * x - 6 * x) * e, d.hessian()[0][0], 1e-14);
        assertEquals(-2 * y * (1 - 2 * x * x) * e, d.hessian()[0][1], 1e-14);
        assertEquals(-2 * x * (1 - 2 * y * y) * e, d.hessian()[1][1], 1e-14);
    }

    @Test
    void bookActivationDerivatives() {
        // σ' = σ(1 − σ); tanh' = 1 − tanh²; H' = 0; relu'(x) = H(x) away from 0.
        double x = 0.8;
        double s = 1 / (1 + Math.exp(-x));
        assertEquals(s * (1 - s), Derivatives.reverseGradient(Formula.parse("sigmoid(x)"), new double[] {x})[0], 1e-15);
        double t = Math.tanh(x);
        assertEquals(1 - t * t, Derivatives.reverseGradient(Formula.parse("tanh(x)"), new double[] {x})[0], 1e-15);
        assertEquals(0, Derivatives.reverseGradient(Formula.parse("heaviside(x)"), new double[] {x})[0]);
        assertEquals(1, Derivatives.reverseGradient(Formula.parse("relu(x)"), new double[] {x})[0]);
        assertEquals(0, Derivatives.reverseGradient(Formula.parse("relu(x)"), new double[] {-x})[0]);
    }

    @Test
    void sharedSubformulaIsOneNodeThatCollectsBothContributions() {
        // f = sin(xy) + xy: the node xy appears once, and its adjoint is cos(xy) + 1.
        Formula f = Formula.parse("sin(x*y) + x*y");
        GraphTrace trace = f.graph().trace(new double[] {0.5, 2});
        long products = f.graph().nodes().stream().filter(n -> n.kind() == ComputationGraph.Kind.MULTIPLY).count();
        assertEquals(1, products);
        int xy = f.graph().nodes().stream().filter(n -> n.kind() == ComputationGraph.Kind.MULTIPLY)
                .findFirst().orElseThrow().index();
        assertEquals(Math.cos(1) + 1, trace.adjoints()[xy], 1e-15);
        assertEquals((Math.cos(1) + 1) * 2, trace.gradient()[0], 1e-15);
        assertEquals(Math.sin(1) + 1, trace.value(), 1e-15);
    }

    @Test
    void squaredDistanceToThreePointsHasItsMinimumAtTheCentroid() {
        // Book ch. 3/7: f(M) = MA² + MB² + MC², grad f = 2(3M − A − B − C), minimum at the centroid.
        Formula f = Formula.parse("((x-1)^2 + y^2) + ((x-2)^2 + (y-3)^2) + ((x+1)^2 + (y-1)^2)");
        double[] g = Derivatives.reverseGradient(f, new double[] {0, 0});
        assertArrayEquals(new double[] {2 * (0 - 2), 2 * (0 - 4)}, g, 1e-12);
        double[] atCentroid = Derivatives.reverseGradient(f, new double[] {2.0 / 3, 4.0 / 3});
        assertArrayEquals(new double[] {0, 0}, atCentroid, 1e-12);
        assertArrayEquals(new double[][] {{6, 0}, {0, 6}}, Derivatives.hessian(f, new double[] {5, -7}));
    }

    private static double[] centralDifferences(Formula f, double[] p) {
        CompiledFunction c = f.compile();
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(p[i]));
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            g[i] = (c.value(plus) - c.value(minus)) / (2 * h);
        }
        return g;
    }

    private static double[][] hessianByDifferences(Formula f, double[] p) {
        double[][] h = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            double step = 1e-5;
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += step;
            minus[i] -= step;
            double[] gp = Derivatives.reverseGradient(f, plus);
            double[] gm = Derivatives.reverseGradient(f, minus);
            h[i] = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                h[i][j] = (gp[j] - gm[j]) / (2 * step);
            }
        }
        return h;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
