package deepmath.app.convolution;

import deepmath.conv.CellBreakdown;
import deepmath.conv.DirectConvolution;
import deepmath.image.FilterStep;
import deepmath.image.Histogram;
import deepmath.image.ImageFilter;
import deepmath.image.RasterImage;
import deepmath.image.ToneMapping;
import deepmath.conv.Pooling;
import deepmath.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One computed preview of the image tab, made off the FX thread: the result, its pixels after the tone
 * mapping, its histogram, the input of the last kernel (what the pixel inspector explains) and how result
 * pixels map onto the source (where the inspector marks them).
 */
record ImagePreview(RasterImage result, int[] argb, Histogram histogram, RasterImage lastInput,
                    FilterStep lastStep, boolean pooled, PixelMap map, RasterImage convolved,
                    Optional<Pooling> pooling) {

    /** A pooled pixel: the block of the convolution's result it takes (one [row][col] per channel) and its value. */
    record PooledBlock(Pooling pooling, int x0, int y0, float[][][] values, float[] pooled) {
    }

    static ImagePreview compute(RasterImage source, ImageFilter filter, ToneMapping tone, DirectConvolution engine) {
        List<FilterStep> steps = filter.steps();
        ImageFilter allButLast = new ImageFilter(steps.subList(0, steps.size() - 1), filter.channels(), Optional.empty());
        RasterImage lastInput = allButLast.apply(source, engine, Progress.NONE);
        ImageFilter last = new ImageFilter(List.of(steps.get(steps.size() - 1)),
                deepmath.image.ChannelMode.PER_CHANNEL, Optional.empty());
        RasterImage convolved = last.apply(lastInput, engine, Progress.NONE);
        RasterImage result = convolved;
        if (filter.pooling().isPresent()) {
            List<deepmath.conv.Plane> planes = new ArrayList<>();
            for (deepmath.conv.Plane plane : convolved.channels()) {
                planes.add(filter.pooling().get().apply(plane));
            }
            result = new RasterImage(planes, convolved.bitsPerSample());
        }
        return new ImagePreview(result, tone.toArgb(result), Histogram.of(result, 96), lastInput,
                steps.get(steps.size() - 1), filter.pooling().isPresent(),
                PixelMap.of(source.width(), source.height(), filter), convolved, filter.pooling());
    }

    /** The block behind pooled pixel (x, y), or empty without pooling or outside the result. */
    Optional<PooledBlock> pooledBlock(int x, int y) {
        if (pooling.isEmpty() || x < 0 || y < 0 || x >= result.width() || y >= result.height()) {
            return Optional.empty();
        }
        Pooling p = pooling.get();
        int x0 = x * p.stride();
        int y0 = y * p.stride();
        float[][][] values = new float[convolved.channels().size()][p.size()][p.size()];
        float[] pooled = new float[values.length];
        for (int c = 0; c < values.length; c++) {
            for (int u = 0; u < p.size(); u++) {
                for (int v = 0; v < p.size(); v++) {
                    values[c][u][v] = convolved.channel(c).get(y0 + u, x0 + v);
                }
            }
            pooled[c] = result.channel(c).get(y, x);
        }
        return Optional.of(new PooledBlock(p, x0, y0, values, pooled));
    }

    /** The breakdown of output pixel (x, y) of the last kernel, one per channel; empty outside or after pooling. */
    List<CellBreakdown> explain(int x, int y) {
        List<CellBreakdown> out = new ArrayList<>();
        if (pooled || x < 0 || y < 0 || x >= result.width() || y >= result.height()) {
            return out;
        }
        for (int c = 0; c < lastInput.channels().size(); c++) {
            out.add(CellBreakdown.of(lastInput.channel(c), lastStep.kernel(), lastStep.spec(), y, x));
        }
        return out;
    }
}
