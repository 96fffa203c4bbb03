package deepmath.viz.network;

import deepmath.viz.plot.LegendEntry;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PlotTransform;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Unconnected segments {x1, y1, x2, y2, …} in data coordinates: a contour such as the decision boundary. */
public final class SegmentsLayer implements PlotLayer {
    private final double[] segments;
    private final Color color;
    private final double width;
    private final String label;

    public SegmentsLayer(double[] segments, Color color, double width, String label) {
        this.segments = segments.clone();
        this.color = color;
        this.width = width;
        this.label = label;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        for (int k = 0; k + 3 < segments.length; k += 4) {
            g.moveTo(t.px(segments[k]), t.py(segments[k + 1]));
            g.lineTo(t.px(segments[k + 2]), t.py(segments[k + 3]));
        }
        g.stroke();
    }

    @Override
    public Optional<LegendEntry> legend() {
        return label == null || segments.length == 0 ? Optional.empty() : Optional.of(new LegendEntry(label, color, false));
    }
}
