package deepmath.app.lab;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.DoneNotifier;
import deepmath.app.task.ErrorReporter;
import deepmath.viz.i18n.I18n;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

/**
 * What the shell gives every lab: the language, the background-task service, the error dialog,
 * the state of the numeric engine, the window (for file choosers and dialogs), and the message that says
 * long work has finished.
 *
 * @param nd4jReady        becomes true once ND4J is loaded; labs that compute on the FX thread wait for it
 * @param done             tells the user that long work (a training, a model load) has finished
 * @param openDefaultModel whether the attention lab opens GPT-2 on its first showing (from the Hugging Face
 *                         cache, else the lab's own small one); off, it starts empty until a model is opened
 *                         (what tests of the empty viewer, or of a window with nothing running, ask for)
 */
public record LabContext(I18n i18n, BackgroundTasks tasks, ErrorReporter errors,
                         ObservableBooleanValue nd4jReady, Supplier<Window> window, DoneNotifier done,
                         boolean openDefaultModel) {

    /** A context whose finished work is told to nobody (a lab alone in a test); the attention lab opens its model. */
    public LabContext(I18n i18n, BackgroundTasks tasks, ErrorReporter errors, ObservableBooleanValue nd4jReady,
                      Supplier<Window> window) {
        this(i18n, tasks, errors, nd4jReady, window, DoneNotifier.NONE, true);
    }

    /** The same context, with the attention lab starting empty. */
    public LabContext withoutDefaultModel() {
        return new LabContext(i18n, tasks, errors, nd4jReady, window, done, false);
    }
}
