package deepmath.app.convolution;

import deepmath.conv.Convolution1D;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.MatrixText;
import deepmath.conv.Polynomials;
import deepmath.core.BadInputException;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The 1-D tab (book chapters 11 and 13): a signal (noisy sine, steps, or drawn with the mouse), a kernel,
 * the result plotted over it, and the sliding window: the samples the kernel covers for the output at the
 * slider's position, stepped or animated. Below, the product of two polynomials as a 'full' convolution.
 */
final class SignalTab {
    private static final int SAMPLES = SignalSettings.SAMPLES;
    private static final List<String> KERNEL_PRESETS = List.of("average-3", "average-5", "average-9", "gaussian",
            "derivative", "derivative-book", "second", "radar-pulse");
    /** The kernel menu's name for weights that are none of its presets (choosing it keeps the weights). */
    private static final String CUSTOM = "custom";
    private static final Color SIGNAL = Color.web("#8a94a6");
    private static final Color RESULT = Color.web("#2f5fd0");
    private static final Color WINDOW = Color.web("#f2a93b");
    private final Messages text;
    private final ComboBox<SignalSettings.Shape> preset = new ComboBox<>();
    private final ComboBox<String> kernelPreset = new ComboBox<>();
    private final TextField kernel = new TextField();
    /** What this tab shows (part of the lab's {@link ConvolutionState}); the controls follow and edit it. */
    private final ObjectProperty<SignalSettings> settings;
    /** True while the settings are copied into the controls: their listeners then write nothing back. */
    private boolean pushing;
    private final SpecControls spec;
    private final Slider position = new Slider(0, SAMPLES - 1, 40);
    private final PlotCanvas plot = new PlotCanvas();
    private final Label message = new Label();
    private final TextField polyP = new TextField();
    private final TextField polyQ = new TextField();
    private final Label product = new Label();
    private final Timeline animation = new Timeline(new KeyFrame(Duration.millis(90), e -> advance()));
    private double[] signal;
    /** The last output computed (tests compare two windows by it); null when there is none. */
    private double[] result;
    private Node node;

    /** Held here: the plot's legends and the window line are computed texts, rebuilt when the language changes. */
    private final javafx.beans.binding.StringBinding languageWatch;

    SignalTab(Messages text, ObjectProperty<SignalSettings> settings) {
        this.text = text;
        this.settings = settings;
        this.languageWatch = text.text("signal.window");
        this.spec = new SpecControls(text, "conv-signal", true);
        animation.setCycleCount(Timeline.INDEFINITE);
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            preset.valueProperty().addListener((obs, old, shape) -> {
                if (shape != null) {
                    change(s -> s.withShape(shape));
                }
            });
            kernelPreset.valueProperty().addListener((obs, old, key) -> {
                if (key != null && !key.equals(CUSTOM)) {
                    change(s -> s.withKernel(kernelText(key)));
                }
            });
            kernel.textProperty().addListener((obs, old, now) -> change(s -> s.withKernel(now)));
            spec.specProperty().addListener((obs, old, now) -> change(s -> s.withSpec(now)));
            position.valueProperty().addListener((obs, old, now) -> change(s -> s.withPosition(now.doubleValue())));
            polyP.textProperty().addListener((obs, old, now) -> change(s -> s.withPolynomials(now, s.polyQ())));
            polyQ.textProperty().addListener((obs, old, now) -> change(s -> s.withPolynomials(s.polyP(), now)));
            settings.addListener((obs, old, now) -> {
                push(now);
                update();
                updateProduct();
            });
            update();
            updateProduct();
        }
        return node;
    }

    private Node build() {
        preset.getItems().setAll(SignalSettings.Shape.values());
        preset.setId("conv-signal-preset");
        Translated.cells(preset, text, k -> "signal." + k.key());
        kernelPreset.getItems().setAll(KERNEL_PRESETS);
        kernelPreset.getItems().add(CUSTOM);
        kernelPreset.setId("conv-signal-kernel-preset");
        Translated.cells(kernelPreset, text, k -> "signal.kernel." + k);
        kernel.setId("conv-signal-kernel");
        kernel.setPrefColumnCount(18);
        position.setId("conv-signal-position");
        position.setMajorTickUnit(10);
        HBox.setHgrow(position, Priority.ALWAYS);
        Button play = new Button();
        play.textProperty().bind(javafx.beans.binding.Bindings.when(animation.statusProperty()
                .isEqualTo(javafx.animation.Animation.Status.RUNNING)).then(text.text("step.pause")).otherwise(text.text("step.play")));
        play.setOnAction(e -> togglePlay());
        play.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);

        plot.xAxis().labelProperty().bind(text.text("signal.axis.k"));
        plot.setMinHeight(260);
        plot.setId("conv-signal-plot");
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::draw);
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::draw);
        VBox.setVgrow(plot, Priority.ALWAYS);

        message.getStyleClass().add("conv-window-sum");
        message.setId("conv-signal-window");
        polyP.setId("conv-poly-p");
        polyQ.setId("conv-poly-q");
        product.setId("conv-poly-product");
        product.getStyleClass().add("conv-formula");
        languageWatch.addListener((o, was, now) -> {
            update();
            updateProduct();
        });
        polyP.setPrefColumnCount(8);
        polyQ.setPrefColumnCount(8);
        product.setWrapText(true);
        HBox factors = new HBox(6, Translated.label(text, "poly.p"), polyP, Translated.label(text, "poly.q"), polyQ);
        factors.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label polyHint = Translated.label(text, "poly.hint");
        polyHint.setWrapText(true);
        polyHint.setMinWidth(0);
        polyHint.getStyleClass().add("conv-muted");
        VBox poly = new VBox(6, Heading.of(text, "poly.title"), polyHint, factors, product);

        // Two groups that wrap onto two lines in a narrow window (the side column keeps its width).
        HBox signalGroup = new HBox(10, Translated.label(text, "signal.preset"), preset);
        signalGroup.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox kernelGroup = new HBox(10, Translated.label(text, "signal.kernel"), kernelPreset, kernel);
        kernelGroup.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 6, signalGroup, kernelGroup);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        preset.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        kernelPreset.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        kernel.setMinWidth(120);
        HBox slide = new HBox(10, Translated.label(text, "signal.position"), position, play);
        slide.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = Translated.label(text, "signal.hint");
        hint.getStyleClass().add("conv-muted");
        // Wrapped, not a minimum width: one long line pushed the side column off the window.
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        VBox centre = new VBox(8, top, spec.formula(), plot, slide, message, hint);
        BorderPane pane = new BorderPane(centre);
        VBox side = new VBox(8, Heading.of(text, "image.how"), spec.grid(true), new javafx.scene.control.Separator(),
                poly);
        side.setPrefWidth(340);
        side.setMaxWidth(340);
        side.setPadding(new Insets(0, 0, 0, 14));
        pane.setRight(side);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static String kernelText(String key) {
        switch (key == null ? "" : key) {
            case "average-3": return "1/3, 1/3, 1/3";
            case "average-9": return "1/9, 1/9, 1/9, 1/9, 1/9, 1/9, 1/9, 1/9, 1/9";
            case "gaussian": return "1/16, 4/16, 6/16, 4/16, 1/16";
            case "derivative": return "1, -1";
            case "second": return "1, -2, 1";
            case "derivative-book": return "0, 1, -1";
            case "radar-pulse": return SignalSettings.radarPulseText();
            default: return "1/5, 1/5, 1/5, 1/5, 1/5";
        }
    }

    /** A change made by the user: written into the settings (not while they are being shown). */
    private void change(java.util.function.UnaryOperator<SignalSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    /** Shows {@code s} in the controls; the kernel menu names the kernel when it is one of its presets. */
    private void push(SignalSettings s) {
        pushing = true;
        try {
            signal = s.samples();
            preset.setValue(s.shape());
            if (!kernel.getText().equals(s.kernel())) {
                kernel.setText(s.kernel());
            }
            kernelPreset.setValue(KERNEL_PRESETS.stream().filter(k -> kernelText(k).equals(s.kernel())).findFirst()
                    .orElse(CUSTOM));
            spec.set(s.spec());
            position.setValue(s.position());
            if (!polyP.getText().equals(s.polyP())) {
                polyP.setText(s.polyP());
            }
            if (!polyQ.getText().equals(s.polyQ())) {
                polyQ.setText(s.polyQ());
            }
        } finally {
            pushing = false;
        }
    }

    /** Drawing: the sample under the pointer takes the pointer's height (switches to "drawn"). */
    private void draw(MouseEvent e) {
        var t = plot.transform();
        int k = (int) Math.round(t.dataX(e.getX()));
        double y = t.dataY(e.getY());
        // Only a signal of the drawing's length can be drawn on (not the book's 100 or 1000 samples).
        if (k < 0 || k >= SAMPLES || signal.length != SAMPLES || !Double.isFinite(y)) {
            return;
        }
        // The signal shown, with this sample moved: a preset becomes a drawing that starts from it.
        double[] drawn = signal.clone();
        drawn[k] = Math.max(-3, Math.min(3, y));
        change(s -> s.withDrawn(drawn));
    }

    private void update() {
        if (node == null) {
            return;
        }
        this.result = null;
        double[] weights;
        try {
            weights = deepmath.conv.Polynomials.parse(settings.get().kernel());
            kernel.getStyleClass().remove("invalid");
        } catch (BadInputException e) {
            if (!kernel.getStyleClass().contains("invalid")) {
                kernel.getStyleClass().add("invalid");
            }
            message.setText(text.get("signal.kernel.bad"));
            return;
        }
        ConvolutionSpec s = settings.get().spec();
        double[] result;
        try {
            result = Convolution1D.apply(signal, weights, s);
            this.result = result;
        } catch (BadInputException e) {
            // The only refusal left: a 'valid' output with a kernel longer than the signal.
            message.setText(text.get("signal.noOutput", weights.length, signal.length));
            return;
        }
        double[] xs = new double[signal.length];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = k;
        }
        // Output k is drawn above the input its window is anchored on (the kernel's centre).
        double[] rx = new double[result.length];
        for (int k = 0; k < rx.length; k++) {
            rx[k] = Convolution1D.anchor(signal.length, weights.length, s, k);
        }
        int current = (int) Math.min(result.length - 1, Math.round(settings.get().position() * result.length / SAMPLES));
        List<Convolution1D.Tap> window = Convolution1D.window(signal, weights, s, current);
        double[] wx = new double[window.size()];
        double[] wy = new double[window.size()];
        StringBuilder terms = new StringBuilder();
        for (int u = 0; u < window.size(); u++) {
            Convolution1D.Tap t = window.get(u);
            wx[u] = t.index();
            wy[u] = t.value();
            if (u < 9) {
                terms.append(u == 0 ? "" : " + ").append(MatrixText.number(t.weight())).append("·")
                        .append(String.format(java.util.Locale.ROOT, t.value() < 0 ? "(%.2f)" : "%.2f", t.value()));
            } else if (u == 9) {
                terms.append(" + …");
            }
        }
        plot.layers().setAll(
                new LineLayer(xs, signal, SIGNAL, 1.5, null, text.get("signal.legend.input")),
                new PointsLayer(xs, signal, SIGNAL, 2.5, null),
                new LineLayer(rx, result, RESULT, 2.5, null, text.get("signal.legend.output")),
                new PointsLayer(wx, wy, WINDOW, 5, text.get("signal.legend.window")),
                new PointsLayer(new double[] {rx[current]}, new double[] {result[current]}, RESULT, 6, null));
        double high = 2.2;
        for (double v : result) {
            high = Math.max(high, Math.abs(v) * 1.05);
        }
        for (double v : signal) {
            high = Math.max(high, Math.abs(v) * 1.05);
        }
        plot.setView(-2, signal.length + 1, -high, high);
        String line = text.get("signal.window", current, terms.toString(),
                String.format(java.util.Locale.ROOT, "%.3f", result[current]));
        if (settings.get().shape() == SignalSettings.Shape.RADAR) {
            line += "\n" + text.get("signal.radar.peak", deepmath.conv.Signals.argMax(result),
                    deepmath.conv.Signals.RADAR_ECHO_START,
                    deepmath.conv.Signals.RADAR_ECHO_START + deepmath.conv.Signals.RADAR_PULSE - 1);
        }
        message.setText(line);
    }

    private void advance() {
        double next = position.getValue() + 1;
        position.setValue(next > position.getMax() ? 0 : next);
    }

    private void togglePlay() {
        if (animation.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            animation.pause();
        } else {
            animation.play();
        }
    }

    private void updateProduct() {
        try {
            double[] p = Polynomials.parse(settings.get().polyP());
            double[] q = Polynomials.parse(settings.get().polyQ());
            product.setText("(" + Polynomials.format(p) + ") · (" + Polynomials.format(q) + ") = "
                    + Polynomials.format(Polynomials.multiply(p, q)));
        } catch (BadInputException e) {
            product.setText(text.get("poly.bad"));
        }
    }

    void stop() {
        animation.stop();
    }

    /** The output plotted, or null when the kernel or the spec gives none (tests). */
    double[] result() {
        return result == null ? null : result.clone();
    }

    /** The signal plotted (tests). */
    double[] signal() {
        return signal.clone();
    }
}
