package deepmath.viz.plot;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;

/** Something drawn inside a {@link PlotCanvas}'s plot area, in data coordinates through the transform. */
public interface PlotLayer {

    void draw(GraphicsContext g, PlotTransform transform);

    /** The data extent, used by {@link PlotCanvas#fitToData}; empty when the layer should not count. */
    default Optional<Rectangle2D> bounds() {
        return Optional.empty();
    }

    /**
     * Pixels (sampled every few pixels) where the layer draws lines or marks a legend should not hide; empty
     * for backgrounds (images, level lines) that a legend may cover.
     */
    default java.util.List<javafx.geometry.Point2D> coveredPixels(PlotTransform transform) {
        return java.util.List.of();
    }

    /** The layer's line in the legend, if it has one. */
    default Optional<LegendEntry> legend() {
        return Optional.empty();
    }
}
