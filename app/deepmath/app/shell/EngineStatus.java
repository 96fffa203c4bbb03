package deepmath.app.shell;

import deepmath.nd.Nd4jInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Where the numeric engine is: loading, ready (with its description), or failed. FX thread only. */
public final class EngineStatus {
    public enum State { LOADING, READY, FAILED }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.LOADING);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private Nd4jInfo info;

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public Nd4jInfo info() {
        return info;
    }

    void loaded(Nd4jInfo loaded) {
        this.info = loaded;
        state.set(State.READY);
        ready.set(true);
    }

    void failed() {
        state.set(State.FAILED);
    }
}
