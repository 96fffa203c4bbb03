package deepmath.app.convolution;

import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.scene.control.Label;

/** The convolution lab's section titles: a {@link Translated#label} in the lab's heading style. */
final class Heading {
    private Heading() {
    }

    static Label of(Messages text, String key) {
        Label label = Translated.label(text, key);
        label.getStyleClass().add("conv-heading");
        return label;
    }
}
