package deepmath.terrain;

import deepmath.calculus.SteepestDescentLine;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import deepmath.levels.MarchingSquares;
import java.util.List;

/**
 * A terrain's contour map at a fixed interval (the book's map has a line every 10 m, line 3258), every fifth line
 * an index contour (drawn bold and labelled, as on survey maps), and what the map says at a point: its height, the
 * slope ∇h there (perpendicular to the contour line through it), how far apart the lines are there, and the path
 * of steepest descent from it.
 */
public final class TopographicMap {
    /** Intervals a user may choose, in metres; the book's is 10 m. */
    public static final int[] INTERVALS = {5, 10, 20, 25, 50, 100};
    public static final int BOOK_INTERVAL = 10;
    /** Every fifth line is an index contour: every 50 m at the book's 10 m. */
    public static final int INDEX_EVERY = 5;

    private final Terrain terrain;
    private final double interval;
    private final double[] levels;
    private final List<ContourLine> lines;
    private final MarchingSquares squares;

    public TopographicMap(Terrain terrain, double interval) {
        this.terrain = terrain;
        this.interval = interval;
        GridValues.Range range = terrain.range();
        this.levels = Levels.every(range.min(), range.max(), interval);
        this.squares = new MarchingSquares(terrain.field().heights());
        this.lines = squares.lines(levels);
    }

    public Terrain terrain() {
        return terrain;
    }

    public double interval() {
        return interval;
    }

    public double[] levels() {
        return levels.clone();
    }

    public List<ContourLine> lines() {
        return lines;
    }

    /** True for an index contour: a multiple of five intervals (50 m, 100 m… at 10 m). */
    public boolean isIndex(double level) {
        return Levels.isMultiple(level, INDEX_EVERY * interval);
    }

    /** What the map says at (x, y) km; null outside the terrain. */
    public Slope at(double x, double y) {
        HeightField field = terrain.field();
        if (!field.contains(x, y)) {
            return null;
        }
        double[] g = new double[2];
        double h = field.gradient(x, y, g);
        ContourLine through = ContourLine.nearest(squares.lines(h), x, y);
        Grid2D grid = field.grid();
        double step = 0.4 * Math.min(grid.dx(), grid.dy());
        double[] box = {grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax()};
        List<double[]> descent = SteepestDescentLine.trace(field, new double[] {x, y}, true, step, box, 20_000);
        return new Slope(x, y, h, g[0], g[1], through, descent);
    }

    /**
     * The slope at a point: height h in m, ∇h = (∂h/∂x, ∂h/∂y) in metres per kilometre, the contour line through
     * the point (at its own height) and the steepest-descent path from it (x, y points in km).
     */
    public record Slope(double x, double y, double height, double dhdx, double dhdy, ContourLine through,
                        List<double[]> descent) {
        /** |∇h| in m per km. */
        public double steepness() {
            return Math.hypot(dhdx, dhdy);
        }

        /** The gradient as a percent slope: metres up per 100 m along the map. */
        public double percent() {
            return steepness() / 10;
        }

        /** The slope's angle with the horizontal, in degrees. */
        public double degrees() {
            return Math.toDegrees(Math.atan(steepness() / 1000));
        }

        /**
         * How far apart on the map two lines {@code interval} metres apart are here, in metres: interval / |∇h|.
         * Close lines, steep slope (the book's reading of the map). Infinite on flat ground.
         */
        public double lineSpacing(double interval) {
            double s = steepness();
            return s > 0 ? interval / s * 1000 : Double.POSITIVE_INFINITY;
        }
    }
}
