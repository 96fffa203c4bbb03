package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.calculus.FunctionPreset;
import deepmath.calculus.MinimumSearch;
import deepmath.viz.plot.DrawnText;
import deepmath.viz.plot.PlotCanvas;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The activities of the book's chapters 1–4 and 7 in the surfaces and level-sets labs, with the book's numbers,
 * through the controls a reader uses (each test names the book line).
 */
@ExtendWith(ApplicationExtension.class)
class BookActivitiesLabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private static void preset(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        ComboBox<FunctionPreset> presets = robot.lookup("#preset-box").queryAs(ComboBox.class);
        robot.interact(() -> presets.getItems().stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(presets::setValue));
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    private static void waitFor(Label label, String part) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label.getText().contains(part));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no \"" + part + "\" in: " + label.getText());
        }
    }

    @Test
    void line2762TheBooksFourSigmoidsOnOneFigure(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        robot.interact(() -> robot.lookup("#curve-figure-sigmoids").queryAs(Button.class).fire());
        PlotCanvas plot = robot.lookup("#curve-plot").queryAs(PlotCanvas.class);
        List<String> legend = List.of("k = 1", "k = 2", "k = 3", "k = 4");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                plot.drawnTexts().stream().map(DrawnText::text).toList().containsAll(legend)).get());
        // the book's window a, b = −5, 5
        assertEquals(-5, plot.xAxis().getMin(), 1e-12);
        assertEquals(5, plot.xAxis().getMax(), 1e-12);
        assertEquals("1/(1+exp(-k*x)), k = 1..4", robot.lookup("#curve-overlay").queryAs(TextField.class).getText());
    }

    @Test
    void line2731TheBooksSixPointsPlottedOneByOneAndJoined(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        robot.interact(() -> robot.lookup("#curve-figure-points").queryAs(Button.class).fire());
        PlotCanvas plot = robot.lookup("#curve-plot").queryAs(PlotCanvas.class);
        String label = "[0, 1, 2, 3, 4, 5], [0, 1, 4, 1, 3, 2]";
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    plot.drawnTexts().stream().map(DrawnText::text).toList().contains(label)).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("legend: " + WaitForAsyncUtils.asyncFx(() ->
                    plot.drawnTexts().stream().map(DrawnText::text).toList()).get(), e);
        }
        assertEquals(label, robot.lookup("#curve-overlay").queryAs(TextField.class).getText());
        // the window holds the six points: x from 0 to 5, y from 0 to 4 (the view fits the points, not only f = 0)
        assertTrue(plot.xAxis().getMin() <= 0 && plot.xAxis().getMax() >= 5);
        assertTrue(plot.yAxis().getMin() <= 0 && plot.yAxis().getMax() >= 4, plot.yAxis().getMax() + "");
        // the highest point (2, 4) is drawn in the overlay's colour, not left blank
        javafx.scene.paint.Color at = WaitForAsyncUtils.asyncFx(() -> {
            plot.layout();
            var t = plot.transform();
            return plot.snapshot(null, null).getPixelReader().getColor((int) Math.round(t.px(2)),
                    (int) Math.round(t.py(4)));
        }).get();
        assertTrue(at.getSaturation() > 0.3, "a coloured marker at (2, 4): " + at);
    }

    @Test
    void line2522NewtonFromTenOnTwoXMinusCosXReachesTheBooksRootInSevenSteps(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        preset(robot, "newton-cos-10");
        Label readout = robot.lookup("#curve-readout").queryAs(Label.class);
        waitFor(readout, "x0 = 10");
        Slider x0 = robot.lookup("#curve-x0").queryAs(Slider.class);
        assertEquals(10, x0.getValue(), 0);
        assertTrue(x0.getMin() <= -4.32 && x0.getMax() >= 10, "the slider reaches every iterate");
        Button step = robot.lookup("#newton-step").queryAs(Button.class);
        for (int k = 0; k < 7; k++) {
            robot.interact(step::fire);
        }
        Label newton = robot.lookup("#newton-readout").queryAs(Label.class);
        waitFor(newton, "x7 = 0.4501836112");
        assertTrue(newton.getText().contains("x1 = -4.312756651"), newton.getText());
        assertTrue(newton.getText().contains("x2 = -1.493222882"), newton.getText());
    }

    @Test
    void line7109TheTangentPlaneEstimateOfF1002And0997(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        preset(robot, "x2y");   // x²y, picked at (1, 1)
        type(robot, "#surface-estimate-h", "0.002");
        type(robot, "#surface-estimate-k", "-0.003");
        Label estimate = robot.lookup("#surface-estimate").queryAs(Label.class);
        waitFor(estimate, "Exact: f(1.002, 0.997) = 1.000991988");
        assertTrue(estimate.getText().contains("Tangent plane: 1 + h·2 + k·1 = 1.001"), estimate.getText());
        assertTrue(estimate.getText().contains("Error: -8.012e-06"), estimate.getText()); // 1.000991988 − 1.001
    }

    @Test
    void line6966TheDirectionalDerivativeAlongADraggedVectorIsGradDotV(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        preset(robot, "x2y3");  // grad f(2, 1) = (4, 12)
        robot.clickOn("#nav-level-sets");
        PlotCanvas map = robot.lookup("#contour-map").queryAs(PlotCanvas.class);
        Label readout = robot.lookup("#levels-directional-readout").queryAs(Label.class);
        waitFor(readout, "v = (1, 0.5)");
        // a shift-drag on the map to the point (1.4, 1.8): v = (−0.6, 0.8), D_v f = −0.6·4 + 0.8·12 = 7.2
        robot.interact(() -> {
            var t = map.transform();
            Point2D to = map.localToScene(t.px(1.4), t.py(1.8)); // a MouseEvent is made in scene coordinates
            map.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, to.getX() - 30, to.getY()));
            map.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, to.getX(), to.getY()));
            map.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, to.getX(), to.getY()));
        });
        waitFor(readout, "v = (-0.6");
        String text = readout.getText();
        String[] lines = text.split("\n");
        double value = Double.parseDouble(lines[1].replaceAll(".* = ", ""));
        double difference = Double.parseDouble(lines[2].replaceAll(".*: ", ""));
        assertEquals(7.2, value, 1e-4, text);           // the drag lands within a pixel of (1.4, 1.8)
        assertEquals(value, difference, 1e-6, text);    // ∇f·v against (f(p + tv) − f(p − tv)) / 2t
        // the map did not pan: the shift-drag chose v
        assertEquals(-2.5, map.xAxis().getMin(), 1e-9);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, true, false, false, false, true, false, false,
                false, false, false, null);
    }

    @Test
    void line3097TheSliceSearchForTheMinimumOfMAPlusMBPlusMCFromTheSliceXEqualsZero(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        preset(robot, "distances");
        robot.clickOn("#nav-level-sets");
        PlotCanvas map = robot.lookup("#contour-map").queryAs(PlotCanvas.class);
        robot.interact(() -> {
            map.onDataClickedProperty().get().accept(new Point2D(0, 3)); // x0 = 0, as the book starts
            @SuppressWarnings("unchecked")
            ComboBox<MinimumSearch.Method> method = robot.lookup("#levels-search-method").queryAs(ComboBox.class);
            method.setValue(MinimumSearch.Method.SLICES);
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> size = robot.lookup("#levels-search-size")
                    .queryAs(javafx.scene.control.Spinner.class);
            size.getValueFactory().setValue(10);
            robot.lookup("#levels-search-run").queryAs(Button.class).fire();
        });
        Label result = robot.lookup("#levels-search-readout").queryAs(Label.class);
        // the book: (2.90579, 2.98464), 7.83867 (its digits cut; 2.984645 and 7.8386774 rounded here)
        waitFor(result, "least f = 7.83868 at (2.90579, 2.9846");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<MinimumSearch.Method> method = robot.lookup("#levels-search-method").queryAs(ComboBox.class);
            method.setValue(MinimumSearch.Method.GRID);
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> size = robot.lookup("#levels-search-size")
                    .queryAs(javafx.scene.control.Spinner.class);
            size.getValueFactory().setValue(100);
        });
        // N = 100: 10 000 points of [0, 6]², least at (2.91, 2.97), 7.84
        waitFor(result, "10000 evaluations: least f = 7.8387");
        String[] at = result.getText().replaceAll(".*at \\((.*)\\)$", "$1").split(", ");
        assertEquals(2.91, Double.parseDouble(at[0]), 5e-3, result.getText());
        assertEquals(2.97, Double.parseDouble(at[1]), 5e-3, result.getText());
    }
}
