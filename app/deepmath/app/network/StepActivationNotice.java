package deepmath.app.network;

import deepmath.nn.GradientFlow;
import deepmath.nn.Network;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Said when Play or Step is pressed on a network with a Heaviside layer: H' = 0, so backpropagation gets
 * zero gradients and training would change nothing for ever. Names the layers, recalls that the book trains
 * with σ, and offers the switch (weights kept), after which the interrupted action goes on.
 */
final class StepActivationNotice {
    private final Messages messages;
    private final Label text = new Label();
    private final Button switchButton = new Button();
    private final VBox root;
    private List<Integer> layers = List.of();
    private int depth;
    private Runnable onSwitch = () -> { };

    StepActivationNotice(Messages messages) {
        this.messages = messages;
        text.setId("network-stuck-message");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        switchButton.setId("network-switch-sigmoid");
        switchButton.textProperty().bind(messages.text("training.switchToSigmoid"));
        switchButton.setMinWidth(Region.USE_PREF_SIZE);
        switchButton.setOnAction(e -> onSwitch.run());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setPrefWidth(0); // wraps to the width it is given, asks for none
        root = new VBox(8, text, switchButton);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        root.setMaxHeight(Double.MAX_VALUE);
        root.setPadding(new javafx.geometry.Insets(6, 8, 6, 8));
        root.getStyleClass().add("network-notice");
        // opaque: it lies over the curves (the theme's background, tinted amber)
        root.setStyle("-fx-background-color: -color-bg-default, rgba(212, 167, 44, 0.22); -fx-border-color: #d4a72c;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;");
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }

    boolean isShowing() {
        return root.isVisible();
    }

    Label message() {
        return text;
    }

    /** Shows the notice when {@code network} cannot learn; returns true if it did (the caller then stops). */
    boolean check(Network network, Runnable afterSwitch) {
        layers = GradientFlow.stuckLayers(network);
        depth = network.depth();
        if (layers.isEmpty()) {
            hide();
            return false;
        }
        onSwitch = afterSwitch;
        relabel();
        root.setVisible(true);
        return true;
    }

    void hide() {
        root.setVisible(false);
    }

    /** After a language switch. */
    void relabel() {
        if (layers.isEmpty()) {
            return;
        }
        String names = layers.stream()
                .map(l -> l == depth - 1 ? messages.get("graph.output") : messages.get("graph.layer", l + 1))
                .collect(Collectors.joining(", "));
        text.setText(messages.get(layers.size() == 1 ? "training.stuckOne" : "training.stuckMany", names));
    }
}
