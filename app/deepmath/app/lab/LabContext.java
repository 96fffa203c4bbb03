package deepmath.app.lab;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorReporter;
import deepmath.viz.i18n.I18n;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

/**
 * What the shell gives every lab: the language, the background-task service, the error dialog,
 * the state of the numeric engine, and the window (for file choosers and dialogs).
 *
 * @param nd4jReady becomes true once ND4J is loaded; labs that compute on the FX thread wait for it
 */
public record LabContext(I18n i18n, BackgroundTasks tasks, ErrorReporter errors,
                         ObservableBooleanValue nd4jReady, Supplier<Window> window) {
}
