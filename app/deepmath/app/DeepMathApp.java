package deepmath.app;

import deepmath.app.lab.LabId;
import deepmath.app.settings.Settings;
import deepmath.app.shell.EngineStatus;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.StartupOptions;
import deepmath.viz.export.PngExport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the main window first, then loads the numeric engine in the background.
 * Named parameters (set by {@code deepmath-lab gui}): {@code --lab}, {@code --language}, {@code --session},
 * {@code --screenshot}, {@code --screenshot-delay-ms}; flag {@code --exit-when-shown}.
 */
public final class DeepMathApp extends Application {

    public static void launchWindow(String[] parameters) {
        Application.launch(DeepMathApp.class, parameters);
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = options(getParameters().getNamed(), getParameters().getUnnamed());
        MainWindow window = new MainWindow(stage, Settings.forUser(), options);
        window.show();
        window.startEngine();
        options.session().ifPresent(window::openSession);
        if (options.exitWhenShown()) {
            reportStartUp(stage, window);
        }
        options.screenshot().ifPresent(file -> after(options.screenshotDelay(), () -> whenSettled(window, () -> {
            try {
                PngExport.write(stage.getScene().snapshot(null), file);
                System.out.println("screenshot=" + file.toAbsolutePath());
            } catch (Exception e) {
                System.err.println("deepmath-lab: screenshot failed: " + e.getMessage());
            }
            exit();
        })));
    }

    /**
     * Runs {@code action} once the engine has finished loading (or failed) and no background task runs, polled
     * every 100 ms for at most {@link #SETTLE_LIMIT}: a screenshot taken while ND4J still loads shows panes that
     * wait for it (the digits' probabilities, a session's results) empty. A further 300 ms lets the last results
     * be drawn.
     */
    private static void whenSettled(MainWindow window, Runnable action) {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            boolean loading = window.engine().stateProperty().get() == EngineStatus.State.LOADING;
            if ((loading || !window.tasks().running().isEmpty()) && System.nanoTime() < deadline) {
                after(Duration.ofMillis(100), poll[0]);
            } else {
                after(Duration.ofMillis(300), action);
            }
        };
        poll[0].run();
    }

    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(60);

    /**
     * {@code --exit-when-shown}: prints the time from JVM start to the frame's first pulse
     * ({@code window_shown_ms}) and to the first pulse that lays out the first lab ({@code lab_shown_ms}),
     * then quits.
     */
    private static void reportStartUp(Stage stage, MainWindow window) {
        long[] frame = {-1};
        after(Duration.ofMillis(1), () -> {
            frame[0] = sinceJvmStart();
            System.out.println("window_shown_ms=" + frame[0] + " window_shown_cpu_ms=" + processCpuMillis());
        });
        Runnable labShown = () -> afterPulse(stage.getScene(), () -> {
            System.out.println("lab_shown_ms=" + sinceJvmStart() + " lab_shown_cpu_ms=" + processCpuMillis());
            if (frame[0] < 0) {
                System.out.println("window_shown_ms=" + sinceJvmStart());
            }
            exit();
        });
        if (window.currentLabProperty().get() != null) {
            labShown.run();
        } else {
            window.currentLabProperty().addListener((obs, old, now) -> labShown.run());
        }
    }

    /** CPU time the process has used (all threads): what a busy machine cannot inflate, unlike wall time. */
    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void afterPulse(javafx.scene.Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
    }

    private static StartupOptions options(Map<String, String> named, java.util.List<String> unnamed) {
        return new StartupOptions(
                Optional.ofNullable(named.get("lab")).flatMap(LabId::fromKey),
                Optional.ofNullable(named.get("language")).map(Locale::forLanguageTag),
                Optional.ofNullable(named.get("session")).map(Path::of),
                unnamed.contains("--exit-when-shown"),
                Optional.ofNullable(named.get("screenshot")).map(Path::of),
                Duration.ofMillis(Long.parseLong(named.getOrDefault("screenshot-delay-ms", "4000"))));
    }
}
