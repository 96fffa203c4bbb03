package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.descent.StepSchedule;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The schedule menu of the descent lab: the book's decreasing steps (ch. 8 §2.1, lines 9154–9182) in the table. */
@ExtendWith(ApplicationExtension.class)
class DescentScheduleLabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void theLinearScheduleHalvesThenThirdsTheStepInTheTable(FxRobot robot) {
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(DescentPreset.byId("book-2-1")));
        DescentControls controls = robot.lookup(".control-column").queryAs(DescentControls.class);
        assertFalse(controls.scheduleParameter.isVisible(), "a constant step takes no parameter");
        robot.interact(() -> controls.schedule.setValue(StepSchedule.Kind.LINEAR));
        assertFalse(controls.scheduleParameter.isVisible(), "the linear decrease takes no parameter");
        assertEquals("Linear decrease", controls.schedule.getButtonCell().getText());
        for (int i = 0; i < 2; i++) {
            robot.clickOn("#descent-step-button");
        }
        @SuppressWarnings("unchecked")
        TableView<Iterate> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size(), "P(0) and two steps");
        double d0 = 0.2; // the preset's δ0 (book line 8920)
        Iterate p0 = table.getItems().get(0);
        Iterate p1 = table.getItems().get(1);
        Iterate p2 = table.getItems().get(2);
        // line 9156: δ0 = δ0/1, then δ1 = δ0/2
        assertArrayEquals(minus(p0.point(), d0 / 1, p0.gradient()), p1.point(), 1e-12);
        assertArrayEquals(minus(p1.point(), d0 / 2, p1.gradient()), p2.point(), 1e-12);
        // by hand, grad f = (2a, 6b): (2, 1) − 0.2·(4, 6) = (1.2, −0.2); then − 0.1·(2.4, −1.2) = (0.96, −0.08)
        assertArrayEquals(new double[] {1.2, -0.2}, p1.point(), 1e-12);
        assertArrayEquals(new double[] {0.96, -0.08}, p2.point(), 1e-12);
        String readout = robot.lookup("#descent-status").queryAs(Label.class).getText();
        assertTrue(readout.contains("next step δk = " + deepmath.expr.Numbers.format(d0 / 3, 6)), readout);
    }

    @Test
    void theExponentialScheduleShowsItsBetaAndTakesIt(FxRobot robot) {
        robot.clickOn("#nav-descent");
        DescentControls controls = robot.lookup(".control-column").queryAs(DescentControls.class);
        robot.interact(() -> controls.schedule.setValue(StepSchedule.Kind.EXPONENTIAL));
        assertTrue(controls.scheduleParameter.isVisible());
        assertEquals(0.1, controls.scheduleParameter.getValue(), 0);
        robot.interact(() -> controls.scheduleParameter.setValue(0.5));
        assertEquals("constant β = 0.5", controls.scheduleParameter.getButtonCell().getText());
        // β's row pushes Step below a small window's edge: the user scrolls the controls down to it
        javafx.scene.control.ScrollPane scroll = robot.lookup("#lab-descent .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.clickOn("#descent-step-button");
        robot.clickOn("#descent-step-button");
        @SuppressWarnings("unchecked")
        TableView<Iterate> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        Iterate p1 = table.getItems().get(1);
        double d0 = controls.step();
        // line 9172: δ1 = δ0·e^(−β)
        assertArrayEquals(minus(p1.point(), d0 * Math.exp(-0.5), p1.gradient()), table.getItems().get(2).point(), 1e-9);
        robot.interact(() -> controls.schedule.setValue(StepSchedule.Kind.KERAS));
        assertEquals(1e-4, controls.scheduleParameter.getValue(), 0, "keras starts from the book's usual α");
        assertTrue(controls.scheduleParameter.getButtonCell().getText().startsWith("α (the decay) = "),
                controls.scheduleParameter.getButtonCell().getText());
    }

    private static double[] minus(double[] p, double step, double[] g) {
        double[] q = p.clone();
        for (int i = 0; i < q.length; i++) {
            q[i] -= step * g[i];
        }
        return q;
    }
}
