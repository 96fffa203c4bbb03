package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.app.descent.ScreenPixels;
import deepmath.app.shell.EnglishWindow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network lab's live tables reached by navigation, painted by the real window system (Glass under Xvfb):
 * the descent lab's table once kept painting its first row after navigation while its cells were right
 * (issue 15), so every table that grows while the user steps is checked on screen, not only in the scene graph.
 */
@Tag("gl")
@ExtendWith(ApplicationExtension.class)
class NetworkIteratesPaintGlTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    /** Opened from the descent lab by Ctrl+4, the σ neuron on the book's 20 points (line 10397), three steps. */
    @SuppressWarnings("unchecked")
    private void openTheSigmaNeuronAndStep(FxRobot robot, int steps) {
        robot.clickOn("#nav-descent");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#network-presets").queryAs(ComboBox.class).setValue("sigmoid-neuron-20"));
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 0; k < steps; k++) {
            robot.clickOn("#network-step");
        }
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIteratesTableOnScreenShowsEveryStep(FxRobot robot) {
        openTheSigmaNeuronAndStep(robot, 3);
        TableView<IterateTable.Row> table = robot.lookup("#network-iterates").queryAs(TableView.class);
        assertEquals(3, table.getItems().size(), "P0, P1, P2 in the table's items");
        ScreenPixels.assertScreenShows(robot, table);
    }

    /** The Explain tab (one line per weight: value, ∂E/∂w, the change) follows the steps on screen too. */
    @Test
    void theExplainTableOnScreenFollowsTheSteps(FxRobot robot) {
        openTheSigmaNeuronAndStep(robot, 0);
        robot.interact(() -> {
            javafx.scene.control.TabPane views = robot.lookup("#network-training-views").queryAs(javafx.scene.control.TabPane.class);
            views.getTabs().stream().filter(t -> "network-explain-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> views.getSelectionModel().select(t));
        });
        for (int k = 0; k < 2; k++) {
            robot.clickOn("#network-step");
        }
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#network-explain").queryAs(TableView.class);
        assertEquals(false, table.getItems().isEmpty(), "the weights explained after two steps");
        // the table sits in a pane that scrolls sideways when it is wider than the tab (TableHeaders.scrolling): the
        // screen shows that pane's viewport, so the pane is what is compared (its snapshot draws the table inside)
        javafx.scene.Node shown = table;
        while (shown.getParent() != null && !(shown instanceof javafx.scene.control.ScrollPane)) {
            shown = shown.getParent();
        }
        ScreenPixels.assertScreenShows(robot, shown instanceof javafx.scene.control.ScrollPane ? shown : table);
    }
}
