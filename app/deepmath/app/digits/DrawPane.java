package deepmath.app.digits;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.MnistPreprocessing;
import deepmath.viz.color.ColorMap;
import deepmath.viz.digits.DrawingPad;
import deepmath.viz.digits.GreyImages;
import deepmath.viz.digits.ProbabilityBars;
import deepmath.viz.i18n.Messages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Draw a digit: the pad, what the network receives (28 × 28, framed like MNIST) and the 10 probabilities,
 * updated at every mouse move.
 */
final class DrawPane {
    private final DigitsState state;
    private final Messages messages;
    private final DrawingPad pad = new DrawingPad();
    private final ImageView preview = new ImageView();
    private final ProbabilityBars bars = new ProbabilityBars();
    private final Label verdict = new Label();
    private final HBox root;
    private boolean showingState;

    DrawPane(DigitsState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        pad.setId("digits-pad");
        bars.setId("digits-bars");
        verdict.setId("digits-verdict");
        verdict.getStyleClass().add("digits-verdict");
        pad.setOnInkChanged(this::inkChanged);
        Button clear = new Button();
        clear.setId("digits-clear");
        clear.textProperty().bind(messages.text("draw.clear"));
        clear.setOnAction(e -> pad.clear());
        Label hint = new Label();
        hint.textProperty().bind(messages.text("draw.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("digits-hint");
        hint.setMaxWidth(DrawingPad.SIDE);
        VBox left = new VBox(8, pad, new HBox(8, clear), hint);

        preview.setFitWidth(112);
        preview.setFitHeight(112);
        preview.setSmooth(false);
        preview.getStyleClass().add("digits-preview");
        Label previewTitle = new Label();
        previewTitle.textProperty().bind(messages.text("draw.preview"));
        previewTitle.setWrapText(true);
        previewTitle.setMaxWidth(170);
        VBox middle = new VBox(6, previewTitle, preview);

        Label barsTitle = new Label();
        barsTitle.textProperty().bind(messages.text("draw.probabilities"));
        bars.setMaxHeight(380);
        VBox right = new VBox(6, barsTitle, bars, verdict);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(16, left, middle, right);
        root.setPadding(new Insets(12));
        root.setAlignment(Pos.TOP_LEFT);
        state.digitProperty().addListener(o -> predict());
        state.kindProperty().addListener(o -> predict());
        state.networkProperty(deepmath.digits.ModelKind.DENSE).addListener(o -> predict());
        state.networkProperty(deepmath.digits.ModelKind.CNN).addListener(o -> predict());
        messages.text("draw.empty").addListener(o -> predict());
        predict();
    }

    Node node() {
        return root;
    }

    DrawingPad pad() {
        return pad;
    }

    /** Shows a digit from elsewhere (the test set) on the pad. */
    void show(float[] digit) {
        showingState = true;
        try {
            pad.show(digit);
        } finally {
            showingState = false;
        }
        state.digitProperty().set(digit.clone());
    }

    private void inkChanged() {
        if (!showingState) {
            state.digitProperty().set(MnistPreprocessing.toMnist(pad.ink(), DrawingPad.SIDE, DrawingPad.SIDE));
        }
    }

    private void predict() {
        float[] digit = state.digitProperty().get();
        preview.setImage(GreyImages.of(GreyImages.toDouble(digit), 0, DigitSet.SIDE, DigitSet.SIDE, ColorMap.GREYS, 0, 1));
        DigitNetwork network = state.network();
        boolean blank = true;
        for (float v : digit) {
            blank &= v == 0;
        }
        if (network == null || blank) {
            bars.setProbabilities(null);
            verdict.setText(messages.get(network == null ? "draw.loading" : "draw.empty"));
            return;
        }
        double[] p = network.probabilities(digit);
        bars.setProbabilities(p);
        int best = DigitNetwork.argmax(p);
        verdict.setText(messages.get("draw.verdict", best, messages.get("model." + network.kind().key()),
                String.format(Locale.ROOT, "%.1f", 100 * p[best])));
    }
}
