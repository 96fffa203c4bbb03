package deepmath.app.shell;

import deepmath.app.settings.Settings;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab's real main window in English for a TestFX test, with settings in a throw-away preferences node so that
 * tests neither see nor leave a user's settings. A TestFX test class (with {@code ApplicationExtension}) gets one
 * per test from {@link #perTest}; a test that builds more on the stage calls {@link #open} from its own
 * {@code @Start} method and {@link #close} after each test.
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
        return open(stage, StartupOptions.defaults());
    }

    /** As {@link #open(Stage)}, with {@code options} (in English whatever their language). */
    public static EnglishWindow open(Stage stage, StartupOptions options) {
        Preferences preferences = Preferences.userRoot().node("deepmath-lab-test-" + UUID.randomUUID());
        MainWindow window = new MainWindow(stage, new Settings(preferences), options.withLanguage(Locale.ENGLISH));
        window.show();
        // The application builds its first lab after the frame's first pulse; tests start from it at once.
        window.showFirstLab();
        window.startEngine();
        return new EnglishWindow(preferences, window);
    }

    /**
     * A JUnit 5 extension, registered on an instance field after the class's {@code ApplicationExtension}
     * ({@code @RegisterExtension final EnglishWindow.PerTest english = EnglishWindow.perTest();}): before each
     * test it opens the window on TestFX's primary stage, as a {@code @Start} method calling {@link #open}
     * does, and after each test it {@linkplain #close closes} it.
     */
    public static PerTest perTest() {
        return new PerTest();
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

    /**
     * On a test method or class using {@link #perTest}: the attention lab starts empty instead of opening GPT-2
     * ({@link StartupOptions#withoutDefaultModel}), for tests of the empty viewer or of a window with nothing
     * running.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface WithoutDefaultModel {
    }

    /** See {@link #perTest}. */
    public static final class PerTest implements BeforeEachCallback, AfterEachCallback {
        private EnglishWindow english;
        private Stage stage;

        private PerTest() {
        }

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            stage = FxToolkit.registerPrimaryStage();
            boolean empty = context.getTestMethod().map(m -> m.isAnnotationPresent(WithoutDefaultModel.class))
                    .orElse(false) || context.getRequiredTestClass().isAnnotationPresent(WithoutDefaultModel.class);
            StartupOptions options = empty ? StartupOptions.defaults().withoutDefaultModel() : StartupOptions.defaults();
            english = WaitForAsyncUtils.asyncFx(() -> open(stage, options)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (english != null) {   // null when the window failed to open: that failure is the one to see
                english.close();
            }
        }

        public MainWindow window() {
            return english.window();
        }

        public Preferences preferences() {
            return english.preferences();
        }

        /** The stage the window is shown on. */
        public Stage stage() {
            return stage;
        }
    }
}
