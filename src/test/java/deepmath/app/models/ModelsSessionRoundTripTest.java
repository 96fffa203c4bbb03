package deepmath.app.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.SessionRoundTrip;
import deepmath.app.shell.StartupOptions;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The model builder through a session: an edited model, its data and settings and the tab come back in a fresh window. */
@ExtendWith(ApplicationExtension.class)
class ModelsSessionRoundTripTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;

    private static ModelsLab opened(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.selectLab(LabId.MODELS)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return (ModelsLab) window.currentLabProperty().get();
    }

    @Test
    void anEditedModelItsDataAndSettingsComeBackInAFreshWindow(FxRobot robot) throws Exception {
        MainWindow window = english.window();
        ModelsLab lab = opened(window);
        robot.interact(() -> {
            ModelsState state = lab.state();
            state.apply(deepmath.sequential.BookArchitectures.byKey("fit-two-variables").orElseThrow());
            state.layers().get(1).unitsProperty().set(16);
            state.layers().add(1, new LayerDraft("dropout"));
            state.layers().get(1).rateProperty().set(0.3);
            state.trainingProperty().set(state.trainingProperty().get().withOptimizer("adam").withEpochs(250));
            state.tabProperty().set(1);
        });
        ModelsState.Values saved = WaitForAsyncUtils.asyncFx(() -> lab.state().values()).get();
        assertEquals("", saved.preset(), "an edited book network is the user's own");
        assertEquals(DataChoice.Kind.FUNCTION, saved.data().kind());
        assertEquals("x*cos(y)", saved.data().formula());
        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("models.json"), StartupOptions.defaults());
        try {
            MainWindow fresh = trip.window();
            ModelsLab restored = opened(fresh);
            assertEquals(saved, WaitForAsyncUtils.asyncFx(() -> restored.state().values()).get());
            // 2 → 10 → dropout → 16 → 10 → 1: 30, 0, 176, 170, 11 parameters, as the fresh window's summary says
            assertEquals("Total: 387 parameters to learn (weights and biases), for inputs of shape (None, 2).",
                    SessionRoundTrip.find(robot, fresh, "#models-total", Label.class).getText());
        } finally {
            trip.close();
        }
    }
}
