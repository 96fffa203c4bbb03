package deepmath.viz.surface;

import javafx.scene.paint.Color;

/** A ball at a data point (a picked point, an iterate of a descent). Radius in screen-cube units (≈ 1–3). */
public record Marker3D(double x, double y, double z, Color color, double radius) {
}
