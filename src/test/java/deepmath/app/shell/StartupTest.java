package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up as the application does it (not through {@link EnglishWindow}): the frame first, its first lab on
 * the next pulse, the other labs' panels only when opened — a session save creates their state, not panels.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    private Preferences preferences;
    private MainWindow window;
    private boolean labShownWithTheFrame;
    private Set<LabId> builtWithTheFrame;
    private int tasksWithTheFrame;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("deepmath-lab-test-" + UUID.randomUUID());
        window = new MainWindow(stage, new Settings(preferences), StartupOptions.defaults()
                .withLanguage(Locale.ENGLISH));
        window.show();
        window.startEngine();
        // What the first pulse will draw: the frame, with no lab built yet and the engine not loading yet.
        labShownWithTheFrame = window.currentLabProperty().get() != null;
        builtWithTheFrame = window.builtLabs();
        tasksWithTheFrame = window.tasks().running().size();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private Set<LabId> built() throws Exception {
        return WaitForAsyncUtils.asyncFx(window::builtLabs).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theFrameShowsBeforeAnyLabIsBuiltThenTheFirstLabAlone() throws Exception {
        assertTrue(!labShownWithTheFrame && builtWithTheFrame.isEmpty(), builtWithTheFrame.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.currentLabProperty().get() != null);
        assertEquals(LabId.SURFACES, window.currentLabProperty().get().id());
        assertEquals(EnumSet.of(LabId.SURFACES), built());
    }

    @Test
    void theEngineLoadsOnceTheFirstLabIsDrawnNotBefore() throws Exception {
        assertEquals(0, tasksWithTheFrame, "the engine waited for the first lab");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.engine().readyProperty().get());
        assertTrue(window.currentLabProperty().get() != null);
    }

    @Test
    void anotherLabIsBuiltWhenFirstOpenedAndOnlyThen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.currentLabProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> window.selectLab(LabId.DESCENT)).get(10, TimeUnit.SECONDS);
        assertEquals(EnumSet.of(LabId.SURFACES, LabId.DESCENT), built());
        assertEquals(LabId.DESCENT, window.currentLabProperty().get().id());
    }

    @Test
    void savingASessionRecordsEveryLabWithoutBuildingTheirPanels() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.currentLabProperty().get() != null);
        Path file = folder.resolve("start.json");
        var saving = WaitForAsyncUtils.asyncFx(() -> window.saveSession(file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(saving::isDone).get());
        String json = Files.readString(file);
        for (LabId id : LabId.values()) {
            assertTrue(json.contains("\"" + id.key() + "\""), id + " in " + json);
        }
        assertEquals(EnumSet.of(LabId.SURFACES), built());
    }

    @Test
    void aLabChosenBeforeTheFirstPulseIsNotReplacedByTheFirstLab() throws Exception {
        // E.g. a session given on the command line opens its lab while the frame is still being drawn.
        Preferences other = Preferences.userRoot().node("deepmath-lab-test-" + UUID.randomUUID());
        MainWindow second = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(new Stage(), new Settings(other), StartupOptions.defaults()
                    .withLanguage(Locale.ENGLISH));
            w.show();
            w.selectLab(LabId.NETWORK);
            return w;
        }).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(LabId.NETWORK, second.currentLabProperty().get().id());
            assertEquals(EnumSet.of(LabId.NETWORK), WaitForAsyncUtils.asyncFx(second::builtLabs).get());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> second.stage().hide()).get();
            other.removeNode();
        }
    }
}
