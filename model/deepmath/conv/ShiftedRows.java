package deepmath.conv;

/**
 * The vectorisable core of {@link DirectConvolution}. Java 17's auto-vectoriser gives up on a loop that reads
 * one array at two different offsets ({@code in[j] + in[j + 1]}), which is exactly what a kernel row does.
 * So each input row is first copied once per kernel column, shifted by that column's offset
 * ({@code shifted[v][j] = in[row][start + v·d + j]}); every tap loop then reads separate arrays at the same
 * index j and compiles to AVX. The copies of an input row are kept in a ring and reused by the next
 * kRows − 1 output rows, so each input row is copied only kCols times per band.
 */
final class ShiftedRows {
    private final float[] in;
    private final int inCols;
    private final int start;
    private final int dilation;
    private final int length;
    private final float[][][] slots;
    private final int[] slotRow;

    /**
     * @param start   input column read by tap 0 for the first interior output column
     * @param length  number of interior output columns
     * @param extent  rows spanned by the kernel, d·(kRows − 1) + 1: the ring holds that many input rows
     */
    ShiftedRows(float[] in, int inCols, int kCols, int start, int dilation, int length, int extent) {
        this.in = in;
        this.inCols = inCols;
        this.start = start;
        this.dilation = dilation;
        this.length = length;
        this.slots = new float[extent][kCols][length];
        this.slotRow = new int[extent];
        java.util.Arrays.fill(slotRow, -1);
    }

    /** Bytes a ring would take: used to fall back to the scalar loop for huge dilated kernels. */
    static long bytes(int kCols, int length, int extent) {
        return 4L * kCols * length * extent;
    }

    /** The kCols shifted copies of input row {@code row} (made on first use). */
    float[][] of(int row) {
        int slot = row % slots.length;
        if (slotRow[slot] != row) {
            float[][] shifted = slots[slot];
            for (int v = 0; v < shifted.length; v++) {
                copy(shifted[v], row * inCols + start + v * dilation);
            }
            slotRow[slot] = row;
        }
        return slots[slot];
    }

    private void copy(float[] target, int from) {
        // arraycopy, not a loop: C2 does not vectorise a copy loop whose source starts at a variable offset.
        System.arraycopy(in, from, target, 0, length);
    }

    /** acc[j] = w0·a[j] + w1·b[j] + w2·c[j] (first taps of an output row). */
    static void set3(float[] acc, float[] a, float[] b, float[] c, float w0, float w1, float w2, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] = w0 * a[j] + w1 * b[j] + w2 * c[j];
        }
    }

    /** acc[j] += Σ w[t + q]·rows[v + q][j] for q = 0 … 4: five taps of one kernel row in one pass. */
    static void add5(float[] acc, float[][] rows, int v, float[] w, int t, int n) {
        float[] a = rows[v];
        float[] b = rows[v + 1];
        float[] c = rows[v + 2];
        float[] d = rows[v + 3];
        float[] e = rows[v + 4];
        float w0 = w[t];
        float w1 = w[t + 1];
        float w2 = w[t + 2];
        float w3 = w[t + 3];
        float w4 = w[t + 4];
        for (int j = 0; j < n; j++) {
            acc[j] += w0 * a[j] + w1 * b[j] + w2 * c[j] + w3 * d[j] + w4 * e[j];
        }
    }

    static void add4(float[] acc, float[][] rows, int v, float[] w, int t, int n) {
        float[] a = rows[v];
        float[] b = rows[v + 1];
        float[] c = rows[v + 2];
        float[] d = rows[v + 3];
        float w0 = w[t];
        float w1 = w[t + 1];
        float w2 = w[t + 2];
        float w3 = w[t + 3];
        for (int j = 0; j < n; j++) {
            acc[j] += w0 * a[j] + w1 * b[j] + w2 * c[j] + w3 * d[j];
        }
    }

    static void add3(float[] acc, float[] a, float[] b, float[] c, float w0, float w1, float w2, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += w0 * a[j] + w1 * b[j] + w2 * c[j];
        }
    }

    static void add2(float[] acc, float[] a, float[] b, float w0, float w1, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += w0 * a[j] + w1 * b[j];
        }
    }

    static void add1(float[] acc, float[] a, float w0, int n) {
        for (int j = 0; j < n; j++) {
            acc[j] += w0 * a[j];
        }
    }

    static void store(float[] out, int from, float[] acc, int n) {
        System.arraycopy(acc, 0, out, from, n);
    }
}
