package deepmath.viz.surface;

import javafx.scene.paint.Color;

/** An arrow between two data points {x, y, z} (the gradient, drawn in the plane below the surface). */
public record Arrow3D(double[] from, double[] to, Color color) {
}
