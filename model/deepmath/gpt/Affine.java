package deepmath.gpt;

import deepmath.nd.Blas;
import deepmath.nd.WorkSplit;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * x·W + b (+ a residual) for a batch of rows, as one BLAS call on native memory ({@link Blas}): the output starts
 * as b copied on every row (plus the residual stream when the result is added to it) and the product adds x·W to
 * it (C ← x·W + 1·C). One row (a token appended to a cached text) goes to sgemv: OpenBLAS 0.3.21's sgemm with one
 * row still packs the whole weight matrix, 10–20 times slower than sgemv on the same weights (docs/benchmarks.md).
 * With a {@link WorkSplit} of several threads the product is cut into blocks of the output's columns (of the
 * weight's columns: W_j … is a pointer and a leading dimension, no copy) that the threads take one after another,
 * each an OpenBLAS call on one thread: the same multiply-adds in the same order for each output, split as
 * OpenBLAS's own threads would split them, without their barrier after every block.
 * No ND4J operation runs here: ND4J's own operations wake its OpenMP team, whose spinning threads then take the
 * cores from OpenBLAS's (docs/benchmarks.md, {@code nd4j-mmul-1024}).
 */
final class Affine {
    private Affine() {
    }

    /** x [rows, in] · weight [in, out] + start [rows, out] → a new [rows, out]. */
    static float[] apply(float[] x, int rows, INDArray weight, float[] start, PassBuffers buffers) {
        return apply(buffers.input(x), rows, weight, start, buffers);
    }

    /** The same with x already in native memory (contiguous rows of {@code in} floats). */
    static float[] apply(FloatPointer x, int rows, INDArray weight, float[] start, PassBuffers buffers) {
        FloatPointer out = buffers.output(start);
        into(x, rows, weight, out, buffers.split());
        float[] result = new float[start.length];
        out.get(result, 0, result.length);
        return result;
    }

    /** out [rows, out] ← x [rows, in] · weight [in, out] + out, in native memory, shared over {@code split}. */
    static void into(FloatPointer x, int rows, INDArray weight, FloatPointer out, WorkSplit split) {
        int in = (int) weight.size(0);
        int outSize = (int) weight.size(1);
        FloatPointer w = Blas.pointer(weight);
        int width = blockWidth(outSize, split.workers());
        split.run((outSize + width - 1) / width, block -> {
            int from = block * width;
            int columns = Math.min(width, outSize - from);
            FloatPointer wBlock = Blas.at(w, from);
            FloatPointer outBlock = Blas.at(out, from);
            if (rows == 1) {
                Blas.sgemv(true, in, columns, 1f, wBlock, outSize, x, 1f, outBlock);
            } else {
                Blas.sgemm(false, false, rows, columns, in, 1f, x, in, wBlock, outSize, 1f, outBlock, outSize);
            }
        });
    }

    /**
     * Columns per block when {@code size} columns are shared by {@code workers} threads: three blocks a thread, so
     * that a thread the scheduler runs late leaves its share to the others, in multiples of 16 (whole vector
     * registers of OpenBLAS's kernels); all of them in one block on one thread.
     */
    static int blockWidth(int size, int workers) {
        if (workers <= 1) {
            return Math.max(1, size);
        }
        int width = (size + 3 * workers - 1) / (3 * workers);
        return Math.max(16, (width + 15) / 16 * 16);
    }

    /** bias [out] on each of {@code rows} rows. */
    static float[] biasRows(float[] bias, int rows) {
        float[] start = new float[rows * bias.length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bias, 0, start, r * bias.length, bias.length);
        }
        return start;
    }

    /** residual [rows, out] + bias [out] on each row, as a new array. */
    static float[] plusBias(float[] residual, float[] bias) {
        float[] start = residual.clone();
        int out = bias.length;
        for (int at = 0; at < start.length; at += out) {
            for (int j = 0; j < out; j++) {
                start[at + j] += bias[j];
            }
        }
        return start;
    }

    /** {@code w} as a row-major array with rows of unit stride, which the products read directly (copied if not). */
    static INDArray rowMajor(INDArray w) {
        boolean contiguous = w.ordering() == 'c' && w.rank() == 2 && w.stride(1) == 1 && w.stride(0) == w.size(1)
                && w.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT;
        return contiguous ? w : w.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c');
    }

    /** The values of {@code x} as a fresh row-major Java array (one copy out of native memory). */
    static float[] values(INDArray x) {
        boolean whole = x.ordering() == 'c' && !x.isView() && x.data().length() == x.length();
        return (whole ? x : x.dup('c')).data().asFloat();
    }

    /** Java rows [rows, columns] as an ND4J array (for the callers of the INDArray forms). */
    static INDArray array(float[] values, int rows, int columns) {
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }
}
