package deepmath.app.lab;

import deepmath.app.task.BackgroundTasks;
import deepmath.viz.i18n.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One lab alone in TestFX's primary stage (1260×780, English, the engine ready), without the shell: a JUnit 5
 * extension registered on an instance field after the class's {@code ApplicationExtension}
 * ({@code @RegisterExtension final EnglishLabStage<DigitsLab> shown = EnglishLabStage.of(DigitsLab::new);}).
 * Before each test it builds the lab on the FX thread with fresh background tasks whose failures, like the
 * lab's reported errors, are collected in {@link #errors} as "title: message"; after each test it closes the
 * tasks.
 */
public final class EnglishLabStage<L extends Lab> implements BeforeEachCallback, AfterEachCallback {
    private final Function<LabContext, L> factory;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BackgroundTasks tasks;
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private L lab;

    private EnglishLabStage(Function<LabContext, L> factory) {
        this.factory = factory;
    }

    public static <L extends Lab> EnglishLabStage<L> of(Function<LabContext, L> factory) {
        return new EnglishLabStage<>(factory);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            tasks = new BackgroundTasks((title, e) -> errors.add(title + ": " + e.getMessage()));
            lab = factory.apply(new LabContext(i18n, tasks,
                    (title, e) -> errors.add(title + ": " + e.getMessage()), new SimpleBooleanProperty(true),
                    () -> stage));
            stage.setScene(new Scene(new StackPane(lab.view()), 1260, 780));
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (tasks != null) {   // null when the lab failed to build: that failure is the one to see
            tasks.close();
        }
    }

    public L lab() {
        return lab;
    }

    /** The errors reported so far, by the lab or by its background tasks. */
    public List<String> errors() {
        return errors;
    }

    /** The lab's language (English until a test switches it). */
    public I18n i18n() {
        return i18n;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}
