package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import deepmath.core.Progress;
import deepmath.nd.Nd4jRuntime;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ND4J forward pass against the plain-Java reference, and the invariants of causal attention. */
class Gpt2ModelTest {
    private static final EnumSet<Capture> EVERYTHING = EnumSet.allOf(Capture.class);

    @TempDir
    Path folder;

    @BeforeAll
    static void engine() {
        Nd4jRuntime.initialise();
    }

    @Test
    void logitsAttentionsAndResidualMatchAnIndependentImplementation() throws Exception {
        for (String prefix : new String[] {"", "transformer."}) {
            Path dir = folder.resolve("tiny" + prefix.length());
            Map<String, SafeTensorsWriter.Tensor> w = TinyCheckpoints.write(dir, TinyCheckpoints.TINY, 7, prefix);
            Gpt2Model model = Gpt2Checkpoint.load(dir, Progress.NONE);
            int[] ids = {5, 17, 42, 17, 0, 59, 3};
            Gpt2Trace trace = model.forward(ids, EVERYTHING);
            ReferenceGpt2 reference = new ReferenceGpt2(TinyCheckpoints.TINY, w, prefix, ids);

            for (int t = 0; t < ids.length; t++) {
                for (int v = 0; v < TinyCheckpoints.TINY.vocabSize(); v++) {
                    assertEquals(reference.logits[t][v], trace.logits()[t][v], 1e-4, "logit " + t + "," + v);
                }
            }
            assertArrayEquals(trace.logits()[ids.length - 1], trace.lastLogits());
            for (int l = 0; l < 2; l++) {
                for (int h = 0; h < 3; h++) {
                    for (int q = 0; q < ids.length; q++) {
                        for (int k = 0; k < ids.length; k++) {
                            assertEquals(reference.attention[l][h][q][k], trace.attention()[l][h][q][k], 1e-5,
                                    "attention " + l + "," + h + "," + q + "," + k);
                        }
                    }
                }
            }
            for (int l = 0; l <= 2; l++) {
                for (int t = 0; t < ids.length; t++) {
                    for (int j = 0; j < 12; j++) {
                        assertEquals(reference.residual[l][t][j], trace.residual()[l][t][j], 1e-4);
                    }
                }
            }
        }
    }

    @Test
    void attentionRowsAreProbabilitiesThatNeverLookAhead() throws Exception {
        TinyCheckpoints.write(folder, TinyCheckpoints.TINY, 11, "");
        Gpt2Trace trace = Gpt2Checkpoint.load(folder, Progress.NONE).forward(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9},
                EnumSet.of(Capture.ATTENTION, Capture.SCORES));
        for (float[][][] layer : trace.attention()) {
            for (float[][] head : layer) {
                assertEquals(1f, head[0][0], 0f, "the first token can only attend to itself");
                for (int q = 0; q < head.length; q++) {
                    double sum = 0;
                    for (int k = 0; k < head.length; k++) {
                        if (k > q) {
                            assertEquals(0f, head[q][k], 0f, "upper triangle exactly 0");
                        }
                        sum += head[q][k];
                    }
                    assertEquals(1, sum, 1e-6);
                }
            }
        }
        // The scores are kept before the mask: the upper triangle holds finite values.
        assertEquals(true, Float.isFinite(trace.scores()[0][0][0][5]));
        assertNull(trace.queries());
        assertNull(trace.logits());
    }

    @Test
    void changingALaterTokenDoesNotChangeEarlierPositions() throws Exception {
        TinyCheckpoints.write(folder, TinyCheckpoints.TINY, 3, "");
        Gpt2Model model = Gpt2Checkpoint.load(folder, Progress.NONE);
        Gpt2Trace a = model.forward(new int[] {4, 8, 15, 16, 23, 42}, EVERYTHING);
        Gpt2Trace b = model.forward(new int[] {4, 8, 15, 16, 50, 1}, EVERYTHING);
        for (int t = 0; t < 4; t++) {
            assertArrayEquals(a.logits()[t], b.logits()[t], 1e-6f, "position " + t);
            assertArrayEquals(a.residual()[2][t], b.residual()[2][t], 1e-6f);
        }
        assertEquals(false, java.util.Arrays.equals(a.logits()[4], b.logits()[4]), "the changed position differs");
    }

    @Test
    void layerNormGivesRowsOfMeanZeroAndVarianceOneBeforeScaling() {
        var x = org.nd4j.linalg.factory.Nd4j.create(new float[][] {{1, 2, 3, 4}, {10, -10, 5, 0}});
        float[][] y = new LayerNorm(new float[] {1, 1, 1, 1}, new float[4], 1e-5).apply(x).toFloatMatrix();
        for (float[] row : y) {
            double mean = 0;
            double square = 0;
            for (float v : row) {
                mean += v / 4.0;
                square += v * v / 4.0;
            }
            assertEquals(0, mean, 1e-6);
            assertEquals(1, square - mean * mean, 1e-4);
        }
        // Row (1, 2, 3, 4): mean 2.5, variance 1.25, so 1 maps to −1.5/√1.25.
        assertEquals(-1.5 / Math.sqrt(1.25 + 1e-5), y[0][0], 1e-6);
    }

    @Test
    void geluIsTheTanhForm() {
        var x = org.nd4j.linalg.factory.Nd4j.create(new float[] {-3f, -1f, 0f, 0.5f, 2f});
        float[] y = Mlp.gelu(x).toFloatVector();
        float[] in = {-3f, -1f, 0f, 0.5f, 2f};
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            assertEquals(0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v))), y[i], 1e-6);
        }
        assertEquals(1.9545977, y[4], 1e-6, "GELU(2) in the tanh form");
    }

    @Test
    void gpt2SmallHas124MillionParameters() {
        assertEquals(124_439_808L, Gpt2Config.SMALL.parameterCount());
        assertEquals(64, Gpt2Config.SMALL.headSize());
    }
}
