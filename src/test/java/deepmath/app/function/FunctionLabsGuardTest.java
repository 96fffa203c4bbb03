package deepmath.app.function;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.ui.GuardDriver;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two UI guards (every text translated, nothing clipped; both languages, default size and
 * 1280×800) on the states of the function labs that the plain lab walk does not reach: the curve mode with
 * Newton's iterates, the surface after a critical-point search with a forward-mode variable, a formula that
 * does not parse, and the level sets with a list of levels that does not read; the curves over f with a family
 * that does not read and the weights as variables of the graph (book line 8237), the level surface of a function of
 * three variables (line 7066), and the level sets after a search for the minimum (line 3097).
 */
@ExtendWith(ApplicationExtension.class)
class FunctionLabsGuardTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private static void typeFormula(FxRobot robot, String text) {
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.getOnAction().handle(new javafx.event.ActionEvent());
        });
    }

    @Test
    void curveModeWithNewtonsIterates(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x^3 - 100");
        Button step = robot.lookup("#newton-step").queryAs(Button.class);
        for (int k = 0; k < 4; k++) {
            robot.interact(step::fire);
        }
        Label newton = robot.lookup("#newton-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> newton.getText().contains("x4 ="));
        new GuardDriver(english.window()).lab(LabId.SURFACES).assertClean();
    }

    @Test
    void curveWithWeightsAsVariablesAndAFamilyThatDoesNotRead(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "ln(c*(a*x + b)^2)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#curve-graph-weight-c").tryQuery().isPresent());
        robot.interact(() -> {
            for (String name : new String[] {"a", "b", "c"}) {
                robot.lookup("#curve-graph-weight-" + name).queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            }
            TextField overlay = robot.lookup("#curve-overlay").queryAs(TextField.class);
            overlay.setText("k*x, k = 4..1");
            overlay.getOnAction().handle(new javafx.event.ActionEvent());
        });
        Label partials = robot.lookup("#curve-graph-partials").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> partials.getText().contains("∂F/∂c"));
        Label error = robot.lookup("#curve-overlay-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        new GuardDriver(english.window()).lab(LabId.SURFACES).assertClean();
    }

    @Test
    void theLevelSurfaceOfAFunctionOfThreeVariablesWithZAsAWeight(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x^2 + y^2 + z^2");
        robot.interact(() -> robot.lookup("#surface-level-surface").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#graph-weight-z").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#graph-weight-z").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        Label status = robot.lookup("#surface-level-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("triangles"));
        Label partials = robot.lookup("#graph-partials").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> partials.getText().contains("∂F/∂z"));
        new GuardDriver(english.window()).lab(LabId.SURFACES).assertClean();
    }

    @Test
    void levelSetsAfterASearchForTheMinimum(FxRobot robot) throws Exception {
        robot.clickOn("#nav-level-sets");
        robot.interact(() -> robot.lookup("#levels-search-run").queryAs(Button.class).fire());
        Label result = robot.lookup("#levels-search-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !result.getText().isEmpty());
        new GuardDriver(english.window()).lab(LabId.LEVEL_SETS).assertClean();
    }

    @Test
    void surfaceAfterACriticalPointSearchWithForwardMode(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        Button newton = robot.lookup("#newton-critical").queryAs(Button.class);
        robot.interact(newton::fire);
        @SuppressWarnings("unchecked")
        ComboBox<String> forward = robot.lookup("#forward-variable").queryAs(ComboBox.class);
        robot.interact(() -> forward.setValue("x"));
        Label readout = robot.lookup("#point-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !readout.getText().isEmpty());
        new GuardDriver(english.window()).lab(LabId.SURFACES).assertClean();
    }

    @Test
    void aFormulaThatDoesNotParse(FxRobot robot) throws Exception {
        robot.clickOn("#nav-surfaces");
        typeFormula(robot, "x*(y");
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        new GuardDriver(english.window()).lab(LabId.SURFACES).assertClean();
    }

    @Test
    void levelSetsWithAPickedPointAndABadLevelList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-level-sets");
        TextField levels = robot.lookup("#user-levels").queryAs(TextField.class);
        robot.interact(() -> {
            levels.setText("0, 0.1, 1x");
            levels.getOnAction().handle(new javafx.event.ActionEvent());
        });
        new GuardDriver(english.window()).lab(LabId.LEVEL_SETS).assertClean();
        robot.interact(() -> {
            levels.setText("");
            levels.getOnAction().handle(new javafx.event.ActionEvent());
        });
        new GuardDriver(english.window()).lab(LabId.LEVEL_SETS).assertClean();
    }
}
