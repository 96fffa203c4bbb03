package deepmath.app.function;

import deepmath.expr.Numbers;
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
        getChildren().add(text);
    }

    void show(PointReport p, String xName, String yName) {
        double[][] h = p.hessian();
        text.setText(messages.get("point.at", xName, yName, Numbers.format(p.x(), 4), Numbers.format(p.y(), 4)) + "\n"
                + "f = " + Numbers.format(p.value(), 6) + "\n"
                + "∇f = (" + Numbers.format(p.fx(), 5) + ", " + Numbers.format(p.fy(), 5) + ")\n"
                + "|∇f| = " + Numbers.format(Math.hypot(p.fx(), p.fy()), 5) + "\n"
                + messages.get("point.hessian") + " [[" + Numbers.format(h[0][0], 4) + ", " + Numbers.format(h[0][1], 4)
                + "], [" + Numbers.format(h[1][0], 4) + ", " + Numbers.format(h[1][1], 4) + "]]");
    }

    void showText(String message) {
        text.setText(message);
    }
}
