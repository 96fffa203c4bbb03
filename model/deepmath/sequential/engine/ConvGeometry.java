package deepmath.sequential.engine;

/**
 * The shape of a convolution: an input of C planes height × width, F filters of side k, the stride s and the
 * padding. keras's 'same' pads so that the output side is ⌈n / s⌉, with the odd pixel of padding at the bottom and
 * right (as TensorFlow does); 'valid' keeps only windows inside the image, (n − k) / s + 1.
 */
public record ConvGeometry(int height, int width, int channels, int filters, int kernel, int stride, boolean same) {

    public int outHeight() {
        return same ? (height + stride - 1) / stride : (height - kernel) / stride + 1;
    }

    public int outWidth() {
        return same ? (width + stride - 1) / stride : (width - kernel) / stride + 1;
    }

    int padTop() {
        return same ? Math.max((outHeight() - 1) * stride + kernel - height, 0) / 2 : 0;
    }

    int padLeft() {
        return same ? Math.max((outWidth() - 1) * stride + kernel - width, 0) / 2 : 0;
    }

    /** For each tap (u, v) and output position, the input position it reads, or −1 in the padding. */
    int[][] sources() {
        int oh = outHeight();
        int ow = outWidth();
        int[][] source = new int[kernel * kernel][oh * ow];
        for (int u = 0; u < kernel; u++) {
            for (int v = 0; v < kernel; v++) {
                int[] s = source[u * kernel + v];
                for (int y = 0; y < oh; y++) {
                    int iy = y * stride + u - padTop();
                    for (int x = 0; x < ow; x++) {
                        int ix = x * stride + v - padLeft();
                        s[y * ow + x] = iy < 0 || iy >= height || ix < 0 || ix >= width ? -1 : iy * width + ix;
                    }
                }
            }
        }
        return source;
    }
}
