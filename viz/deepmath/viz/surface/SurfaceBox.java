package deepmath.viz.surface;

/**
 * Maps data coordinates (x, y, z) into the view's world cube of half-size {@link #HALF}: x → X (right),
 * y → Z (into the screen), z → −Y (up, JavaFX's Y points down); so (x, y, z) stays right-handed.
 * x and y keep their proportions when {@code equalXY}; z is always stretched to the cube's height.
 */
public record SurfaceBox(double xMin, double xMax, double yMin, double yMax, double zMin, double zMax) {
    public static final double HALF = 100;

    public SurfaceBox {
        if (!(zMax > zMin)) {
            double mid = Double.isFinite(zMin) ? zMin : 0;
            zMin = mid - 1;
            zMax = mid + 1;
        }
    }

    public double worldX(double x) {
        return HALF * (2 * (x - xMin) / (xMax - xMin) - 1);
    }

    public double worldZ(double y) {
        return HALF * (2 * (y - yMin) / (yMax - yMin) - 1);
    }

    /** Height is 0.7 of the cube so that the surface reads as a landscape, not a tower. */
    public double worldY(double z) {
        double clamped = Math.max(zMin, Math.min(zMax, z));
        return -0.7 * HALF * (2 * (clamped - zMin) / (zMax - zMin) - 1);
    }

    public double dataX(double worldX) {
        return xMin + (worldX / HALF + 1) / 2 * (xMax - xMin);
    }

    public double dataY(double worldZ) {
        return yMin + (worldZ / HALF + 1) / 2 * (yMax - yMin);
    }

    /** Position of z in [0, 1] along the colour map (clamped). */
    public double colourPosition(double z) {
        return Math.max(0, Math.min(1, (z - zMin) / (zMax - zMin)));
    }
}
