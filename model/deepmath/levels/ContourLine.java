package deepmath.levels;

/** One connected piece of the level line f = level: a polyline, closed when it loops back on itself. */
public record ContourLine(double level, double[] xs, double[] ys, boolean closed) {

    public int size() {
        return xs.length;
    }

    /** Squared distance from (x, y) to the nearest vertex (enough to pick the line through a clicked point). */
    public double distanceSquaredTo(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < xs.length; k++) {
            double dx = xs[k] - x;
            double dy = ys[k] - y;
            best = Math.min(best, dx * dx + dy * dy);
        }
        return best;
    }

    /** The line of {@code lines} passing nearest to (x, y) (null when there is none): the level line of a clicked point. */
    public static ContourLine nearest(java.util.List<ContourLine> lines, double x, double y) {
        ContourLine best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ContourLine line : lines) {
            double d = line.distanceSquaredTo(x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = line;
            }
        }
        return best;
    }
}
