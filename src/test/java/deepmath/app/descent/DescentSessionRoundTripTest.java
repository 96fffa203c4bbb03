package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.descent.ProblemKind;
import deepmath.optim.OptimizerKind;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: everything a user changes in the descent lab survives File > Save session and File > Open session in a
 * fresh window — the typed formula, the clicked start, added data points, the method with δ and μ, the race, the
 * batch size and the steps made — compared as {@link DescentState}s, as table rows and as the drawn trajectories.
 */
@ExtendWith(ApplicationExtension.class)
class DescentSessionRoundTripTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();
    @TempDir
    Path folder;
    private EnglishWindow fresh;

    @AfterEach
    void closeFresh() throws Exception {
        if (fresh != null) {
            EnglishWindow f = fresh;
            WaitForAsyncUtils.asyncFx(() -> f.window().stage().hide()).get();
            // Not f.close(): it hides every other window, the test's own among them.
            f.preferences().removeNode();
        }
    }

    private static DescentPanel panel(deepmath.app.shell.MainWindow w) {
        return (DescentPanel) w.stage().getScene().lookup("#lab-descent");
    }

    @Test
    void aTypedFormulaAClickedStartAndTheMethodsSettingsComeBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-descent");
        TextField formula = robot.lookup("#descent-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("a^2 + 2*b^2 + a*b/2").type(KeyCode.ENTER);
        PlotCanvas map = robot.lookup("#descent-map").queryAs(PlotCanvas.class);
        robot.clickOn(map.localToScreen(map.transform().toPixels(-1.3, 1.1)));
        DescentControls c = panel(english.window()).controls();
        robot.interact(() -> {
            c.method.setValue(OptimizerKind.MOMENTUM);
            c.setStep(0.037);
            c.mu.setValue(0.55);
        });
        robot.clickOn("#race-adam");
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#descent-step-button");
        }
        DescentState saved = panel(english.window()).state();
        assertEquals("a^2 + 2*b^2 + a*b/2", saved.formulaText());
        assertEquals(-1.3, saved.startProperty().get()[0], 0.05, "the clicked start");
        assertEquals(OptimizerKind.MOMENTUM, saved.methodProperty().get());
        assertEquals(0.55, saved.muProperty().get(), 1e-12);
        assertEquals(0.037, saved.stepProperty().get(), 1e-6);
        assertEquals(Set.of(OptimizerKind.ADAM), saved.raceProperty().get());
        assertEquals(5, saved.stepsDone());

        DescentState restored = saveAndOpenInAFreshWindow(robot);
        assertEquals(saved, restored, () -> "saved " + saved + "\nrestored " + restored);
        assertSameFigures(robot, restored);
    }

    @Test
    void addedDataPointsAndTheBatchSizeComeBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-descent");
        DescentPanel panel = panel(english.window());
        DescentPreset regression = DescentPreset.all().stream().filter(p -> p.id().equals("regression-sgd"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(regression));
        assertEquals(ProblemKind.REGRESSION, panel.state().problemKind());
        PlotCanvas data = robot.lookup("#descent-data").queryAs(PlotCanvas.class);
        int before = panel.state().dataProperty().get().size();
        robot.clickOn(data.localToScreen(data.transform().toPixels(0.5, 4.2)));
        robot.clickOn(data.localToScreen(data.transform().toPixels(2.0, -0.5)));
        assertEquals(before + 2, panel.state().dataProperty().get().size(), "two points added by clicks");
        robot.interact(() -> panel.controls().batch.getValueFactory().setValue(4));
        Slider step = panel.controls().logStep;
        robot.interact(() -> step.setValue(Math.log10(0.03)));
        for (int i = 0; i < 7; i++) {
            robot.clickOn("#descent-step-button");
        }
        DescentState saved = panel.state();
        assertEquals(4, saved.batchProperty().get());
        assertEquals(7, saved.stepsDone());

        DescentState restored = saveAndOpenInAFreshWindow(robot);
        assertEquals(before + 2, restored.dataProperty().get().size());
        assertEquals(saved, restored, () -> "saved " + saved + "\nrestored " + restored);
        assertSameFigures(robot, restored);
    }

    /** Saves the session of the test's window, opens it in a new window, returns that window's descent state. */
    private DescentState saveAndOpenInAFreshWindow(FxRobot robot) throws Exception {
        Path file = folder.resolve("descent-session.json");
        Task<Path> saving = WaitForAsyncUtils.asyncFx(() -> english.window().saveSession(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(saving::isDone).get());
        assertTrue(Files.readString(file).contains("\"descent\""));

        fresh = WaitForAsyncUtils.asyncFx(() -> EnglishWindow.open(new Stage())).get();
        WaitForAsyncUtils.waitForFxEvents();
        DescentState before = WaitForAsyncUtils.asyncFx(() -> {
            fresh.window().selectLab(LabId.DESCENT);
            return panel(fresh.window()).state();
        }).get();
        DescentState original = panel(english.window()).state();
        assertNotEquals(original, before, "a fresh window starts elsewhere: the comparison below can fail");
        int revision = before.revisionProperty().get();
        var opening = WaitForAsyncUtils.asyncFx(() -> fresh.window().openSession(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(opening::isDone).get()
                && before.revisionProperty().get() != revision);
        WaitForAsyncUtils.waitForFxEvents();
        return panel(fresh.window()).state();
    }

    /** The fresh window's table and map show what the original's do. */
    private void assertSameFigures(FxRobot robot, DescentState restored) throws Exception {
        DescentPanel a = panel(english.window());
        DescentPanel b = panel(fresh.window());
        assertTrue(restored == b.state());
        List<Iterate> rowsA = table(a);
        List<Iterate> rowsB = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table(b))).get();
        assertEquals(a.state().primary().descent().iterates().size(), rowsA.size());
        assertTrue(DescentStateValues.sameIterates(rowsA, rowsB), "the same table rows");
        List<double[]> drawnA = drawnLines(a.map());
        List<double[]> drawnB = WaitForAsyncUtils.asyncFx(() -> drawnLines(b.map())).get();
        assertEquals(drawnA.size(), drawnB.size(), "as many lines on both maps");
        assertTrue(drawnA.size() >= a.state().runs().size(), "a line per run at least");
        for (int i = 0; i < drawnA.size(); i++) {
            assertArrayEquals(drawnA.get(i), drawnB.get(i), 1e-12, "line " + i + " of the map");
        }
        // Drawn on the same pixels: both windows have the default size, so both maps the same transform.
        var ta = a.map().transform();
        var tb = WaitForAsyncUtils.asyncFx(() -> b.map().transform()).get();
        assertEquals(List.of(ta.xMin(), ta.xMax(), ta.yMin(), ta.yMax()), List.of(tb.xMin(), tb.xMax(), tb.yMin(), tb.yMax()));
        assertEquals(pixels(a.map()), WaitForAsyncUtils.asyncFx(() -> pixels(b.map())).get(), "the same drawn pixels");
        List<String> legendA = legends(a.map());
        assertEquals(legendA, WaitForAsyncUtils.asyncFx(() -> legends(b.map())).get());
        assertTrue(legendA.stream().anyMatch(l -> l.endsWith("k = " + a.state().primary().descent().last().k())), legendA.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Iterate> table(DescentPanel panel) {
        return ((TableView<Iterate>) panel.lookup("#iterate-table")).getItems();
    }

    /** Each drawn line's data bounds {xMin, yMin, width, height}: where the trajectories (or circles) were drawn. */
    private static List<double[]> drawnLines(PlotCanvas map) {
        List<double[]> out = new ArrayList<>();
        for (PlotLayer layer : map.layers()) {
            if (layer instanceof LineLayer line && line.legend().isPresent()) {
                line.bounds().ifPresent(r -> out.add(new double[] {r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()}));
            }
        }
        return out;
    }

    private static List<Point2D> pixels(PlotCanvas map) {
        List<Point2D> out = new ArrayList<>();
        for (PlotLayer layer : map.layers()) {
            if (layer instanceof LineLayer line && line.legend().isPresent()) {
                out.addAll(line.coveredPixels(map.transform()));
            }
        }
        return out;
    }

    private static List<String> legends(PlotCanvas map) {
        return map.layers().stream().flatMap(l -> l.legend().stream()).map(e -> e.label()).toList();
    }
}
