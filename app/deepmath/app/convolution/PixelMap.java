package deepmath.app.convolution;

import deepmath.conv.AxisGeometry;
import deepmath.conv.Operation;
import deepmath.conv.Pooling;
import deepmath.image.FilterStep;
import deepmath.image.ImageFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a pixel of the result sits on the source image and back, through every kernel of the chain (its
 * output size and stride) and the pooling: a pooled pixel comes from a size × size block of the source,
 * which the inspector marks on the "before" image.
 */
final class PixelMap {
    /** One resampling along an axis: output k is centred on input {@code base + k·step} of an n-long input. */
    private record Stage(int n, int count, int base, int step, int extent) {
        int first(int k) {
            return base + k * step;
        }

        int output(int input) {
            return clamp(Math.floorDiv(input - base, step), count);
        }
    }

    private final List<Stage> columns;
    private final List<Stage> rows;

    private PixelMap(List<Stage> columns, List<Stage> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static PixelMap of(int width, int height, ImageFilter filter) {
        return new PixelMap(stages(width, filter, true), stages(height, filter, false));
    }

    private static List<Stage> stages(int n, ImageFilter filter, boolean columns) {
        List<Stage> out = new ArrayList<>();
        for (FilterStep step : filter.steps()) {
            int m = columns ? step.kernel().cols() : step.kernel().rows();
            AxisGeometry g = AxisGeometry.of(n, m, step.spec());
            int tap = step.spec().operation() == Operation.CONVOLUTION ? m / 2 : (m - 1) / 2;
            out.add(new Stage(n, g.count(), g.origin() + tap * g.dilation(), g.stride(), g.stride()));
            n = g.count();
        }
        Optional<Pooling> pool = filter.pooling();
        if (pool.isPresent()) {
            int count = pool.get().outputLength(n);
            out.add(new Stage(n, count, 0, pool.get().stride(), pool.get().size()));
        }
        return out;
    }

    /** The source block {x, y, width, height} that result pixel (x, y) comes from. */
    int[] sourceBlock(int x, int y) {
        int[] cols = back(columns, x);
        int[] rs = back(rows, y);
        return new int[] {cols[0], rs[0], cols[1] - cols[0], rs[1] - rs[0]};
    }

    /** The result pixel {x, y} that source pixel (x, y) feeds (the nearest one when a stride skips it). */
    int[] resultPixel(int x, int y) {
        return new int[] {forward(columns, x), forward(rows, y)};
    }

    /** The half-open source range [from, to) behind output index k of the last stage. */
    private static int[] back(List<Stage> stages, int k) {
        int from = k;
        int to = k + 1;
        for (int s = stages.size() - 1; s >= 0; s--) {
            Stage stage = stages.get(s);
            int last = stage.first(to - 1) + stage.extent();
            from = clamp(stage.first(from), stage.n());
            to = Math.max(from + 1, Math.min(stage.n(), last));
        }
        return new int[] {from, to};
    }

    private static int forward(List<Stage> stages, int input) {
        int k = input;
        for (Stage stage : stages) {
            k = stage.output(k);
        }
        return k;
    }

    private static int clamp(int k, int count) {
        return Math.max(0, Math.min(count - 1, k));
    }
}
