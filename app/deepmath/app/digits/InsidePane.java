package deepmath.app.digits;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.viz.digits.FeatureMapGrid;
import deepmath.viz.i18n.Messages;
import deepmath.app.task.LatestOnlyWorker;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * What the convolutional network sees (chapter 14): its learned 3 × 3 filters, and the feature maps of every
 * layer for the current digit — conv 1 (8 × 28 × 28), pooling (8 × 14 × 14), conv 2 (16 × 14 × 14),
 * pooling (16 × 7 × 7) — then the probabilities of the dense softmax layer. Computed off the FX thread as the
 * draw tab's reading is (latest wins: only the maps of the digit shown are drawn), once the engine is loaded.
 */
final class InsidePane {
    private final DigitsState state;
    private final Messages messages;
    private final FeatureMapGrid input = new FeatureMapGrid();
    private final FeatureMapGrid filters1 = new FeatureMapGrid();
    private final FeatureMapGrid conv1 = new FeatureMapGrid();
    private final FeatureMapGrid pool1 = new FeatureMapGrid();
    private final FeatureMapGrid filters2 = new FeatureMapGrid();
    private final FeatureMapGrid conv2 = new FeatureMapGrid();
    private final FeatureMapGrid pool2 = new FeatureMapGrid();
    private final Label summary = new Label();
    private final ScrollPane root;
    private boolean active = true;
    private boolean stale;
    private final ObservableBooleanValue engineReady;
    private final LatestOnlyWorker seer;
    /** The maps asked for (FX thread only); a result is drawn only if no later one was asked for. */
    private long asked;
    private boolean waitingForEngine;

    InsidePane(DigitsState state, Messages messages, ObservableBooleanValue engineReady, Consumer<Throwable> errors) {
        this.state = state;
        this.messages = messages;
        this.engineReady = engineReady;
        this.seer = new LatestOnlyWorker("digits-inside", errors);
        conv1.setId("digits-conv1");
        filters1.setId("digits-filters1");
        Label explanation = new Label();
        explanation.textProperty().bind(messages.text("inside.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("digits-hint");
        summary.getStyleClass().add("digits-verdict");
        VBox box = new VBox(6, explanation, summary, input, filters1, conv1, pool1, filters2, conv2, pool2);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        state.digitProperty().addListener(o -> update());
        state.networkProperty(ModelKind.CNN).addListener(o -> update());
        messages.text("inside.conv1").addListener(o -> update());
        engineReady.addListener((o, was, now) -> {
            if (now && waitingForEngine) {
                update();
            }
        });
        update();
    }

    /** True from a change of the digit or the network until its maps are drawn (when the tab is shown). */
    boolean busy() {
        return waitingForEngine || seer.busy();
    }

    Node node() {
        return root;
    }

    /** Only the visible tab follows the pen; a hidden one catches up when it is shown again. */
    void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            update();
        }
    }

    /** After a language switch: the titles and the summary are written again (now, or when shown). */
    void relabel() {
        update();
    }

    private void update() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        long request = ++asked;
        waitingForEngine = false;
        DigitNetwork network = state.networkProperty(ModelKind.CNN).get();
        if (network == null) {
            summary.setText(messages.get("draw.loading"));
            return;
        }
        if (!engineReady.get()) {
            waitingForEngine = true;
            summary.setText(messages.get("draw.engine"));
            return;
        }
        float[] digit = state.digitProperty().get();
        seer.submit(() -> network.featureMaps(digit), maps -> {
            if (request == asked && active) {
                show(network, digit, maps);
            } else if (request == asked) {
                stale = true;   // hidden meanwhile: drawn when shown again
            }
        });
    }

    private void show(DigitNetwork cnn, float[] digit, DigitNetwork.FeatureMaps maps) {
        double[] x = new double[DigitSet.PIXELS];
        for (int i = 0; i < x.length; i++) {
            x[i] = digit[i];
        }
        int best = DigitNetwork.argmax(maps.probabilities());
        boolean blank = true;
        for (float v : digit) {
            blank &= v == 0;
        }
        summary.setText(blank ? messages.get("inside.blank")
                : messages.get("inside.summary", best, String.format(java.util.Locale.ROOT, "%.1f", 100 * maps.probabilities()[best])));
        input.setPlanes(messages.get("inside.input"), x, 1, 28, false, 84);
        double[] k1 = cnn.filters1();
        filters1.setPlanes(messages.get("inside.filters1"), k1, ModelKind.FILTERS1, 3, true, 42);
        conv1.setPlanes(messages.get("inside.conv1"), maps.conv1(), ModelKind.FILTERS1, 28, false, 84);
        pool1.setPlanes(messages.get("inside.pool1"), maps.pool1(), ModelKind.FILTERS1, 14, false, 56);
        // each second-layer filter has one 3 × 3 kernel per input channel: 16 × 8 kernels, filter by filter
        double[] k2 = cnn.filters2();
        filters2.setGroup(ModelKind.FILTERS1);
        filters2.setPlanes(messages.get("inside.filters2"), k2, ModelKind.FILTERS2 * ModelKind.FILTERS1, 3, true, 18);
        conv2.setPlanes(messages.get("inside.conv2"), maps.conv2(), ModelKind.FILTERS2, 14, false, 56);
        pool2.setPlanes(messages.get("inside.pool2"), maps.pool2(), ModelKind.FILTERS2, 7, false, 42);
    }
}
