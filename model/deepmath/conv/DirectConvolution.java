package deepmath.conv;

import java.util.stream.IntStream;

/**
 * The fast path: a float kernel in plain Java, split over row bands run in parallel. Inside the input
 * (the "interior", where every tap is a real pixel) each output row is built tap by tap as
 * {@code out[j] += w · in[j + shift]} over contiguous floats, a loop without padding checks: on SIMD registers through
 * the Vector API when the JVM has it ({@link InteriorPath}), else over shifted copies the JIT auto-vectorises; the
 * thin border where taps leave the input is computed cell by cell through the padding.
 * It beats ND4J's conv2d on single-channel images because it needs neither im2col nor a GEMM call.
 */
public final class DirectConvolution implements ConvolutionEngine {
    /** Below this many multiply-adds a single thread is faster than waking the pool. */
    private static final long PARALLEL_WORK = 1L << 18;
    /** Above this ring size per band (huge dilated kernels) the scalar interior loop is used. */
    private static final long RING_BYTES = 16L << 20;
    private final int bands;
    private final InteriorPath path;

    /** Uses as many bands as the common fork-join pool can run at once (with the calling thread). */
    public DirectConvolution() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many row bands to run in parallel (1: sequential); the fastest interior path */
    public DirectConvolution(int threads) {
        this(threads, InteriorPath.best());
    }

    /** @param path how the interior is computed; refused when this JVM cannot run it */
    public DirectConvolution(int threads, InteriorPath path) {
        if (!path.available()) {
            throw new IllegalStateException(path.key() + " needs the JVM option --add-modules jdk.incubator.vector");
        }
        this.bands = Math.max(1, threads);
        this.path = path;
    }

    public InteriorPath path() {
        return path;
    }

    @Override
    public Plane apply(Plane input, Kernel kernel, ConvolutionSpec spec, Plane out) {
        ConvolutionEngine.checkOutput(input, kernel, spec, out);
        Job job = new Job(input, spec.slidingKernel(kernel), spec, out, path == InteriorPath.VECTOR_API);
        int rows = out.rows();
        long work = (long) out.size() * kernel.rows() * kernel.cols();
        int chunks = work < PARALLEL_WORK || bands == 1 ? 1 : Math.min(rows, bands * 4);
        if (chunks == 1) {
            job.rows(0, rows);
        } else {
            IntStream.range(0, chunks).parallel()
                    .forEach(c -> job.rows((int) ((long) rows * c / chunks), (int) ((long) rows * (c + 1) / chunks)));
        }
        return out;
    }

    /** One application: the geometry worked out once, then any band of output rows. */
    private static final class Job {
        private final float[] in;
        private final int inCols;
        private final float[] k;
        private final int kRows;
        private final int kCols;
        private final AxisGeometry rowAxis;
        private final AxisGeometry colAxis;
        private final Padding padding;
        private final float[] o;
        private final int outCols;
        private final boolean simd;
        /** Left and right of the interior columns: the padded input column of each tap, -1 for a virtual zero. */
        private final int[] sideTaps;

        Job(Plane input, Kernel sliding, ConvolutionSpec spec, Plane out, boolean simd) {
            this.in = input.values();
            this.inCols = input.cols();
            this.k = sliding.floats();
            this.kRows = sliding.rows();
            this.kCols = sliding.cols();
            this.rowAxis = AxisGeometry.of(input.rows(), kRows, spec);
            this.colAxis = AxisGeometry.of(input.cols(), kCols, spec);
            this.padding = spec.padding();
            this.o = out.values();
            this.outCols = out.cols();
            this.simd = simd;
            this.sideTaps = sideTaps();
        }

        /**
         * Worked out once per application, not per cell: a 7 × 7 on 2048² has 2048 rows × 6 side cells × 49 taps,
         * 0.6 M calls of {@link Padding#index} (a switch) per channel otherwise.
         * Side column s is output column s left of the interior, jEnd + s − jStart right of it.
         */
        private int[] sideTaps() {
            int jStart = colAxis.interiorStart();
            int sides = outCols - (colAxis.interiorEnd() - jStart);
            int[] taps = new int[sides * kCols];
            for (int s = 0; s < sides; s++) {
                int j = s < jStart ? s : colAxis.interiorEnd() + s - jStart;
                for (int v = 0; v < kCols; v++) {
                    taps[s * kCols + v] = padding.index(colAxis.input(j, v), colAxis.n());
                }
            }
            return taps;
        }

        void rows(int from, int to) {
            int jStart = colAxis.interiorStart();
            int jEnd = colAxis.interiorEnd();
            int length = jEnd - jStart;
            int extent = rowAxis.dilation() * (kRows - 1) + 1;
            boolean simdRows = simd && colAxis.stride() == 1 && length > 0;
            boolean vectorised = !simdRows && rowAxis.stride() == 1 && length > 0
                    && ShiftedRows.bytes(kCols, length, extent) <= RING_BYTES;
            ShiftedRows shifted = vectorised ? new ShiftedRows(in, inCols, kCols, colAxis.input(jStart, 0),
                    colAxis.dilation(), length, extent) : null;
            float[] acc = vectorised ? new float[length] : null;
            int[] rowBase = new int[kRows];
            for (int i = from; i < to; i++) {
                boolean interiorRow = i >= rowAxis.interiorStart() && i < rowAxis.interiorEnd();
                if (simdRows) {
                    // Top and bottom rows too: only the left and right columns need the padding cell by cell.
                    sideCells(i, jStart, jEnd, rowBase);
                    columnsSimd(i, jStart, length, interiorRow, rowBase);
                    continue;
                }
                if (!interiorRow || length == 0) {
                    for (int j = 0; j < outCols; j++) {
                        o[i * outCols + j] = borderCell(i, j);
                    }
                    continue;
                }
                sideCells(i, jStart, jEnd, rowBase);
                if (vectorised && colAxis.stride() == 1) {
                    interiorRow(i, jStart, shifted, acc);
                } else {
                    interiorRowScalar(i, jStart, jEnd);
                }
            }
        }

        /** Output row i outside the interior columns, [0, jStart) and [jEnd, outCols), through the padding. */
        private void sideCells(int i, int jStart, int jEnd, int[] rowBase) {
            for (int u = 0; u < kRows; u++) {
                int r = padding.index(rowAxis.input(i, u), rowAxis.n());
                rowBase[u] = r < 0 ? -1 : r * inCols;
            }
            int ob = i * outCols;
            for (int j = 0; j < jStart; j++) {
                o[ob + j] = sideCell(rowBase, j);
            }
            for (int j = jEnd; j < outCols; j++) {
                o[ob + j] = sideCell(rowBase, jStart + j - jEnd);
            }
        }

        /** Side column s (see sideTaps) of the output row whose kernel rows start at rowBase (-1: virtual zeros). */
        private float sideCell(int[] rowBase, int s) {
            float sum = 0;
            int cb = s * kCols;
            for (int u = 0; u < kRows; u++) {
                int rb = rowBase[u];
                if (rb < 0) {
                    continue;
                }
                int t = u * kCols;
                for (int v = 0; v < kCols; v++) {
                    int c = sideTaps[cb + v];
                    if (c >= 0) {
                        sum += k[t + v] * in[rb + c];
                    }
                }
            }
            return sum;
        }

        /**
         * Output row i over the interior columns, straight from the input rows (any row stride, see VectorTaps);
         * rowBase holds each kernel row's padded input row as {@link #sideCells} worked it out for row i.
         * In a top or bottom row a kernel row reads the row the padding stands for, or nothing for a virtual zero:
         * the scalar border cells cost ~1 ms of a 7×7 on 2048² (6 rows of 2048 cells, 49 taps each).
         */
        private void columnsSimd(int i, int jStart, int length, boolean interiorRow, int[] rowBase) {
            int c0 = colAxis.input(jStart, 0);
            int ob = i * outCols + jStart;
            int d = colAxis.dilation();
            if (interiorRow) {
                // Every kernel row reads a real input row, dilation rows apart: blocks of several kernel rows.
                int b = rowAxis.input(i, 0) * inCols + c0;
                VectorTaps.rows(in, b, rowAxis.dilation() * inCols, kRows, d, k, 0, kCols, o, ob, length, true);
                return;
            }
            boolean first = true;
            for (int u = 0; u < kRows; u++) {
                if (rowBase[u] >= 0) {                                   // sideCells' padded row of kernel row u
                    VectorTaps.rows(in, rowBase[u] + c0, 0, 1, d, k, u * kCols, kCols, o, ob, length, first);
                    first = false;
                }
            }
            if (first) {
                java.util.Arrays.fill(o, ob, ob + length, 0f);
            }
        }

        /**
         * Output row i over the interior columns: the taps of each kernel row in passes of five (then 4, 3, 2
         * or 1) over shifted copies (see ShiftedRows). Five per pass is the most C2 still vectorises: a 7-tap
         * pass stays scalar (3× slower), and 5 + 2 beats 3 + 3 + 1 because each pass reloads and stores acc.
         */
        private void interiorRow(int i, int jStart, ShiftedRows shifted, float[] acc) {
            int n = acc.length;
            java.util.Arrays.fill(acc, 0f);
            for (int u = 0; u < kRows; u++) {
                float[][] row = shifted.of(rowAxis.input(i, u));
                int t = u * kCols;
                int v = 0;
                for (; v + 5 <= kCols; v += 5) {
                    ShiftedRows.add5(acc, row, v, k, t + v, n);
                }
                switch (kCols - v) {
                    case 4:
                        ShiftedRows.add4(acc, row, v, k, t + v, n);
                        break;
                    case 3:
                        ShiftedRows.add3(acc, row[v], row[v + 1], row[v + 2], k[t + v], k[t + v + 1], k[t + v + 2], n);
                        break;
                    case 2:
                        ShiftedRows.add2(acc, row[v], row[v + 1], k[t + v], k[t + v + 1], n);
                        break;
                    case 1:
                        ShiftedRows.add1(acc, row[v], k[t + v], n);
                        break;
                    default:
                        break;
                }
            }
            ShiftedRows.store(o, i * outCols + jStart, acc, n);
        }

        /** Output row i, columns [jStart, jEnd), any stride: every tap reads inside the input, no checks. */
        private void interiorRowScalar(int i, int jStart, int jEnd) {
            int s = colAxis.stride();
            int d = colAxis.dilation();
            for (int j = jStart; j < jEnd; j++) {
                int c0 = colAxis.input(j, 0);
                float sum = 0;
                for (int u = 0; u < kRows; u++) {
                    int base = rowAxis.input(i, u) * inCols + c0;
                    for (int v = 0; v < kCols; v++) {
                        sum += k[u * kCols + v] * in[base + v * d];
                    }
                }
                o[i * outCols + j] = sum;
            }
        }

        /** One output cell near the edge: each tap goes through the padding. */
        private float borderCell(int i, int j) {
            float sum = 0;
            for (int u = 0; u < kRows; u++) {
                int r = padding.index(rowAxis.input(i, u), rowAxis.n());
                if (r < 0) {
                    continue;
                }
                for (int v = 0; v < kCols; v++) {
                    int c = padding.index(colAxis.input(j, v), colAxis.n());
                    if (c >= 0) {
                        sum += k[u * kCols + v] * in[r * inCols + c];
                    }
                }
            }
            return sum;
        }
    }
}
