package deepmath.app.function;

import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import deepmath.viz.export.PngExport;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Renders the labs' figures to PNG without the window: the same panels as the GUI, laid out off screen.
 * Contour maps need no display (Monocle's headless platform); 3D surfaces need OpenGL (Xvfb + es2).
 */
public final class FigureRenderer {
    public enum Kind { SURFACE, CONTOUR }

    private FigureRenderer() {
    }

    /** Must run before the JavaFX toolkit starts: picks the platform the figure needs. */
    public static void configureToolkit(Kind kind) {
        boolean hasDisplay = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        if (kind == Kind.SURFACE) {
            if (!hasDisplay) {
                throw new BadInputException("render surface needs a display with OpenGL for 3D: run it under "
                        + "xvfb-run (Linux) or from a desktop session; render contour works without one");
            }
            System.setProperty("prism.order", System.getProperty("prism.order", "es2"));
            System.setProperty("prism.forceGPU", System.getProperty("prism.forceGPU", "true"));
        } else if (!hasDisplay) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static final int RENDER_TIMEOUT_SECONDS = 120;
    private static volatile boolean startedToolkit;

    public static void render(Kind kind, String formulaText, Rectangle2D window, int width, int height, Path out)
            throws Exception {
        Formula.parse(formulaText);
        configureToolkit(kind);
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            Platform.startup(() -> { });
            // Closing the figure's stage must not end the toolkit: a second figure in the same JVM needs it.
            Platform.setImplicitExit(false);
            startedToolkit = true;
        } catch (IllegalStateException alreadyRunning) {
            // Called from inside a running JavaFX application (or a test): reuse its toolkit.
        }
        Platform.runLater(() -> {
            try {
                build(kind, formulaText, window, width, height, out, done);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        // The toolkit is left running on purpose: a toolkit once exited can never start again in the same
        // JVM, which broke any later figure or window of the same process (a test run, Cli.run twice).
        // The command line stops it at its very end (stopToolkit).
        try {
            done.get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new java.io.IOException("the figure was not drawn within " + RENDER_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Ends the toolkit a render started, if any; only for the end of the process (see render). */
    public static void stopToolkit() {
        if (startedToolkit) {
            Platform.exit();
        }
    }

    private static void build(Kind kind, String formulaText, Rectangle2D window, int width, int height, Path out,
                              CompletableFuture<Void> done) {
        Messages messages = new I18n(Locale.ENGLISH).messages("function");
        FunctionWorkspace workspace = new FunctionWorkspace();
        workspace.setFormula(formulaText);
        workspace.modeProperty().set(PlotMode.SURFACE);
        workspace.windowProperty().set(window);
        Node figure;
        BorderPane root = new BorderPane();
        Runnable activate;
        java.util.function.Consumer<Throwable> fail = done::completeExceptionally;
        if (kind == Kind.CONTOUR) {
            LevelSetsPanel panel = new LevelSetsPanel(workspace, new LevelSetOptions(), messages, fail);
            figure = panel.figure();
            panel.setOnUpdated(() -> capture(figure, out, done));
            activate = () -> panel.setActive(true);
        } else {
            SurfacePanel panel = new SurfacePanel(workspace, new SurfaceOptions(), messages, fail);
            figure = panel.figure();
            panel.setOnUpdated(() -> capture(figure, out, done));
            activate = () -> panel.setActive(true);
        }
        root.setCenter(figure);
        Scene scene = new Scene(root, width, height, kind == Kind.SURFACE, javafx.scene.SceneAntialiasing.BALANCED);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(FigureRenderer.class.getResource("/css/deepmath.css").toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        done.whenComplete((ok, error) -> Platform.runLater(stage::close));
        activate.run();
    }

    private static void capture(Node figure, Path out, CompletableFuture<Void> done) {
        if (done.isDone()) {
            return;
        }
        // One more pulse so the canvas and the 3D scene have painted what was just set.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> {
            try {
                PngExport.write(PngExport.snapshot(figure, 1), out);
                done.complete(null);
            } catch (Exception ex) {
                done.completeExceptionally(ex);
            }
        });
        settle.play();
    }
}
