package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chapter 18 §3.3, line 20014: block 1 reaches block 3 through ℝᵖ, block 2 adds nothing there. */
class SubspaceRoutingTest {
    private static final ByHandExamples.Routing E = ByHandExamples.ROUTING;

    private static SubspaceRouting of(ByHandExamples.Routing e) {
        return new SubspaceRouting(e.x(), e.xTilde(), e.yTilde(), e.z(), e.zTilde(), e.u1());
    }

    /** The lab's example by hand: Z·X = (2 4; 1 3), Z·X·u₁ = (6, 4); the book's block layout of W¹out, W²out, W³in. */
    @Test
    void theExampleByHand() {
        SubspaceRouting r = of(E);
        assertEquals(2, r.p());
        assertEquals(4, r.n());
        assertArrayEquals(new double[][] {{1, 2, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 1}}, r.out1());
        assertArrayEquals(new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 3, 1}, {0, 0, 2, 2}}, r.out2());
        assertArrayEquals(new double[][] {{2, 4}, {1, 3}}, r.topLeft(r.oneToThree()));
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, r.topLeft(r.twoToThree()));
        assertArrayEquals(new double[] {6, 4}, r.received(), 1e-15);
    }

    /** Whatever Y′ (block 2's own weights), block 3 reads nothing of block 2 on ℝᵖ, and Z·X·u₁ from block 1. */
    @Test
    void blockTwoNeverReachesTheSubspace() {
        Random random = new Random(20014);
        for (int trial = 0; trial < 50; trial++) {
            double[][] y = {{random.nextGaussian(), random.nextGaussian()}, {random.nextGaussian(), random.nextGaussian()}};
            SubspaceRouting r = new SubspaceRouting(E.x(), E.xTilde(), y, E.z(), E.zTilde(), E.u1());
            assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, r.topLeft(r.twoToThree()));
            double[] zxu = Matrices.times(E.z(), Matrices.times(E.x(), E.u1()));
            assertArrayEquals(zxu, r.received(), 1e-12);
        }
    }

    @Test
    void blocksOfTheWrongSizeAreRefusedByName() {
        var error = assertThrows(BadInputException.class, () -> new SubspaceRouting(E.x(), E.xTilde(), E.yTilde(),
                new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, E.zTilde(), E.u1()));
        assertEquals("Z must be square and as large as X (2 × 2), got 3 × 3", error.getMessage());
        var vector = assertThrows(BadInputException.class, () -> new SubspaceRouting(E.x(), E.xTilde(), E.yTilde(),
                E.z(), E.zTilde(), new double[] {1, 2, 3}));
        assertEquals("u₁ must have 2 numbers (the size of X), got 3", vector.getMessage());
    }
}
