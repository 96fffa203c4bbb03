package deepmath.viz.network;

import deepmath.nn.Network;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where the nodes of a network sit in a W × H drawing: one column per layer (inputs first), neurons spread
 * evenly and centred in their column; where each weight's label goes (on its arrow, clear of every other
 * label and node); whether that drawing is legible; and "what is under the mouse". {@link #minimumSize}
 * gives the smallest legible drawing, which the view asks for (and scrolls when the window is smaller).
 */
final class GraphGeometry {
    static final double MARGIN_X = 46;
    static final double MARGIN_TOP = 30;
    static final double MARGIN_BOTTOM = 22;
    /** Nodes smaller than this are unreadable heat maps. */
    static final double MIN_RADIUS = 14;
    /** Room under a node for its "b = …" line. */
    static final double BIAS_LINE = 16;
    /** A weight's label box: six characters of the small font ("−1.234") and a margin. */
    static final double LABEL_WIDTH = 44;
    static final double LABEL_HEIGHT = 14;
    /** Candidate positions of a label along its arrow (fraction from the source), the preferred first. */
    private static final double[] LABEL_AT = {0.3, 0.25, 0.35, 0.2, 0.4, 0.45, 0.5, 0.55, 0.15, 0.6, 0.65, 0.7, 0.75};
    private static final double EDGE_SLOP = 5;
    private static final double MAX_SIDE = 8000;

    private final Network network;
    private final double width;
    private final double height;
    private final double radius;
    /** [layer][neuron][input] label centre, null where no free place was found. */
    private final Point2D[][][] labels;
    private boolean labelsFit = true;

    GraphGeometry(Network network, double width, double height) {
        this.network = network;
        this.width = width;
        this.height = height;
        int tallest = network.maxWidth();
        double spacing = (height - MARGIN_TOP - MARGIN_BOTTOM) / Math.max(1, tallest);
        double columnGap = (width - 2 * MARGIN_X) / Math.max(1, network.depth());
        this.radius = Math.max(8, Math.min(26, Math.min(Math.min(spacing * 0.36, (spacing - BIAS_LINE) / 2), columnGap * 0.22)));
        this.labels = placeLabels();
    }

    /** The smallest drawing in which every node is at least {@link #MIN_RADIUS} and every weight label fits. */
    static double[] minimumSize(Network network, double minColumnGap) {
        double w = 2 * MARGIN_X + network.depth() * Math.max(minColumnGap, 4.6 * MIN_RADIUS);
        double h = MARGIN_TOP + MARGIN_BOTTOM + network.maxWidth() * (2 * MIN_RADIUS + BIAS_LINE + 4);
        while (w < MAX_SIDE && h < MAX_SIDE) {
            GraphGeometry g = new GraphGeometry(network, w, h);
            if (g.isLegible()) {
                break;
            }
            w *= 1.12;
            h *= g.radius < MIN_RADIUS ? 1.12 : 1.06;
        }
        return new double[] {Math.ceil(w), Math.ceil(h)};
    }

    /** Nodes large enough, apart, and every weight's label in a place of its own. */
    boolean isLegible() {
        return radius >= MIN_RADIUS - 1e-9 && labelsFit;
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

    /** A node's box with the bias line under it (what a label must not cover). */
    Bounds nodeBox(int column, int k) {
        Point2D c = node(column, k);
        return new BoundingBox(c.getX() - radius, c.getY() - radius, 2 * radius, 2 * radius + (column > 0 ? BIAS_LINE : 0));
    }

    /** The two ends of the arrow of weight (layer, neuron, input), from the source's rim to the target's. */
    Point2D[] edge(int layer, int neuron, int input) {
        Point2D from = node(layer, input);
        Point2D to = node(layer + 1, neuron);
        Point2D direction = to.subtract(from).normalize();
        return new Point2D[] {from.add(direction.multiply(radius)), to.subtract(direction.multiply(radius + 3))};
    }

    /** Where the weight's value is written: on its arrow, in a free place (a third of the way if free). */
    Point2D labelPoint(int layer, int neuron, int input) {
        Point2D p = labels[layer][neuron][input];
        if (p != null) {
            return p;
        }
        Point2D[] e = edge(layer, neuron, input);
        return e[0].interpolate(e[1], 0.3);
    }

    /** True when this weight's label has a place of its own (else it is shown on hover only). */
    boolean hasLabelPlace(int layer, int neuron, int input) {
        return labels[layer][neuron][input] != null;
    }

    /** The box of a weight's label. */
    Bounds labelBox(int layer, int neuron, int input) {
        Point2D p = labelPoint(layer, neuron, input);
        return new BoundingBox(p.getX() - LABEL_WIDTH / 2, p.getY() - LABEL_HEIGHT / 2, LABEL_WIDTH, LABEL_HEIGHT);
    }

    /** Greedy: each label takes the first candidate point of its arrow that overlaps no node and no label. */
    private Point2D[][][] placeLabels() {
        Point2D[][][] placed = new Point2D[network.depth()][][];
        java.util.List<Bounds> taken = new java.util.ArrayList<>();
        for (int c = 0; c < columns(); c++) {
            for (int k = 0; k < nodes(c); k++) {
                taken.add(nodeBox(c, k));
            }
        }
        for (int l = 0; l < network.depth(); l++) {
            int neurons = network.layer(l).neurons();
            int inputs = network.layer(l).inputs();
            placed[l] = new Point2D[neurons][inputs];
            for (int i = 0; i < neurons; i++) {
                for (int j = 0; j < inputs; j++) {
                    Point2D[] e = edge(l, i, j);
                    for (double t : LABEL_AT) {
                        Point2D p = e[0].interpolate(e[1], t);
                        Bounds box = new BoundingBox(p.getX() - LABEL_WIDTH / 2 - 1, p.getY() - LABEL_HEIGHT / 2 - 1,
                                LABEL_WIDTH + 2, LABEL_HEIGHT + 2);
                        if (box.getMinY() < MARGIN_TOP - 14 || box.getMaxY() > height) {
                            continue;
                        }
                        boolean free = true;
                        for (Bounds other : taken) {
                            if (other.intersects(box)) {
                                free = false;
                                break;
                            }
                        }
                        if (free) {
                            placed[l][i][j] = p;
                            taken.add(box);
                            break;
                        }
                    }
                    labelsFit &= placed[l][i][j] != null;
                }
            }
        }
        return placed;
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
