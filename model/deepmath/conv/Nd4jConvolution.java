package deepmath.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The same convolution on ND4J's native conv2d op (what a CNN layer runs). ND4J only pads with zeros, so the
 * input is first padded here, by the spec's padding, over exactly the region the kernel visits; then a
 * 'valid' conv2d with the stride and dilation does the arithmetic. Slower than {@link DirectConvolution} on
 * one channel (im2col + GEMM), kept as the independent second computation and for the benchmarks.
 */
public final class Nd4jConvolution implements ConvolutionEngine {

    @Override
    public Plane apply(Plane input, Kernel kernel, ConvolutionSpec spec, Plane out) {
        ConvolutionEngine.checkOutput(input, kernel, spec, out);
        AxisGeometry rows = spec.rowGeometry(input.rows(), kernel);
        AxisGeometry cols = spec.colGeometry(input.cols(), kernel);
        Plane padded = padded(input, rows, cols, spec.padding());
        Kernel sliding = spec.slidingKernel(kernel);
        INDArray x = Nd4j.create(padded.values(), new long[] {1, 1, padded.rows(), padded.cols()}, 'c');
        INDArray w = Nd4j.create(sliding.floats(), new long[] {sliding.rows(), sliding.cols(), 1, 1}, 'c');
        Conv2DConfig config = Conv2DConfig.builder()
                .kH(sliding.rows()).kW(sliding.cols())
                .sH(spec.stride()).sW(spec.stride())
                .dH(spec.dilation()).dW(spec.dilation())
                .pH(0).pW(0)
                .paddingMode(PaddingMode.VALID)
                .dataFormat("NCHW")
                .build();
        INDArray y = Nd4j.cnn().conv2d(x, w, config);
        float[] result = y.reshape(out.rows(), out.cols()).dup('c').data().asFloat();
        System.arraycopy(result, 0, out.values(), 0, result.length);
        return out;
    }

    /** The input over rows origin … last tap read, columns likewise, with the padding filled in. */
    private static Plane padded(Plane input, AxisGeometry rows, AxisGeometry cols, Padding padding) {
        int height = rows.input(rows.count() - 1, rows.m() - 1) - rows.origin() + 1;
        int width = cols.input(cols.count() - 1, cols.m() - 1) - cols.origin() + 1;
        Plane padded = Plane.zeros(height, width);
        for (int r = 0; r < height; r++) {
            int sr = padding.index(rows.origin() + r, rows.n());
            if (sr < 0) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                int sc = padding.index(cols.origin() + c, cols.n());
                if (sc >= 0) {
                    padded.set(r, c, input.get(sr, sc));
                }
            }
        }
        return padded;
    }
}
