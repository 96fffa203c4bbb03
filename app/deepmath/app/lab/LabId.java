package deepmath.app.lab;

import java.util.Arrays;
import java.util.Optional;

/** The labs of the main window, in navigation order. {@link #key()} names them in files, bundles and the CLI. */
public enum LabId {
    SURFACES("surfaces"),
    LEVEL_SETS("level-sets"),
    DESCENT("descent"),
    NETWORK("network"),
    DIGITS("digits"),
    MODELS("models"),
    CONVOLUTION("convolution"),
    ATTENTION("attention");

    private final String key;

    LabId(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<LabId> fromKey(String key) {
        return Arrays.stream(values()).filter(id -> id.key.equals(key)).findFirst();
    }
}
