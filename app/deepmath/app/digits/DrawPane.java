package deepmath.app.digits;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.MnistPreprocessing;
import deepmath.viz.color.ColorMap;
import deepmath.viz.digits.DrawingPad;
import deepmath.viz.digits.GreyImages;
import deepmath.viz.digits.ProbabilityBars;
import deepmath.viz.i18n.Messages;
import deepmath.app.task.LatestOnlyWorker;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
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
 * updated at every mouse move. The network reads the digit off the FX thread, so that the pen never waits for it
 * (the CNN's products go through OpenBLAS, whose native library the window loads in the background): a new stroke
 * supersedes a reading still running, and only the reading of the digit shown is drawn. The CNN waits for the
 * engine, saying so, on a first digit drawn before it is loaded.
 */
final class DrawPane {
    private final DigitsState state;
    private final Messages messages;
    private final DrawingPad pad = new DrawingPad();
    private final ImageView preview = new ImageView();
    private final ProbabilityBars bars = new ProbabilityBars();
    private final Label verdict = new Label();
    private final HBox root;
    private static final double PREVIEW = 168;
    private boolean showingState;
    private final ObservableBooleanValue engineReady;
    private final LatestOnlyWorker reader;
    /** The readings asked for (FX thread only); a result is drawn only if no later one was asked for. */
    private long asked;
    private boolean waitingForEngine;

    DrawPane(DigitsState state, Messages messages, ObservableBooleanValue engineReady, Consumer<Throwable> errors) {
        this.state = state;
        this.messages = messages;
        this.engineReady = engineReady;
        this.reader = new LatestOnlyWorker("digits-reading", errors);
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
        hint.maxWidthProperty().bind(pad.widthProperty());
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(8, pad, new HBox(8, clear), hint);

        // what the network receives, 6 screen pixels per input pixel, in a frame; the dashed square is
        // the central 20 × 20 box that MNIST fits the ink into (a 4-pixel empty margin all round)
        preview.setFitWidth(PREVIEW);
        preview.setFitHeight(PREVIEW);
        preview.setSmooth(false);
        preview.setId("digits-preview");
        javafx.scene.shape.Rectangle box = new javafx.scene.shape.Rectangle(PREVIEW * 20 / 28.0, PREVIEW * 20 / 28.0);
        box.setFill(null);
        box.setStroke(javafx.scene.paint.Color.web("#e08214"));
        box.getStrokeDashArray().setAll(4.0, 4.0);
        box.setMouseTransparent(true);
        javafx.scene.layout.StackPane framed = new javafx.scene.layout.StackPane(preview, box);
        framed.getStyleClass().add("digits-preview");
        framed.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        Label previewTitle = new Label();
        previewTitle.textProperty().bind(messages.text("draw.preview"));
        previewTitle.setWrapText(true);
        previewTitle.setMaxWidth(PREVIEW + 8);
        previewTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label previewHint = new Label();
        previewHint.textProperty().bind(messages.text("draw.previewHint"));
        previewHint.setWrapText(true);
        previewHint.setMaxWidth(PREVIEW + 8);
        previewHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        previewHint.getStyleClass().add("digits-hint");
        VBox middle = new VBox(6, previewTitle, framed, previewHint);
        middle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label barsTitle = new Label();
        barsTitle.textProperty().bind(messages.text("draw.probabilities"));
        verdict.setWrapText(true);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(bars, Priority.ALWAYS);
        bars.setMaxHeight(Double.MAX_VALUE);
        VBox right = new VBox(6, barsTitle, bars, verdict);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(16, left, middle, right);
        root.setPadding(new Insets(12));
        root.setAlignment(Pos.TOP_LEFT);
        // the pad takes the tab's height (what the clear button and the hint leave), the bars follow it
        javafx.beans.InvalidationListener fit = o -> {
            double height = root.getHeight() - root.getPadding().getTop() - root.getPadding().getBottom()
                    - 8 * 2 - clear.prefHeight(-1) - hint.prefHeight(pad.getWidth());
            double width = root.getWidth() - middle.prefWidth(-1) - 360 - 2 * 16 - 24;
            pad.setSide(Math.min(height, width));
        };
        root.heightProperty().addListener(fit);
        root.widthProperty().addListener(fit);
        state.digitProperty().addListener(o -> predict());
        state.kindProperty().addListener(o -> predict());
        state.networkProperty(deepmath.digits.ModelKind.DENSE).addListener(o -> predict());
        state.networkProperty(deepmath.digits.ModelKind.CNN).addListener(o -> predict());
        engineReady.addListener((o, was, now) -> {
            if (now && waitingForEngine) {
                predict();
            }
        });
        predict();
    }

    /** True from a change of the digit or the network until its reading is drawn. */
    boolean busy() {
        return waitingForEngine || reader.busy();
    }

    Node node() {
        return root;
    }

    /** After a language switch: the verdict is written again. */
    void relabel() {
        predict();
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
        state.strokesProperty().set(java.util.List.of());
        state.digitProperty().set(digit.clone());
    }

    /** Draws {@code strokes} again on a cleared pad (a session's drawing). */
    void replay(java.util.List<DigitsState.Stroke> strokes) {
        pad.replay(strokes.stream().map(DigitsState.Stroke::xy).toList(),
                strokes.stream().map(DigitsState.Stroke::erase).toList());
    }

    private void inkChanged() {
        if (!showingState) {
            java.util.List<double[]> xy = pad.strokes();
            java.util.List<Boolean> erase = pad.erasingStrokes();
            java.util.List<DigitsState.Stroke> strokes = new java.util.ArrayList<>();
            for (int s = 0; s < xy.size(); s++) {
                strokes.add(new DigitsState.Stroke(erase.get(s),
                        java.util.Arrays.stream(xy.get(s)).boxed().toList()));
            }
            state.strokesProperty().set(java.util.List.copyOf(strokes));
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
        long request = ++asked;   // whatever still runs is stale from here on
        waitingForEngine = false;
        if (network == null || blank) {
            bars.setProbabilities(null);
            verdict.setText(messages.get(network == null ? "draw.loading" : "draw.empty"));
            return;
        }
        if (network.kind() == deepmath.digits.ModelKind.CNN && !engineReady.get()) {
            waitingForEngine = true;   // read when the engine is ready (the listener above)
            bars.setProbabilities(null);
            verdict.setText(messages.get("draw.engine"));
            return;
        }
        // the digit is never changed in place (every stroke sets a new array), so the worker may read it
        reader.submit(() -> network.probabilities(digit), p -> {
            if (request == asked) {
                show(network, p);
            }
        });
    }

    private void show(DigitNetwork network, double[] p) {
        bars.setProbabilities(p);
        int best = DigitNetwork.argmax(p);
        verdict.setText(messages.get("draw.verdict", best, messages.get("model." + network.kind().key()),
                String.format(Locale.ROOT, "%.1f", 100 * p[best])));
    }
}
