package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.viz.graph.ComputationGraphView;
import deepmath.viz.graph.GraphLegend;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The computational-graph tab in the real window at its default size: the whole graph of the book's
 * x·e^(−x²−y²) is shown without scrolling up and down, and the legend covers no node.
 */
@ExtendWith(ApplicationExtension.class)
class GraphTabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void theGraphTabShowsTheWholeGraphAndItsLegendCoversNoNode(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        TabPane tabs = robot.lookup("#surface-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ComputationGraphView view = robot.lookup("#graph-view").queryAs(ComputationGraphView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.traceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        GraphLegend legend = robot.lookup("#graph-legend").queryAs(GraphLegend.class);
        ScrollPane scroll = robot.lookup("#graph-scroll").queryAs(ScrollPane.class);
        List<Bounds> nodes = view.nodeBounds();
        // x, y, the constant 2, x², y², −x², −x² − y², exp(…), x·exp(…)
        assertTrue(nodes.size() >= 8, "nodes: " + nodes.size());
        Bounds legendBox = legend.localToScene(legend.getLayoutBounds());
        for (Bounds node : nodes) {
            Bounds inScene = view.localToScene(node);
            assertFalse(inScene.intersects(legendBox), "node " + inScene + " under the legend " + legendBox);
        }
        double viewport = scroll.getViewportBounds().getHeight();
        assertTrue(viewport + 0.5 >= view.getHeight() && view.getHeight() >= view.prefHeight(-1) - 0.5,
                "the whole graph (" + view.prefHeight(-1) + " px) shows in the tab (viewport " + viewport + " px)");
        for (Bounds node : nodes) {
            Bounds inViewport = scroll.localToScene(scroll.getLayoutBounds());
            Bounds inScene = view.localToScene(node);
            assertTrue(inScene.getMinY() >= inViewport.getMinY() && inScene.getMaxY() <= inViewport.getMaxY(),
                    "node " + inScene + " inside the tab " + inViewport);
        }
        Node figure = robot.lookup("#surface-view").query();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) tabs.getParent().getParent();
        assertTrue(figure.getLayoutBounds().getHeight() >= (GraphTab.MIN_FIGURE_SHARE - 0.02) * split.getHeight(),
                "the 3D figure keeps its share: " + figure.getLayoutBounds().getHeight() + " of " + split.getHeight());
        // Back on the slices, the figure gets its room back.
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(split.getDividerPositions()[0] - 0.68) < 0.01, "divider " + split.getDividerPositions()[0]);
    }
}
