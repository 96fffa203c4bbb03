package deepmath.viz.plot;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The mapping between data coordinates and pixels of a plot area, at one moment (an immutable snapshot:
 * layers draw with it, mouse handlers convert with it). Pixel y grows downwards, data y upwards.
 */
public record PlotTransform(Rectangle2D area, double xMin, double xMax, Scale xScale,
                            double yMin, double yMax, Scale yScale) {

    public double px(double x) {
        double lo = xScale.forward(xMin);
        double hi = xScale.forward(xMax);
        return area.getMinX() + (xScale.forward(x) - lo) / (hi - lo) * area.getWidth();
    }

    public double py(double y) {
        double lo = yScale.forward(yMin);
        double hi = yScale.forward(yMax);
        return area.getMaxY() - (yScale.forward(y) - lo) / (hi - lo) * area.getHeight();
    }

    public double dataX(double px) {
        double lo = xScale.forward(xMin);
        double hi = xScale.forward(xMax);
        return xScale.inverse(lo + (px - area.getMinX()) / area.getWidth() * (hi - lo));
    }

    public double dataY(double py) {
        double lo = yScale.forward(yMin);
        double hi = yScale.forward(yMax);
        return yScale.inverse(lo + (area.getMaxY() - py) / area.getHeight() * (hi - lo));
    }

    public Point2D toPixels(double x, double y) {
        return new Point2D(px(x), py(y));
    }

    public Point2D toData(double px, double py) {
        return new Point2D(dataX(px), dataY(py));
    }

    /** Pixels per data unit along x (linear axes), e.g. to size arrows. */
    public double pixelsPerUnitX() {
        return area.getWidth() / (xMax - xMin);
    }

    public double pixelsPerUnitY() {
        return area.getHeight() / (yMax - yMin);
    }

    public boolean contains(double px, double py) {
        return area.contains(px, py);
    }
}
