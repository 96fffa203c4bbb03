package deepmath.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** An optimiser's memory saved and put back in a fresh one: the next steps are those of the uninterrupted one. */
class OptimizerStateTest {
    private static final GradientFunction BOWL = (p, g) -> {
        g[0] = 2 * p[0] + p[1];
        g[1] = 6 * p[1] + p[0];
    };

    @Test
    void everyKindResumesExactly() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer straight = kind.create(0.05, 0.9);
            double[] p = {1, -2};
            for (int i = 0; i < 5; i++) {
                straight.step(p, BOWL);
            }
            double[] q = p.clone();
            Optimizer resumed = kind.create(0.05, 0.9);
            resumed.restore(straight.state());
            for (int i = 0; i < 5; i++) {
                straight.step(p, BOWL);
                resumed.step(q, BOWL);
            }
            assertArrayEquals(p, q, 0, kind.key());
        }
    }
}
