package deepmath.viz.surface;

/**
 * The plane z = f(x0, y0) + fx·(x − x0) + fy·(y − y0), drawn as a translucent square of half-width
 * {@code halfWidth} (data units) around the point.
 */
public record TangentPlane(double x0, double y0, double z0, double fx, double fy, double halfWidth) {

    public double z(double x, double y) {
        return z0 + fx * (x - x0) + fy * (y - y0);
    }
}
