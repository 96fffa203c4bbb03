package deepmath.app.attention;

import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.NextToken;
import deepmath.viz.attention.ProbabilityBars;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The next-token law with a temperature slider, and word-by-word generation: greedy, top-k or top-p choice,
 * the chosen token appended to the text, which runs the model again.
 */
final class NextTokenPane extends BorderPane {
    private static final int BARS = 10;

    private final AttentionState state;
    private final Messages messages;
    private final ProbabilityBars bars = new ProbabilityBars();
    private final Slider temperature = new Slider(0.1, 2.0, 1.0);
    private final Label temperatureValue = new Label();
    private final ChoiceBox<NextToken.Strategy> strategy =
            new ChoiceBox<>(FXCollections.observableArrayList(NextToken.Strategy.values()));
    private final Spinner<Integer> k = new Spinner<>(1, 200, 10);
    private final Slider p = new Slider(0.05, 1.0, 0.9);
    private final Label pValue = new Label();
    private final Random random = new Random();

    NextTokenPane(AttentionState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        bars.setId("next-token-bars");
        // The tokens are the model's data, not texts to translate (the UI guard skips data).
        bars.getStyleClass().add("data-text");
        bars.setIdText(id -> messages.get("next.id", String.valueOf(id)));
        temperature.setId("next-temperature");
        temperature.setPrefWidth(180);
        temperature.valueProperty().bindBidirectional(state.temperature);
        temperature.valueProperty().addListener(o -> refresh());
        strategy.valueProperty().bindBidirectional(state.strategy);
        Translated.names(strategy, messages, s -> "next.strategy." + s.name().toLowerCase(Locale.ROOT).replace("_", ""));
        strategy.setId("next-strategy");
        k.setPrefWidth(80);
        k.setId("next-k");
        p.setId("next-p");
        k.setEditable(true);
        k.getValueFactory().setValue(state.topK.get());
        k.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.topK.set(now);
            }
        });
        state.topK.addListener((o, was, now) -> k.getValueFactory().setValue(now.intValue()));
        p.valueProperty().bindBidirectional(state.topP);
        p.setPrefWidth(120);
        p.valueProperty().addListener(o -> refresh());
        k.disableProperty().bind(strategy.valueProperty().isNotEqualTo(NextToken.Strategy.TOP_K));
        p.disableProperty().bind(strategy.valueProperty().isNotEqualTo(NextToken.Strategy.TOP_P));
        Button append = new Button();
        append.textProperty().bind(messages.text("next.append"));
        append.setId("next-append");
        append.setOnAction(e -> appendNext());
        append.disableProperty().bind(state.trace.isNull());

        Label caption = new Label();
        caption.textProperty().bind(messages.text("next.caption"));
        caption.setWrapText(true);
        caption.getStyleClass().add("attention-caption");
        HBox law = new HBox(8, Translated.label(messages, "next.temperature"), temperature, temperatureValue);
        law.setAlignment(Pos.CENTER_LEFT);
        HBox choice = new HBox(8, Translated.label(messages, "next.strategy"), strategy, Translated.label(messages, "next.k"), k, Translated.label(messages, "next.p"), p, pValue, append);
        choice.setAlignment(Pos.CENTER_LEFT);
        for (HBox row : new HBox[] {law, choice}) {
            row.getChildren().forEach(n -> {
                if (n instanceof Label l) {
                    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            });
        }
        append.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        k.setMinWidth(80);
        setTop(new VBox(8, caption, law, choice));
        setCenter(bars);
        state.trace.addListener(o -> refresh());
        refresh();
    }

    /** After a language switch: the nucleus line (the choice box follows by itself). */
    void relabel() {
        refresh();
    }

    double temperature() {
        return temperature.getValue();
    }

    void setTemperature(double value) {
        temperature.setValue(value);
    }

    ProbabilityBars bars() {
        return bars;
    }

    private void refresh() {
        temperatureValue.setText(String.format(Locale.ROOT, "%.2f", temperature.getValue()));
        Gpt2Trace trace = state.currentTrace();
        if (trace == null || state.tokenizer.get() == null) {
            pValue.setText(String.format(Locale.ROOT, "%.2f", p.getValue()));
            bars.setBars(List.of());
            return;
        }
        NextToken law = new NextToken(trace.lastLogits(), temperature.getValue());
        pValue.setText(String.format(Locale.ROOT, "%.2f", p.getValue()) + " · "
                + messages.get("next.nucleus", law.nucleusSize(p.getValue())));
        bars.setBars(law.top(BARS).stream().map(c -> new ProbabilityBars.Bar(
                state.tokenizer.get().tokenTexts(new int[] {c.id()}).get(0), c.id(), c.probability())).toList());
    }

    /** Chooses the next token with the chosen strategy and appends it to the text (which runs the model again). */
    void appendNext() {
        Gpt2Trace trace = state.currentTrace();
        if (trace == null) {
            return;
        }
        NextToken law = new NextToken(trace.lastLogits(), temperature.getValue());
        append(law.choose(strategy.getValue(), k.getValue(), p.getValue(), random));
    }

    /** Appends token {@code id}'s text (a line break, a tab or a space included) to the text. */
    void append(int id) {
        state.text.set(state.text.get() + state.tokenizer.get().decode(new int[] {id}));
    }
}
