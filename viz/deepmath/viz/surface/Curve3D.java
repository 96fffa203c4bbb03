package deepmath.viz.surface;

import java.util.List;
import javafx.scene.paint.Color;

/** A polyline in data coordinates (each point {x, y, z}) drawn on or above the surface. */
public record Curve3D(List<double[]> points, Color color, double width) {
    public Curve3D {
        points = List.copyOf(points);
    }
}
