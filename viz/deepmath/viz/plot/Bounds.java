package deepmath.viz.plot;

import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** The bounding box of the finite points of a data set. */
final class Bounds {
    private Bounds() {
    }

    static Optional<Rectangle2D> of(double[] xs, double[] ys) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < xs.length; k++) {
            if (Double.isFinite(xs[k]) && Double.isFinite(ys[k])) {
                minX = Math.min(minX, xs[k]);
                maxX = Math.max(maxX, xs[k]);
                minY = Math.min(minY, ys[k]);
                maxY = Math.max(maxY, ys[k]);
            }
        }
        return minX <= maxX ? Optional.of(new Rectangle2D(minX, minY, maxX - minX, maxY - minY)) : Optional.empty();
    }
}
