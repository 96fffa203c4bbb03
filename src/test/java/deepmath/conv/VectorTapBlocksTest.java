package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every written-out block of {@link VectorTapBlocks}, whichever of them this machine's rule picks, against the sum it
 * stands for computed term by term in double: a CPU with 16 vector registers never runs the 2×7 or 3×5 blocks through
 * a convolution, so {@link ConvolutionEnginesTest} alone would leave them untested there.
 */
class VectorTapBlocksTest {
    private static final int ROW_STEP = 40;
    private static final int DILATION = 2;
    private static final int KERNEL_COLUMNS = 9; // wider than any block: the taps' rows are kCols apart in w

    @Test
    void everyBlockEqualsItsSum() {
        Random random = new Random(7);
        float[] in = new float[4 * ROW_STEP + 64];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) random.nextGaussian();
        }
        float[] w = new float[3 * KERNEL_COLUMNS + 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        int bound = 2 * VectorTapBlocks.SPECIES.length();
        int b = 3;
        int t = 1;
        int ob = 5;
        for (int r = 1; r <= 3; r++) {
            for (int g = 1; g <= (r == 3 ? 5 : 7); g++) {
                for (boolean set : new boolean[] {true, false}) {
                    float[] o = new float[ob + bound + 3];
                    for (int j = 0; j < o.length; j++) {
                        o[j] = j * 0.25f - 1;
                    }
                    float[] before = o.clone();
                    VectorTapBlocks.block(r, g, in, b, ROW_STEP, DILATION, w, t, KERNEL_COLUMNS, o, ob, bound, set);
                    for (int j = 0; j < o.length; j++) {
                        if (j < ob || j >= ob + bound) {
                            assertEquals(before[j], o[j], 0, "outside the block's columns, " + r + "x" + g + " at " + j);
                            continue;
                        }
                        double sum = set ? 0 : before[j];
                        for (int q = 0; q < r; q++) {
                            for (int v = 0; v < g; v++) {
                                sum += (double) w[t + q * KERNEL_COLUMNS + v] * in[b + q * ROW_STEP + v * DILATION + (j - ob)];
                            }
                        }
                        assertEquals(sum, o[j], 1e-5, r + "x" + g + (set ? " written" : " added") + " at " + j);
                    }
                }
            }
        }
    }

    /** Both register rules give blocks that exist, and within the weights each register file can hold. */
    @Test
    void theRowRuleKeepsTheWeightsInRegisters() {
        for (int registers : new int[] {16, 32}) {
            int most = registers >= 32 ? 15 : 10;
            for (int taps = 1; taps <= 7; taps++) {
                int rows = VectorTapBlocks.rowsPerBlock(taps, registers);
                assertTrue(rows >= 1 && rows * taps <= most, registers + " registers, " + taps + " taps: " + rows + " rows");
                int g = taps;
                int r = rows;
                float[] o = new float[VectorTapBlocks.SPECIES.length()];
                float[] in = new float[3 * ROW_STEP + 64];
                float[] w = new float[3 * KERNEL_COLUMNS];
                assertDoesNotThrow(() -> VectorTapBlocks.block(r, g, in, 0, ROW_STEP, 1, w, 0, KERNEL_COLUMNS, o, 0,
                        o.length, true));
            }
        }
        assertEquals(3, VectorTapBlocks.rowsPerBlock(3, 16));
        assertEquals(1, VectorTapBlocks.rowsPerBlock(7, 16));
        assertEquals(2, VectorTapBlocks.rowsPerBlock(7, 32));
    }
}
