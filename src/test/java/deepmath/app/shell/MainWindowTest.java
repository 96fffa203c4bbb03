package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (Monocle): navigation, language, engine, sessions, export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();
    private MainWindow window;

    @TempDir
    Path folder;

    @BeforeEach
    void fromTheWindow() {
        window = english.window();
    }

    private LabId shownLab() {
        return window.currentLabProperty().get().id();
    }

    @Test
    void everyLabCanBeVisitedFromTheNavigation(FxRobot robot) {
        for (LabId id : LabId.values()) {
            robot.clickOn("#nav-" + id.key());
            assertEquals(id, shownLab());
            assertTrue(robot.lookup("#lab-content").queryParent().getChildrenUnmodifiable()
                    .contains(window.currentLabProperty().get().view()));
            ToggleButton button = robot.lookup("#nav-" + id.key()).queryAs(ToggleButton.class);
            assertTrue(button.isSelected());
            assertTrue(window.stage().getTitle().endsWith(button.getText()), window.stage().getTitle());
        }
    }

    @Test
    void shortcutsGoToTheNthLab(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(LabId.DESCENT, shownLab());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals(LabId.DIGITS, shownLab());
    }

    @Test
    void languageSwitchesLiveFromTheMenu(FxRobot robot) {
        ToggleButton levelSets = robot.lookup("#nav-level-sets").queryAs(ToggleButton.class);
        assertEquals("Level sets", levelSets.getText());
        robot.clickOn("Language").clickOn("Français");
        assertEquals("Lignes de niveau", levelSets.getText());
        assertEquals("Langue : français", robot.lookup("#status-message").queryAs(Label.class).getText());
        assertEquals("fr", english.preferences().get("language", null), "the choice is remembered");
        robot.clickOn("#nav-convolution");
        assertEquals("Identité", robot.lookup("#conv-kernel-preset").queryAs(javafx.scene.control.ComboBox.class)
                .getButtonCell().getText());
        robot.clickOn("Langue").clickOn("English");
        assertEquals("Level sets", levelSets.getText());
        assertTrue(window.stage().getTitle().endsWith("Convolution"));
    }

    @Test
    void theWindowIsUpBeforeTheEngineAndTheStatusBarSaysWhenItIsReady(FxRobot robot) throws Exception {
        assertTrue(window.stage().isShowing());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.engine().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ND4J ready", robot.lookup("#engine-status").queryAs(Label.class).getText());
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Numeric engine ready: CpuBackend"), status);
        // Which OpenBLAS runs (BlasLibrary), in words from the bundle.
        String library = window.engine().info().blasLibrary();
        assertTrue(java.util.Set.of("bundled", "system").contains(library), library);
        assertTrue(status.contains(library.equals("system") ? "(the system’s library)" : "(bundled with the lab)"), status);
    }

    @Test
    void aSavedSessionReopensOnItsLab(FxRobot robot) throws Exception {
        Path file = folder.resolve("lesson.json");
        // The engine's "ready" message would replace "Session opened" if it came last.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.engine().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-descent");
        var saving = WaitForAsyncUtils.asyncFx(() -> window.saveSession(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(saving::isDone).get());
        assertTrue(Files.readString(file).contains("\"format\" : \"deepmath-lab-session\""));

        robot.clickOn("#nav-surfaces");
        assertEquals(LabId.SURFACES, shownLab());
        WaitForAsyncUtils.asyncFx(() -> window.openSession(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownLab() == LabId.DESCENT);
        // The lab switches before the status line is written: wait for both.
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Session opened"));
    }

    @Test
    void aCorruptSessionShowsAnErrorAndChangesNothing(FxRobot robot) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"deepmath-lab-session\", \"version\": 1, \"activeLab\": \"descent\", ");
        robot.clickOn("#nav-network");
        var before = window.currentLabProperty().get();
        WaitForAsyncUtils.asyncFx(() -> window.openSession(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery().isPresent());
        var dialog = robot.lookup(".error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("Open session failed", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("'broken.json' is damaged: not valid JSON"),
                dialog.getContentText());
        assertSame(before, window.currentLabProperty().get());
    }

    @Test
    void theCurrentViewExportsAsPng() throws Exception {
        Path file = folder.resolve("view.png");
        var task = WaitForAsyncUtils.asyncFx(() -> window.exportView(file)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        assertTrue(Files.exists(file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    @EnglishWindow.WithoutDefaultModel   // no GPT-2 loading in the background: quitting has no task to confirm
    void quittingRemembersThePlacementAndTheLab(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attention");
        WaitForAsyncUtils.asyncFx((Runnable) window::quit).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.stage().isShowing());
        assertEquals("attention", english.preferences().get("lab.last", null));
        assertTrue(english.preferences().getDouble("window.width", -1) > 0);
    }
}
