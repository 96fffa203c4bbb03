package deepmath.digits;

/**
 * Max pooling of size 2 (chapter 12, "regroupement"): each 2 × 2 block of every plane becomes its maximum,
 * side × side → side/2 × side/2. The position of each maximum is remembered, because backpropagation
 * sends the whole gradient to that one pixel and nothing to the three others.
 */
final class MaxPool2 {
    private MaxPool2() {
    }

    static void forward(double[] in, int channels, int side, double[] out, int[] argmax) {
        int half = side / 2;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < half; y++) {
                for (int x = 0; x < half; x++) {
                    int corner = c * side * side + 2 * y * side + 2 * x;
                    int best = larger(in, corner, corner + 1);
                    best = larger(in, best, corner + side);
                    best = larger(in, best, corner + side + 1);
                    int o = c * half * half + y * half + x;
                    out[o] = in[best];
                    argmax[o] = best;
                }
            }
        }
    }

    private static int larger(double[] in, int a, int b) {
        return in[b] > in[a] ? b : a;
    }

    /** dIn is zero except at each block's maximum, which receives δout. */
    static void backward(double[] dOut, int[] argmax, int outputs, double[] dIn, int inputs) {
        java.util.Arrays.fill(dIn, 0, inputs, 0);
        for (int o = 0; o < outputs; o++) {
            dIn[argmax[o]] += dOut[o];
        }
    }
}
