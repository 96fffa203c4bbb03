package deepmath.sequential.engine;

import deepmath.nd.Blas;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * ∂L/∂in of a stride-1 convolution in float32 without col2im: for stride 1 the input gradient is itself a
 * correlation, of δout with the kernels read the other way round,
 * ∂L/∂in[c](i, j) = Σ_f Σ_{u,v} K[f][c][u][v] · δout[f](i + top − u, j + left − v) (0 outside the output),
 * so it is one im2col of δout (F·k² rows of runs copied, the same trick as {@link ConvKernel}'s forward) and one
 * product K̃ [C × F·k²] · Δ [F·k² × H·W]. The col2im it replaces added every value of Kᵀ·δout back into its pixel
 * one by one: in the profile of {@code model-epoch-mnist-cnn32} that scatter was the convolution's largest cost
 * outside the BLAS.
 */
final class InputGradientF {
    private final int filters;
    private final int channels;
    private final int taps;
    private final int inPlane;
    private final int outPlane;
    private final int rows;
    private final int cutBlock;
    /** runs[f·k² + tap]: (input position, δ index, length) triples, for one filter's plane. */
    private final int[][] runs;
    private final FloatPointer delta;
    private final FloatBuffer deltaView;
    private final FloatPointer kernel;
    private final FloatBuffer kernelView;
    private final FloatPointer result;
    private final FloatBuffer resultView;
    private final float[] kernelT;
    /** Δ gathered on the Java heap, then copied at once (as {@link ConvKernel} gathers X). */
    private final float[] deltaArray;
    private final float[] out;

    InputGradientF(ConvGeometry g) {
        if (g.stride() != 1) {
            throw new IllegalArgumentException("stride " + g.stride());
        }
        this.filters = g.filters();
        this.channels = g.channels();
        this.taps = g.kernel() * g.kernel();
        this.inPlane = g.height() * g.width();
        this.outPlane = g.outHeight() * g.outWidth();
        this.rows = filters * taps;
        this.cutBlock = (int) Math.max(1, Math.min(inPlane, ConvKernel.SINGLE_THREAD_WORK / ((long) channels * rows)));
        this.runs = runs(g);
        this.delta = zeros((long) rows * inPlane);
        this.deltaView = delta.asBuffer();
        this.kernel = zeros((long) channels * rows);
        this.kernelView = kernel.asBuffer();
        this.result = zeros((long) channels * inPlane);
        this.resultView = result.asBuffer();
        this.kernelT = new float[channels * rows];
        this.deltaArray = new float[rows * inPlane];
        this.out = new float[channels * inPlane];
    }

    private static FloatPointer zeros(long n) {
        FloatPointer p = new FloatPointer(n);
        p.zero();
        return p;
    }

    /**
     * For each row f·k² + tap (u, v) of Δ: the runs of input positions whose output position (i + top − u,
     * j + left − v) exists, as (input position, index in the F planes of δout, length) triples.
     */
    static int[][] runs(ConvGeometry g) {
        int k = g.kernel();
        int filters = g.filters();
        int taps = k * k;
        int inPlane = g.height() * g.width();
        int outPlane = g.outHeight() * g.outWidth();
        int rows = filters * taps;
        int oh = g.outHeight();
        int ow = g.outWidth();
        int[][] out = new int[rows][];
        for (int u = 0; u < k; u++) {
            for (int v = 0; v < k; v++) {
                int[] triples = new int[3 * inPlane];
                int n = 0;
                for (int i = 0; i < g.height(); i++) {
                    int y = i + g.padTop() - u;
                    if (y < 0 || y >= oh) {
                        continue;
                    }
                    int j0 = Math.max(0, v - g.padLeft());
                    int j1 = Math.min(g.width(), ow + v - g.padLeft());
                    if (j1 > j0) {
                        triples[n++] = i * g.width() + j0;
                        triples[n++] = y * ow + j0 + g.padLeft() - v;
                        triples[n++] = j1 - j0;
                    }
                }
                int[] t = java.util.Arrays.copyOf(triples, n);
                for (int f = 0; f < filters; f++) {
                    int[] shifted = t.clone();
                    for (int q = 1; q < shifted.length; q += 3) {
                        shifted[q] += f * outPlane;
                    }
                    out[f * taps + u * k + v] = shifted;
                }
            }
        }
        return out;
    }

    /** {@code dOut}: δout as floats (F planes); writes ∂L/∂in (C planes) into {@code dIn}. */
    void compute(double[] k, int kOff, float[] dOut, double[] dIn) {
        for (int r = 0; r < rows; r++) {
            int[] t = runs[r];
            int base = r * inPlane;
            for (int j = 0; j < t.length; j += 3) {
                System.arraycopy(dOut, t[j + 1], deltaArray, base + t[j], t[j + 2]);
            }
        }
        deltaView.put(0, deltaArray, 0, rows * inPlane);
        // K̃[c][f·k² + tap] = K[f][c][tap]
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                int from = kOff + (f * channels + c) * taps;
                int to = c * rows + f * taps;
                for (int tap = 0; tap < taps; tap++) {
                    kernelT[to + tap] = (float) k[from + tap];
                }
            }
        }
        kernelView.put(0, kernelT, 0, channels * rows);
        int block = Blas.threads() == 1 ? inPlane : cutBlock;
        for (int from = 0; from < inPlane; from += block) {
            int n = Math.min(block, inPlane - from);
            Blas.sgemm(false, false, channels, n, rows, 1, kernel, rows, at(delta, from), inPlane, 0,
                    at(result, from), inPlane);
        }
        resultView.get(0, out, 0, channels * inPlane);
        for (int i = 0; i < channels * inPlane; i++) {
            dIn[i] = out[i];
        }
    }

    private static FloatPointer at(FloatPointer p, long offset) {
        return new FloatPointer(p).position(p.position() + offset);
    }
}
