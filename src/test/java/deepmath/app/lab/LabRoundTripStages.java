package deepmath.app.lab;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.app.task.BackgroundTasks;
import deepmath.core.Errors;
import deepmath.viz.i18n.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lab alone in TestFX's stage (English, the engine ready) and, for a session's round trip, the same kind of lab
 * built again from the same context in a fresh stage, as after a restart. Errors reported by the labs or their
 * background tasks are collected as one line each. Call {@link #start} from the test's {@code @Start}; held in a
 * {@code @RegisterExtension} field it closes itself after each test (or call {@link #close} from an
 * {@code @AfterEach}).
 */
public final class LabRoundTripStages<L extends Lab> implements AfterEachCallback {
    private final Function<LabContext, L> factory;
    private final double width;
    private final double height;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BackgroundTasks tasks;
    private LabContext context;
    private Stage fresh;
    private L first;

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
        first = factory.apply(context);
        stage.setScene(new Scene(new StackPane(first.view()), width, height));
        stage.show();
        return first;
    }

    /** The lab {@link #start} built. */
    public L lab() {
        return first;
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

    /**
     * A session's round trip as the window makes it: the first lab's state saved under {@code labKey} to a
     * session file, read back off the FX thread (as the window reads and checks it), restored into a fresh
     * window's lab on the FX thread; that lab, once its restore has settled.
     */
    public L restoredThroughAFile(String labKey) throws Exception {
        Path file = Files.createTempFile("round-trip", ".json");
        try {
            JsonNode saved = WaitForAsyncUtils.asyncFx(first::saveState).get();
            new SessionFile().write(file, new SessionData(labKey, "en", Map.of(labKey, saved)));
            L other = freshWindow();
            Runnable apply = other.prepareRestore(new SessionFile().read(file).labs().get(labKey));
            WaitForAsyncUtils.asyncFx(apply).get();
            WaitForAsyncUtils.waitForFxEvents();
            return other;
        } finally {
            Files.deleteIfExists(file);
        }
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

    @Override
    public void afterEach(ExtensionContext test) throws Exception {
        close();
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
