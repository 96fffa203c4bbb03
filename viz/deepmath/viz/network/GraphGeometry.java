package deepmath.viz.network;

import deepmath.nn.Network;
import javafx.geometry.Point2D;

/**
 * Where the nodes of a network sit in a W × H drawing: one column per layer (inputs first), neurons spread
 * evenly and centred in their column. Also answers "what is under the mouse".
 */
final class GraphGeometry {
    static final double MARGIN_X = 46;
    static final double MARGIN_TOP = 30;
    static final double MARGIN_BOTTOM = 22;
    private static final double EDGE_SLOP = 5;

    private final Network network;
    private final double width;
    private final double height;
    private final double radius;

    GraphGeometry(Network network, double width, double height) {
        this.network = network;
        this.width = width;
        this.height = height;
        int tallest = network.maxWidth();
        double spacing = (height - MARGIN_TOP - MARGIN_BOTTOM) / Math.max(1, tallest);
        double columnGap = (width - 2 * MARGIN_X) / Math.max(1, network.depth());
        this.radius = Math.max(8, Math.min(26, Math.min(spacing * 0.36, columnGap * 0.22)));
    }

    double radius() {
        return radius;
    }

    int columns() {
        return network.depth() + 1;
    }

    /** Nodes in column c (0 = inputs). */
    int nodes(int column) {
        return column == 0 ? network.inputs() : network.layer(column - 1).neurons();
    }

    double columnX(int column) {
        return MARGIN_X + column * (width - 2 * MARGIN_X) / Math.max(1, network.depth());
    }

    Point2D node(int column, int k) {
        int n = nodes(column);
        double spacing = Math.min(4.2 * radius, (height - MARGIN_TOP - MARGIN_BOTTOM) / Math.max(1, n));
        double centre = MARGIN_TOP + (height - MARGIN_TOP - MARGIN_BOTTOM) / 2;
        return new Point2D(columnX(column), centre + (k - (n - 1) / 2.0) * spacing);
    }

    /** The two ends of the arrow of weight (layer, neuron, input), from the source's rim to the target's. */
    Point2D[] edge(int layer, int neuron, int input) {
        Point2D from = node(layer, input);
        Point2D to = node(layer + 1, neuron);
        Point2D direction = to.subtract(from).normalize();
        return new Point2D[] {from.add(direction.multiply(radius)), to.subtract(direction.multiply(radius + 3))};
    }

    /** The point of an arrow where its weight is written (a third of the way, so labels fan apart). */
    Point2D labelPoint(int layer, int neuron, int input) {
        Point2D[] e = edge(layer, neuron, input);
        return e[0].interpolate(e[1], 0.3);
    }

    /** The handle under (x, y): a neuron (its bias) first, then the nearest arrow within a few pixels. */
    Handle hit(double x, double y) {
        for (int l = 0; l < network.depth(); l++) {
            for (int i = 0; i < network.layer(l).neurons(); i++) {
                if (node(l + 1, i).distance(x, y) <= radius) {
                    return new Handle(l, i, -1);
                }
            }
        }
        Handle best = null;
        double bestDistance = EDGE_SLOP;
        for (int l = 0; l < network.depth(); l++) {
            for (int i = 0; i < network.layer(l).neurons(); i++) {
                for (int j = 0; j < network.layer(l).inputs(); j++) {
                    Point2D[] e = edge(l, i, j);
                    double d = distanceToSegment(x, y, e[0], e[1]);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new Handle(l, i, j);
                    }
                }
            }
        }
        return best;
    }

    private static double distanceToSegment(double x, double y, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double t = ab.dotProduct(x - a.getX(), y - a.getY()) / Math.max(1e-12, ab.dotProduct(ab));
        t = Math.max(0, Math.min(1, t));
        return a.add(ab.multiply(t)).distance(x, y);
    }
}
