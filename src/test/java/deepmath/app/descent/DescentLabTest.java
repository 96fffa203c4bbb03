package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.viz.plot.PlotCanvas;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The descent lab in the real window: the book's table by pressing Step, and a start chosen by a click. */
@ExtendWith(ApplicationExtension.class)
class DescentLabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @SuppressWarnings("unchecked")
    private static TableView<Iterate> table(FxRobot robot) {
        return robot.lookup("#iterate-table").queryAs(TableView.class);
    }

    @Test
    void theBooksPresetAndThreeStepsGiveTheBooksTable(FxRobot robot) {
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(DescentPreset.all().get(0)));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#descent-step-button");
        }
        TableView<Iterate> table = table(robot);
        assertEquals(4, table.getItems().size(), "P(0) and three steps");
        assertArrayEquals(new double[] {1.2, -0.2}, table.getItems().get(1).point(), 1e-9);
        assertArrayEquals(new double[] {0.72, 0.04}, table.getItems().get(2).point(), 1e-9);
        assertArrayEquals(new double[] {0.432, -0.008}, table.getItems().get(3).point(), 1e-9);
    }

    @Test
    void theDivergingStepOfLine9034IsReachedAndTheOneVariablePresetStepsAlongX(FxRobot robot) {
        // book line 9034: f(x) = x² + 1 from x0 = 2 with δ = 1.1 diverges; the δ slider used to stop at 1
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(DescentPreset.byId("step-diverges")));
        DescentControls controls = robot.lookup(".control-column").queryAs(DescentControls.class);
        assertEquals(1.1, controls.step(), 1e-9);
        robot.clickOn("#descent-step-button");
        robot.clickOn("#descent-step-button");
        TableView<Iterate> table = table(robot);
        // one variable: x_k alone (no idle second coordinate), drawn on the curve
        assertArrayEquals(new double[] {2}, table.getItems().get(0).point(), 1e-12);
        assertArrayEquals(new double[] {-2.4}, table.getItems().get(1).point(), 1e-9); // (1 − 2δ)·2
        assertArrayEquals(new double[] {2.88}, table.getItems().get(2).point(), 1e-9);
        PlotCanvas curve = robot.lookup("#descent-curve").queryAs(PlotCanvas.class);
        assertTrue(curve.isVisible() && curve.getScene() != null, "the curve view is shown");
        assertTrue(curve.xAxis().minProperty().get() <= -2.4 && curve.xAxis().maxProperty().get() >= 2.88,
                "the view holds the path");
        assertTrue(curve.yAxis().maxProperty().get() >= 2.88 * 2.88 + 1, "and f(x_2) = 9.29 on the curve");
    }

    @Test
    void clickingTheMapChoosesTheStartPoint(FxRobot robot) {
        robot.clickOn("#nav-descent");
        PlotCanvas map = robot.lookup("#descent-map").queryAs(PlotCanvas.class);
        // Click where the data point (−1, 1) is drawn, then step three times.
        Point2D pixel = map.transform().toPixels(-1, 1);
        robot.clickOn(map.localToScreen(pixel));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#descent-step-button");
        }
        TableView<Iterate> table = table(robot);
        assertEquals(4, table.getItems().size());
        double[] p0 = table.getItems().get(0).point();
        assertEquals(-1, p0[0], 0.05);
        assertEquals(1, p0[1], 0.05);
        // One step of δ = 0.2 on a² + 3b²: a ← 0.6a, b ← −0.2b.
        assertArrayEquals(new double[] {0.6 * p0[0], -0.2 * p0[1]}, table.getItems().get(1).point(), 1e-9);
        assertTrue(table.getItems().get(3).value() < table.getItems().get(0).value());
    }
}
