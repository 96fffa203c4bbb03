package deepmath.viz.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Activation;
import deepmath.nn.Initialization;
import deepmath.nn.Layer;
import deepmath.nn.Network;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/**
 * The network diagram at 8 neurons per layer: at the size the view asks for, nodes are large and apart and
 * every weight's value has a place of its own on its arrow (the pane scrolls or zooms out when smaller).
 */
class GraphLegibilityTest {

    private static Network eightByEight() {
        Network n = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 8), Layer.zeros(Activation.TANH, 8, 8),
                Layer.zeros(Activation.SIGMOID, 8, 1)));
        Initialization.GLOROT.apply(n, 3);
        return n;
    }

    @Test
    void atItsLegibleSizeNoNodesOverlapAndEveryWeightLabelHasItsOwnPlace() {
        Network network = eightByEight();
        double[] size = GraphGeometry.minimumSize(network, 70);
        GraphGeometry g = new GraphGeometry(network, size[0], size[1]);
        assertTrue(g.isLegible());
        assertTrue(g.radius() >= GraphGeometry.MIN_RADIUS, "radius " + g.radius());
        List<Bounds> nodes = new ArrayList<>();
        for (int c = 0; c < g.columns(); c++) {
            for (int k = 0; k < g.nodes(c); k++) {
                Bounds b = g.nodeBox(c, k);
                assertTrue(b.getMinY() >= 0 && b.getMaxY() <= size[1] && b.getMinX() >= 0 && b.getMaxX() <= size[0]);
                for (Bounds other : nodes) {
                    assertFalse(other.intersects(b), "nodes overlap: " + other + " and " + b);
                }
                nodes.add(b);
            }
        }
        List<Bounds> labels = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            for (int i = 0; i < network.layer(l).neurons(); i++) {
                for (int j = 0; j < network.layer(l).inputs(); j++) {
                    assertTrue(g.hasLabelPlace(l, i, j), "weight " + l + "." + i + "←" + j + " has no place");
                    Bounds box = g.labelBox(l, i, j);
                    assertTrue(box.getWidth() >= GraphGeometry.LABEL_WIDTH && box.getHeight() >= GraphGeometry.LABEL_HEIGHT);
                    for (Bounds n : nodes) {
                        assertFalse(n.intersects(box), "label over a node");
                    }
                    for (Bounds other : labels) {
                        assertFalse(other.intersects(box), "two weight labels overlap");
                    }
                    labels.add(box);
                    // on its own arrow: the label's centre lies on the segment between the two nodes
                    Point2D[] e = g.edge(l, i, j);
                    Point2D p = g.labelPoint(l, i, j);
                    double off = Math.abs((e[1].getX() - e[0].getX()) * (p.getY() - e[0].getY())
                            - (e[1].getY() - e[0].getY()) * (p.getX() - e[0].getX())) / e[0].distance(e[1]);
                    assertTrue(off < 1e-6, "label off its arrow by " + off);
                }
            }
        }
        assertEquals(16 + 64 + 8, labels.size());
    }

    @Test
    void squeezedIntoASmallPaneTheDrawingIsNotLegibleSoTheViewAsksForMoreRoom() {
        Network network = eightByEight();
        // the pane's size before the fix: radius 8, nodes touching, weights only on hover
        assertFalse(new GraphGeometry(network, 560, 180).isLegible());
        double[] size = GraphGeometry.minimumSize(network, 70);
        assertTrue(size[0] > 560 && size[1] > 180);
        // a larger window only spreads things further apart
        assertTrue(new GraphGeometry(network, size[0] * 1.3, size[1] * 1.2).isLegible());
    }
}
