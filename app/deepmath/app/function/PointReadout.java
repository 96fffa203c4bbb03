package deepmath.app.function;

import deepmath.viz.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The picked point's numbers: f, the gradient, its norm and the Hessian, in a small monospaced block. */
final class PointReadout extends VBox {
    private final Label text = new Label();
    private final Messages messages;

    PointReadout(Messages messages) {
        this.messages = messages;
        text.setId("point-readout");
        text.getStyleClass().add("readout");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(text);
    }

    void show(PointReport p, String xName, String yName, PointNumbers numbers) {
        text.setText(PointText.surface(messages, p, xName, yName, numbers));
    }

    void showText(String message) {
        text.setText(message);
    }
}
