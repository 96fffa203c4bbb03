package deepmath.image;

import deepmath.conv.ConvolutionEngine;
import deepmath.conv.Plane;
import deepmath.conv.Pooling;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the image tab (and {@code deepmath-lab conv --image}) does to a picture: optionally turn it grey,
 * apply a chain of kernels in order (e.g. blur then edges), then optionally pool. Intermediate results are
 * kept as floats, not clipped, so a chain equals the convolution by the combined kernel (up to the edges).
 */
public record ImageFilter(List<FilterStep> steps, ChannelMode channels, Optional<Pooling> pooling) {

    public ImageFilter {
        steps = List.copyOf(steps);
    }

    public static ImageFilter single(FilterStep step) {
        return new ImageFilter(List.of(step), ChannelMode.PER_CHANNEL, Optional.empty());
    }

    public RasterImage apply(RasterImage image, ConvolutionEngine engine, Progress progress) {
        RasterImage current = channels == ChannelMode.GREY ? image.toGrey() : image;
        int total = steps.size() * current.channels().size() + 1;
        int done = 0;
        for (FilterStep step : steps) {
            List<Plane> out = new ArrayList<>();
            for (Plane plane : current.channels()) {
                progress.checkCancelled();
                out.add(engine.apply(plane, step.kernel(), step.spec()));
                progress.update(++done, total);
            }
            current = new RasterImage(out, current.bitsPerSample());
        }
        if (pooling.isPresent()) {
            List<Plane> out = new ArrayList<>();
            for (Plane plane : current.channels()) {
                out.add(pooling.get().apply(plane));
            }
            current = new RasterImage(out, current.bitsPerSample());
        }
        progress.update(total, total);
        if (current.width() < 1 || current.height() < 1) {
            throw new BadInputException(ImageProblem.NOTHING_LEFT);
        }
        return current;
    }
}
