package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network lab's "Under- and over-fitting" tab (ch. 9, line 11124, example 1, on the lab's four points (1, 1),
 * (2, 2.5), (3, 2), (4, 3.5) and the new point (5, 4.3)): the line of least squares y = 0.7x + 0.5 (E = 0.8, 4.00 at
 * x₀ = 5), the cubic through the four points (E = 0, 11.0 at x₀ = 5), a dragged point moving the fit.
 */
@ExtendWith(ApplicationExtension.class)
class PolynomialPaneTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    private String readout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#network-poly-readout").queryAs(Label.class).getText();
    }

    @Test
    void theLineUnderFitsTheCubicInterpolatesAndPredictsBadly(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#network-learning-views").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(5)).get();
        PolynomialPane pane = shown.lab().learning().polynomials();
        assertEquals(1, pane.degreeBox().getValue()); // opens on the book's line
        assertEquals(java.util.List.of(0, 1, 2, 3), pane.degreeBox().getItems()); // 0 … n − 1
        String line = readout(robot);
        assertTrue(line.contains("E = 0.800") && line.contains("predicts 4.00") && line.contains("off by 0.300"), line);
        WaitForAsyncUtils.asyncFx(() -> {
            pane.degreeBox().setValue(3);
        }).get();
        String cubic = readout(robot);
        assertTrue(cubic.contains("E = 0\n") && cubic.contains("predicts 11.0") && cubic.contains("off by 6.70"), cubic);
        assertTrue(cubic.contains("over-fitting"), cubic);
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void aDraggedPointMovesTheFitAndAClickAddsAPoint(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#network-learning-views").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(5)).get();
        WaitForAsyncUtils.waitForFxEvents();
        PolynomialPane pane = shown.lab().learning().polynomials();
        var plot = pane.plot();
        Point2D from = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(3, 2))).get();
        Point2D to = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(3, 3))).get();
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        double[] moved = pane.points().get(2);
        double pixel = 2 / plot.transform().pixelsPerUnitX(); // the robot lands within a pixel or two
        assertEquals(3, moved[0], Math.max(0.05, pixel));
        assertEquals(3, moved[1], Math.max(0.05, 2 / plot.transform().pixelsPerUnitY()));
        // the points (1, 1), (2, 2.5), (3, 3), (4, 3.5): x̄ = 2.5, ȳ = 2.5, Σ(x − x̄)(y − ȳ) = 4, Σ(x − x̄)² = 5:
        // y = 0.8x + 0.5, E = Σ(y − ȳ)² − 4²/5 = 3.5 − 3.2 = 0.3 (the dragged y is rounded to 0.01)
        String text = readout(robot);
        deepmath.calculus.PolynomialFit fit = deepmath.calculus.PolynomialFit.of(new double[] {1, 2, 3, 4},
                new double[] {1, 2.5, moved[1], 3.5}, 1);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "predicts %.3g", fit.value(5))), text);
        assertEquals(0.3, deepmath.calculus.PolynomialFit.of(new double[] {1, 2, 3, 4}, new double[] {1, 2.5, 3, 3.5}, 1)
                .squaredError(new double[] {1, 2, 3, 4}, new double[] {1, 2.5, 3, 3.5}), 1e-12);
        Point2D empty = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(0.5, 5))).get();
        robot.clickOn(empty);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, pane.points().size());
        assertEquals(java.util.List.of(0, 1, 2, 3, 4), pane.degreeBox().getItems()); // degree 4 now possible
        assertTrue(readout(robot).startsWith("5 points, degree 1"), readout(robot));
        // the view frames the points again: find the added point where it is drawn now
        Point2D added = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(
                pane.points().get(4)[0], pane.points().get(4)[1]))).get();
        robot.clickOn(added); // on the new point: removed
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, pane.points().size());
        assertArrayEquals(new double[] {1, 1}, pane.points().get(0));
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }
}
