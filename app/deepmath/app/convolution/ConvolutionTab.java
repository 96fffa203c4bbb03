package deepmath.app.convolution;

import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;

/** The lab's tabs, in their order on screen; {@link #key()} names them in sessions and element ids. */
enum ConvolutionTab {
    SIGNAL("signal"), MATRIX("matrix"), IMAGE("image"), LAYER("layer"), BACKPROP("backprop"),
    PROPERTIES("properties"), TENSORS("tensors");

    private final String key;

    ConvolutionTab(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static ConvolutionTab fromKey(String key) {
        for (ConvolutionTab tab : values()) {
            if (tab.key.equals(key)) {
                return tab;
            }
        }
        throw new BadInputException(SessionProblem.CONV_TAB, key);
    }
}
