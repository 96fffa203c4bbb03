package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session's round trip for the labs' tests: File > Save session in one window, then File > Open session of
 * that file in a fresh window (its own settings, in English), as a reader would on another day. The test
 * compares the labs' state objects (and what they draw) between the two windows, then {@linkplain #close closes}
 * the fresh one.
 */
public final class SessionRoundTrip {
    private final EnglishWindow fresh;
    private final String json;

    private SessionRoundTrip(EnglishWindow fresh, String json) {
        this.fresh = fresh;
        this.json = json;
    }

    /** Saves {@code from}'s session to {@code file}, opens a fresh window and opens the session in it. */
    public static SessionRoundTrip of(MainWindow from, Path file, StartupOptions options) throws Exception {
        assertEquals(List.of(), dialogs(from, null), "no error dialog before saving the session");
        succeeds(WaitForAsyncUtils.asyncFx(() -> from.saveSession(file)).get(), "saving the session");
        String json = Files.readString(file);
        EnglishWindow fresh = WaitForAsyncUtils.asyncFx(() -> EnglishWindow.open(new Stage(), options)).get();
        WaitForAsyncUtils.waitForFxEvents();
        succeeds(WaitForAsyncUtils.asyncFx(() -> fresh.window().openSession(file)).get(), "opening the session");
        WaitForAsyncUtils.waitForFxEvents();
        // A lab that refuses its part reports it in an error dialog: none may be open.
        assertEquals(List.of(), dialogs(from, fresh.window()), "no error dialog after opening the session");
        return new SessionRoundTrip(fresh, json);
    }

    /** The dialogs (an error's header and text) open beside the windows. */
    private static List<String> dialogs(MainWindow from, MainWindow fresh) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w != from.stage()
                        && (fresh == null || w != fresh.stage()))
                .map(w -> w.getScene().getRoot() instanceof javafx.scene.control.DialogPane d
                        ? d.getHeaderText() + ": " + d.getContentText() : w.getScene().getRoot().toString())
                .toList()).get();
    }

    private static void succeeds(Task<?> task, String what) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        assertEquals(Worker.State.SUCCEEDED, WaitForAsyncUtils.asyncFx(task::getState).get(),
                what + " failed: " + WaitForAsyncUtils.asyncFx(task::getException).get());
    }

    /** The node {@code id} of {@code window} (the other window has one of the same id). */
    public static <T extends javafx.scene.Node> T find(org.testfx.api.FxRobot robot, MainWindow window, String id,
                                                       Class<T> type) {
        return robot.from(window.stage().getScene().getRoot()).lookup(id).queryAs(type);
    }

    /** The window the session was opened in. */
    public MainWindow window() {
        return fresh.window();
    }

    /** The session file as written (for tests that check what it holds). */
    public String json() {
        return json;
    }

    /** Closes the fresh window and forgets its settings. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fresh.window().stage().hide()).get();
        fresh.preferences().removeNode();
    }
}
