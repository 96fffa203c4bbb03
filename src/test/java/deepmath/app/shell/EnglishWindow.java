package deepmath.app.shell;

import deepmath.app.settings.Settings;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab's real main window in English for a TestFX test, with settings in a throw-away preferences node so that
 * tests neither see nor leave a user's settings. TestFX only runs the test class's own {@code @Start} method, so
 * each test calls {@link #open} from there and {@link #close} after each test.
 */
public final class EnglishWindow {
    private final Preferences preferences;
    private final MainWindow window;

    private EnglishWindow(Preferences preferences, MainWindow window) {
        this.preferences = preferences;
        this.window = window;
    }

    /**
     * Shows the window on {@code stage} and starts the numeric engine, as the application does, with its first
     * lab (Surfaces) already shown.
     */
    public static EnglishWindow open(Stage stage) {
        Preferences preferences = Preferences.userRoot().node("deepmath-lab-test-" + UUID.randomUUID());
        MainWindow window = new MainWindow(stage, new Settings(preferences),
                StartupOptions.defaults().withLanguage(Locale.ENGLISH));
        window.show();
        // The application builds its first lab after the frame's first pulse; tests start from it at once.
        window.showFirstLab();
        window.startEngine();
        return new EnglishWindow(preferences, window);
    }

    public MainWindow window() {
        return window;
    }

    /** The test's own settings node (what the window remembers). */
    public Preferences preferences() {
        return preferences;
    }

    /** Hides the dialogs a test left open (they would take the next test's clicks) and forgets the settings. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != window.stage()).toList().forEach(Window::hide)).get();
        preferences.removeNode();
    }
}
