package deepmath.app.network;

import deepmath.nn.KerasWeights;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The network as keras builds it (ch. 6, line 5923): the {@code Sequential} model and, layer by layer, the
 * arrays {@code set_weights} takes — coefficients by input, then the biases — kept up to date as the weights
 * move, with a button that copies the listing. The Python names follow the window's language (the book's
 * modele, coeff, biais, poids in French).
 */
final class KerasPane {
    private final NetworkModel model;
    private final Messages messages;
    private final TextArea listing = new TextArea();
    private final VBox root;
    private boolean showing;
    private boolean stale = true;

    KerasPane(NetworkModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        listing.setId("network-keras");
        listing.setEditable(false);
        listing.getStyleClass().add("data-text");
        listing.setPrefRowCount(8);
        HBox.setHgrow(listing, Priority.ALWAYS);
        Label explain = Translated.label(messages, "keras.explain");
        explain.setWrapText(true);
        explain.setMinWidth(Region.USE_COMPUTED_SIZE);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Button copy = Translated.button(messages, "keras.copy", this::copy);
        copy.setId("network-keras-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, copy, explain);
        HBox row = new HBox(12, LearningViews.column(left), listing);
        row.setPadding(new Insets(6));
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
        model.networkProperty().addListener(o -> update());
        model.valuesVersionProperty().addListener(o -> update());
        update();
    }

    Node node() {
        return root;
    }

    String text() {
        return listing.getText();
    }

    /** The listing again, in the names of the window's language. */
    void relabel() {
        update();
    }

    /** Only the tab on show follows training epoch by epoch; a hidden one catches up when it is shown. */
    void setShowing(boolean value) {
        showing = value;
        if (showing && stale) {
            update();
        }
    }

    private void update() {
        stale = !showing;
        if (stale) {
            return;
        }
        if (model.network() == null) {
            listing.clear();
            return;
        }
        KerasWeights.Names names = new KerasWeights.Names(messages.get("keras.model"), messages.get("keras.coefficients"),
                messages.get("keras.biases"), messages.get("keras.weights"));
        listing.setText(KerasWeights.python(model.network(), names));
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(listing.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
