package deepmath.app.convolution;

import deepmath.conv.CellBreakdown;
import deepmath.conv.DirectConvolution;
import deepmath.image.FilterStep;
import deepmath.image.Histogram;
import deepmath.image.ImageFilter;
import deepmath.image.RasterImage;
import deepmath.image.ToneMapping;
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
                    FilterStep lastStep, boolean pooled, PixelMap map) {

    static ImagePreview compute(RasterImage source, ImageFilter filter, ToneMapping tone, DirectConvolution engine) {
        List<FilterStep> steps = filter.steps();
        ImageFilter allButLast = new ImageFilter(steps.subList(0, steps.size() - 1), filter.channels(), Optional.empty());
        RasterImage lastInput = allButLast.apply(source, engine, Progress.NONE);
        ImageFilter last = new ImageFilter(List.of(steps.get(steps.size() - 1)),
                deepmath.image.ChannelMode.PER_CHANNEL, filter.pooling());
        RasterImage result = last.apply(lastInput, engine, Progress.NONE);
        return new ImagePreview(result, tone.toArgb(result), Histogram.of(result, 96), lastInput,
                steps.get(steps.size() - 1), filter.pooling().isPresent(),
                PixelMap.of(source.width(), source.height(), filter));
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
