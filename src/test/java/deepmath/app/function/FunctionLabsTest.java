package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.surface.SurfaceView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The function labs in the real window: type a formula, see the surface, contours and sliders follow. */
@ExtendWith(ApplicationExtension.class)
class FunctionLabsTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private static void typeFormula(FxRobot robot, String text) {
        robot.clickOn("#formula-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private static String readout(FxRobot robot) {
        return robot.lookup("#point-readout").queryAs(Label.class).getText();
    }

    @Test
    void typedFormulaBecomesASurfaceAndABadOneKeepsThePreviousPlot(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x*y");
        SurfaceView surface = robot.lookup("#surface-view").queryAs(SurfaceView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = -0.36"));
        // Default picked point (−0.6, 0.6) of the window [−2, 2]²: f = −0.36, ∇f = (y, x) = (0.6, −0.6).
        assertTrue(readout(robot).contains("∇f = (0.6, -0.6)"), readout(robot));
        assertEquals(120 * 120, surface.vertexCount());

        typeFormula(robot, "x*(y");
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        assertTrue(error.getText().startsWith("Column 5: expected ')'"), error.getText());
        assertTrue(readout(robot).contains("f = -0.36"), "the previous function is still shown");
        assertEquals(120 * 120, surface.vertexCount());

        typeFormula(robot, "x^2 + y^2");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = 0.72"));
        assertFalse(error.isVisible());
    }

    @Test
    void namedParametersGetSlidersThatRedrawTheFunction(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "a*x^2 + b*y^2");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#parameter-b").tryQuery().isPresent());
        Slider b = robot.lookup("#parameter-b").queryAs(Slider.class);
        robot.interact(() -> b.setValue(3));
        // a = 1, b = 3 at (−0.6, 0.6): 0.36 + 1.08 = 1.44.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = 1.44"));
    }

    @Test
    void levelSetsShowTheSameFunctionWithContoursAndTheGradientOrthogonalToTheLevelLine(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x^2 + 3*y^2");
        robot.clickOn("#nav-level-sets");
        PlotCanvas map = robot.lookup("#contour-map").queryAs(PlotCanvas.class);
        Label readout = robot.lookup("#levels-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout.getText().contains("f = 1.44"));
        assertTrue(map.layers().size() >= 4, "bands, lines, field and the point: " + map.layers().size());
        String angle = readout.getText().replaceAll("(?s).*: ([0-9.]+)°.*", "$1");
        assertEquals(90, Double.parseDouble(angle), 1.5, readout.getText());
    }

    @Test
    void aFormulaOfXAloneIsACurveAndTheGalleryOpensAnActivation(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x^3 - 100");
        Label readout = robot.lookup("#curve-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout.getText().contains("f′(x0) ="));
        robot.clickOn("Activation functions");
        javafx.scene.layout.GridPane gallery = robot.lookup("#activation-gallery").queryAs(javafx.scene.layout.GridPane.class);
        robot.clickOn(gallery.getChildren().get(3));
        javafx.scene.control.TextField field = robot.lookup("#formula-field").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.getText().equals("relu(x)"));
    }

    @Test
    void theGradientPresetOfLine6754OpensAtTheBooksPoint(FxRobot robot) throws Exception {
        // ch. 7: grad(x²y³) at (2, 1) is (4, 12); the preset opens picked there
        robot.clickOn("#nav-surfaces");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<deepmath.calculus.FunctionPreset> presets =
                robot.lookup("#preset-box").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> presets.getItems().stream().filter(p -> p.id().equals("x2y3")).findFirst()
                .ifPresent(presets::setValue));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = 4"));
        String text = readout(robot);
        assertTrue(text.startsWith("Point (x, y) = (2, 1)\nf = 4\n∇f = (4, 12)\n"), text);
    }

    @Test
    void aCurvePresetGetsItsOwnYRange(FxRobot robot) throws Exception {
        // From the default surface, the book's Newton example x³ − 100 on [0, 11] from x0 = 10 (book line 2398):
        // f runs from −100 to 1231, and the view must show all of it (a result computed for the previous window
        // used to set the range); the point x0 starts where the book starts.
        robot.clickOn("#nav-surfaces");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<deepmath.calculus.FunctionPreset> presets =
                robot.lookup("#preset-box").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> presets.getItems().stream().filter(p -> p.id().equals("newton-cube")).findFirst()
                .ifPresent(presets::setValue));
        PlotCanvas plot = robot.lookup("#curve-plot").queryAs(PlotCanvas.class);
        Label readout = robot.lookup("#curve-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout.getText().contains("x0 = 10"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, plot.xAxis().minProperty().get(), 1e-9);
        assertEquals(11, plot.xAxis().maxProperty().get(), 1e-9);
        assertTrue(plot.yAxis().minProperty().get() <= -100 && plot.yAxis().maxProperty().get() >= 1231,
                "y from " + plot.yAxis().minProperty().get() + " to " + plot.yAxis().maxProperty().get());
    }

    @Test
    void theModeButtonsSwitchBetweenCurveAndSurfaceAndThePressedOneStaysPressed(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x^2 + y^2");
        javafx.scene.control.ToggleButton curve = robot.lookup("#mode-curve").queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton surface = robot.lookup("#mode-surface").queryAs(javafx.scene.control.ToggleButton.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = 0.72"));
        assertTrue(surface.isSelected() && !curve.isSelected(), "the surface mode is pressed from the start");

        // fire() is a click on the button (Monocle's screen can be narrower than the window, leaving the
        // right-hand button where the robot's pointer cannot go).
        robot.interact(curve::fire);
        // As a curve, y is a parameter (slider, default 0): f(x0) = x0² at the default x0.
        Label curveReadout = robot.lookup("#curve-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> curveReadout.getText().contains("f′(x0) ="));
        assertTrue(curve.isSelected() && !surface.isSelected());
        assertTrue(robot.lookup("#curve-plot").queryAs(PlotCanvas.class).isVisible());

        robot.interact(curve::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(curve.isSelected(), "a click on the pressed mode keeps it: there is always one mode");

        robot.interact(surface::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> surface.isSelected() && !curve.isSelected());
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> readout(robot).contains("f = 0.72"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(readout(robot));
        }
    }
}
