package deepmath.app.task;

import javafx.beans.value.ObservableStringValue;

/**
 * Says, in a short-lived message over the window, that long work has finished (a training, a model loaded),
 * so a user who switched to another lab or window meanwhile learns it. Title and text are bindings from the
 * bundles: the message follows a language switch while it is shown.
 */
@FunctionalInterface
public interface DoneNotifier {
    /** Tells nobody: for a lab built outside the window (tests, the command line). */
    DoneNotifier NONE = (title, text) -> { };

    /** Call on the FX thread. */
    void finished(ObservableStringValue title, ObservableStringValue text);
}
