package deepmath.app.lab;

import deepmath.app.task.BackgroundTasks;
import deepmath.core.Errors;
import deepmath.viz.i18n.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lab alone in TestFX's stage (English, the engine ready) and, for a session's round trip, the same kind of lab
 * built again from the same context in a fresh stage, as after a restart. Errors reported by the labs or their
 * background tasks are collected as one line each. Call {@link #start} from the test's {@code @Start} and
 * {@link #close} from its {@code @AfterEach}.
 */
public final class LabRoundTripStages<L extends Lab> {
    private final Function<LabContext, L> factory;
    private final double width;
    private final double height;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BackgroundTasks tasks;
    private LabContext context;
    private Stage fresh;

    public LabRoundTripStages(Function<LabContext, L> factory, double width, double height) {
        this.factory = factory;
        this.width = width;
        this.height = height;
    }

    /** Builds the first lab in {@code stage} and shows it (on the FX thread, as {@code @Start} runs). */
    public L start(Stage stage) {
        tasks = new BackgroundTasks((title, error) -> errors.add(Errors.oneLine(error)));
        context = new LabContext(new I18n(Locale.ENGLISH), tasks, (title, error) -> errors.add(Errors.oneLine(error)),
                new SimpleBooleanProperty(true), () -> stage);
        L lab = factory.apply(context);
        stage.setScene(new Scene(new StackPane(lab.view()), width, height));
        stage.show();
        return lab;
    }

    /** A new lab of the same kind in a new stage of the same size. */
    public L freshWindow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            L other = factory.apply(context);
            fresh = new Stage();
            fresh.setScene(new Scene(new StackPane(other.view()), width, height));
            fresh.show();
            return other;
        }).get();
    }

    /** The fresh stage, once {@link #freshWindow} made it. */
    public Stage fresh() {
        return fresh;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public List<String> errors() {
        return errors;
    }

    /** Closes the fresh stage and the background tasks. */
    public void close() throws Exception {
        if (fresh != null) {
            WaitForAsyncUtils.asyncFx(fresh::close).get();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
