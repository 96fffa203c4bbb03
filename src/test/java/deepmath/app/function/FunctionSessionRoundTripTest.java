package deepmath.app.function;

import static deepmath.app.shell.SessionRoundTrip.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.SessionRoundTrip;
import deepmath.app.shell.StartupOptions;
import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.DrawnText;
import deepmath.viz.plot.PlotCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The surfaces and level-sets labs through a session: everything a user changes in one window (formula,
 * parameters, window, mode, display options, tangent and Newton, level-set options, picked point) comes back in
 * a fresh window that opens the saved session, and the figures draw the same.
 */
@ExtendWith(ApplicationExtension.class)
class FunctionSessionRoundTripTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;

    /**
     * Types {@code text} into the field the reader sees (the hidden mode's panel has fields of the same id) and
     * confirms it, as Enter does.
     */
    private static void type(FxRobot robot, Node root, String id, String text) {
        TextField field = robot.from(root).lookup(id).queryAllAs(TextField.class).stream()
                .filter(FunctionSessionRoundTripTest::shown).findFirst().orElseThrow();
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }


    private static List<String> texts(PlotCanvas plot) {
        return plot.drawnTexts().stream().map(DrawnText::text).toList();
    }

    /** Waits until both figures have drawn the same texts (they are computed in the background). */
    private static void drawsTheSame(PlotCanvas saved, PlotCanvas restored, String expectedTitle) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    texts(saved).contains(expectedTitle) && texts(saved).equals(texts(restored))).get());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions below say what differs
        }
        assertEquals(WaitForAsyncUtils.asyncFx(() -> texts(saved)).get(),
                WaitForAsyncUtils.asyncFx(() -> texts(restored)).get());
        assertEquals(saved.layers().size(), restored.layers().size(), "the same layers are drawn");
        // the same view: a restored curve is fitted to the restored parameters, not to a half-restored state
        assertEquals(saved.yAxis().getMin(), restored.yAxis().getMin(), 1e-9, "the same y range");
        assertEquals(saved.yAxis().getMax(), restored.yAxis().getMax(), 1e-9, "the same y range");
    }

    @Test
    void aCurveWithItsParametersWindowTangentAndNewtonStepsComesBackInAFreshWindow(FxRobot robot) throws Exception {
        MainWindow window = english.window();
        Node root = window.stage().getScene().getRoot();
        robot.clickOn("#nav-surfaces");
        type(robot, root, "#formula-field", "a*sin(b*x) + c");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#parameter-c").tryQuery().isPresent());
        robot.interact(() -> {
            find(robot, window, "#parameter-a", Slider.class).setValue(1.5);
            find(robot, window, "#parameter-b", Slider.class).setValue(2.5);
            find(robot, window, "#parameter-c", Slider.class).setValue(-0.25);
        });
        type(robot, root, "#window-xmin", "-3");
        type(robot, root, "#window-xmax", "4");
        robot.interact(() -> {
            find(robot, window, "#curve-derivative", CheckBox.class).setSelected(false);
            find(robot, window, "#curve-second", CheckBox.class).setSelected(true);
            find(robot, window, "#curve-x0", Slider.class).setValue(1.25);
            find(robot, window, "#curve-h", Slider.class).setValue(0.5);
            // the surface's options, set while the curve is shown, are kept as well
            find(robot, window, "#surface-wireframe", CheckBox.class).setSelected(true);
            find(robot, window, "#surface-slices", CheckBox.class).setSelected(false);
            ((ComboBox<ColorMap>) find(robot, window, "#surface-colormap", ComboBox.class)).setValue(ColorMap.MAGMA);
        });
        javafx.scene.control.Button step = find(robot, window, "#newton-step", javafx.scene.control.Button.class);
        robot.interact(step::fire);   // below the fold of the control column: what a click does
        robot.interact(step::fire);
        // curves over f (book line 2762), a and c as variables of the graph, the surface's estimate and level c
        type(robot, root, "#curve-overlay", "b*sin(k*x), k = 1..3; x");
        robot.interact(() -> {
            find(robot, window, "#curve-graph-weight-a", CheckBox.class).setSelected(true);
            find(robot, window, "#curve-graph-weight-c", CheckBox.class).setSelected(true);
        });
        robot.interact(() -> {
            TextField h = find(robot, window, "#surface-estimate-h", TextField.class);
            h.setText("0.002");
            h.fireEvent(new javafx.event.ActionEvent());
            TextField c = find(robot, window, "#surface-level", TextField.class);
            c.setText("2.25");
            c.fireEvent(new javafx.event.ActionEvent());
            find(robot, window, "#surface-level-surface", CheckBox.class).setSelected(true);
        });
        SurfacesLab lab = (SurfacesLab) window.currentLabProperty().get();
        SurfacesLab.State saved = WaitForAsyncUtils.asyncFx(lab::state).get();
        assertEquals(new FunctionWorkspace.Values("a*sin(b*x) + c", PlotMode.CURVE, new Rectangle2D(-3, -2, 7, 4), 120,
                Map.of("a", 1.5, "b", 2.5, "c", -0.25), null), saved.function());
        assertEquals(new SurfaceOptions.Values("magma", true, true, false, true, null, "", 0.002, 0.1, true, 2.25),
                saved.display());
        assertEquals(new CurveOptions.Values(false, true, 1.25, 0.5, 2, 1.25, "b*sin(k*x), k = 1..3; x", "a,c"),
                saved.curve());

        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("curve.json"), StartupOptions.defaults());
        try {
            MainWindow fresh = trip.window();
            assertEquals(LabId.SURFACES, fresh.currentLabProperty().get().id());
            SurfacesLab restored = (SurfacesLab) fresh.currentLabProperty().get();
            assertEquals(saved, WaitForAsyncUtils.asyncFx(restored::state).get());
            // the controls show the restored state (a slider left at 1 would write 1 back on the next drag)
            assertEquals(2.5, find(robot, fresh, "#parameter-b", Slider.class).getValue());
            assertEquals(1.25, find(robot, fresh, "#curve-x0", Slider.class).getValue());
            assertTrue(find(robot, fresh, "#curve-second", CheckBox.class).isSelected());
            drawsTheSame(find(robot, window, "#curve-plot", PlotCanvas.class),
                    find(robot, fresh, "#curve-plot", PlotCanvas.class), "y = a*sin(b*x) + c");
            assertTrue(texts(find(robot, fresh, "#curve-plot", PlotCanvas.class)).contains("f″"), "f″ is drawn");
            assertFalse(texts(find(robot, fresh, "#curve-plot", PlotCanvas.class)).contains("f′"), "f′ is not");
            String readout = find(robot, window, "#curve-readout", Label.class).getText();
            assertTrue(readout.startsWith("x0 = 1.25"), readout);
            assertEquals(readout, find(robot, fresh, "#curve-readout", Label.class).getText());
            assertEquals(find(robot, window, "#newton-readout", Label.class).getText(),
                    find(robot, fresh, "#newton-readout", Label.class).getText());
            assertTrue(texts(find(robot, fresh, "#curve-plot", PlotCanvas.class)).containsAll(List.of("k = 1", "k = 3")),
                    "the overlaid family is drawn with its legend");
            assertTrue(find(robot, fresh, "#curve-graph-weight-c", CheckBox.class).isSelected());
            String partials = find(robot, fresh, "#curve-graph-partials", Label.class).getText();
            assertTrue(partials.contains("∂F/∂a") && partials.contains("∂F/∂c = 1 (backward), 1 (forward)"), partials);
            assertEquals(find(robot, window, "#curve-graph-partials", Label.class).getText(), partials);
            assertEquals("2.25", find(robot, fresh, "#surface-level", TextField.class).getText());
        } finally {
            trip.close();
        }
    }

    @Test
    void levelSetsWithTheirOptionsAndPickedPointComeBackInAFreshWindow(FxRobot robot) throws Exception {
        MainWindow window = english.window();
        Node root = window.stage().getScene().getRoot();
        robot.clickOn("#nav-surfaces");
        type(robot, root, "#formula-field", "x^2 + 3*y^2 + a*x*y");
        robot.interact(() -> find(robot, window, "#parameter-a", Slider.class).setValue(0.5));
        robot.clickOn("#nav-level-sets");
        robot.interact(() -> {
            find(robot, window, "#level-count", Slider.class).setValue(20);
            find(robot, window, "#levels-density", Slider.class).setValue(24);
            find(robot, window, "#levels-resolution", Slider.class).setValue(120);
            ((ComboBox<ColorMap>) find(robot, window, "#levels-colormap", ComboBox.class)).setValue(ColorMap.BLUES);
            find(robot, window, "#levels-filled", CheckBox.class).setSelected(false);
            find(robot, window, "#levels-labels", CheckBox.class).setSelected(false);
            find(robot, window, "#levels-field", CheckBox.class).setSelected(false);
            find(robot, window, "#levels-steepest", CheckBox.class).setSelected(false);
        });
        type(robot, root, "#user-levels", "0.5, 1, 2, 4");
        robot.interact(() -> find(robot, window, "#contour-map", PlotCanvas.class).onDataClickedProperty().get()
                .accept(new Point2D(0.75, -0.5)));   // what a click on the map does
        type(robot, root, "#levels-direction-h", "0.6");
        type(robot, root, "#levels-direction-k", "-0.8");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<deepmath.calculus.MinimumSearch.Method> method =
                    find(robot, window, "#levels-search-method", ComboBox.class);
            method.setValue(deepmath.calculus.MinimumSearch.Method.SLICES);
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> size = find(robot, window, "#levels-search-size",
                    javafx.scene.control.Spinner.class);
            size.getValueFactory().setValue(6);
            find(robot, window, "#levels-search-run", javafx.scene.control.Button.class).fire();
        });
        LevelSetsLab lab = (LevelSetsLab) window.currentLabProperty().get();
        LevelSetsLab.State saved = WaitForAsyncUtils.asyncFx(lab::state).get();
        assertEquals(new LevelSetOptions.Values(20, "0.5, 1, 2, 4", false, false, "blues", 120, false, 24, false,
                true, 0.6, -0.8, "SLICES", 6, true), saved.levels());
        assertEquals(new Point2D(0.75, -0.5), saved.function().picked());
        assertNotEquals(LevelSetOptions.Values.DEFAULT, saved.levels());

        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("levels.json"), StartupOptions.defaults());
        try {
            MainWindow fresh = trip.window();
            assertEquals(LabId.LEVEL_SETS, fresh.currentLabProperty().get().id());
            LevelSetsLab restored = (LevelSetsLab) fresh.currentLabProperty().get();
            assertEquals(saved, WaitForAsyncUtils.asyncFx(restored::state).get());
            assertEquals("0.5, 1, 2, 4", find(robot, fresh, "#user-levels", TextField.class).getText());
            assertEquals(20, find(robot, fresh, "#level-count", Slider.class).getValue());
            drawsTheSame(find(robot, window, "#contour-map", PlotCanvas.class),
                    find(robot, fresh, "#contour-map", PlotCanvas.class), "f(x, y) = x^2 + 3*y^2 + a*x*y");
            Label readout = find(robot, fresh, "#levels-readout", Label.class);
            assertEquals(find(robot, window, "#levels-readout", Label.class).getText(), readout.getText());
            // f(0.75, −0.5) = 0.5625 + 0.75 − 0.1875 = 1.125
            assertTrue(readout.getText().contains("f = 1.125"), readout.getText());
            for (String id : List.of("#levels-directional-readout", "#levels-search-readout")) {
                String text = find(robot, fresh, id, Label.class).getText();
                assertFalse(text.isEmpty(), id);
                assertEquals(find(robot, window, id, Label.class).getText(), text, id);
            }
            // ∇f(0.75, −0.5) = (2x + ay, 6y + ax) = (1.25, −2.625); D_v f = 0.6·1.25 + 0.8·2.625 = 2.85
            assertTrue(find(robot, fresh, "#levels-directional-readout", Label.class).getText().contains("= 2.85\n"),
                    find(robot, fresh, "#levels-directional-readout", Label.class).getText());
        } finally {
            trip.close();
        }
    }

    /** A session written before the display options were kept (version 1 all the same) still opens. */
    @Test
    void aSessionWithoutTheDisplayOptionsOpensWithTheirDefaults() throws Exception {
        Path file = folder.resolve("older.json");
        Files.writeString(file, """
                {"format": "deepmath-lab-session", "version": 1, "activeLab": "surfaces", "language": "en",
                 "labs": {"surfaces": {"formula": "x*y", "mode": "surface", "window": [-1, 3, -2, 2],
                                       "resolution": 80, "parameters": {}, "picked": [0.5, 1]},
                          "level-sets": {}}}
                """);
        MainWindow window = english.window();
        var task = WaitForAsyncUtils.asyncFx(() -> window.openSession(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        WaitForAsyncUtils.waitForFxEvents();
        SurfacesLab lab = (SurfacesLab) window.currentLabProperty().get();
        SurfacesLab.State state = WaitForAsyncUtils.asyncFx(lab::state).get();
        assertEquals(new FunctionWorkspace.Values("x*y", PlotMode.SURFACE, new Rectangle2D(-1, -2, 4, 4), 80, Map.of(),
                new Point2D(0.5, 1)), state.function());
        assertEquals(SurfaceOptions.Values.DEFAULT, state.display());
        assertEquals(80, WaitForAsyncUtils.asyncFx(() -> english.window().stage().getScene().getRoot()
                .lookup("#resolution")).get() instanceof Slider s ? s.getValue() : -1, "the slider shows it");
    }
}
