package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.gpt.Generation;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.NextToken;
import deepmath.gpt.Sampling;
import deepmath.gpt.TextGenerator;
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
 * The next-token law with a temperature slider, and generation: greedy, sampling from the whole law, top-k or
 * top-p choice with a seed, one token appended to the text (which runs the model again), or several written at once
 * by {@link TextGenerator} with its key/value cache (each new token costs one token's pass), in the background.
 */
final class NextTokenPane extends BorderPane {
    private static final int BARS = 10;
    static final int MAX_SEED = 999_999;
    static final int MAX_NEW_TOKENS = 200;

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
    private final Spinner<Integer> seed = new Spinner<>(0, MAX_SEED, 0);
    private final Spinner<Integer> count = new Spinner<>(1, MAX_NEW_TOKENS, 20);
    private final Label generated = new Label();
    private final BackgroundTasks tasks;
    private final ErrorText refusals;
    /** The draws of Append: restarted from the seed whenever it changes, so a run of appends can be replayed. */
    private Random random = new Random(0);
    /** The last generation's outcome, said again after a language switch. */
    private Generated last;

    private record Generated(int tokens, double tokensPerSecond, Generation.Stop stop) {
    }

    /** A generation and the seconds it took. */
    private record Timed(Generation generation, double seconds) {
    }

    NextTokenPane(AttentionState state, Messages messages, BackgroundTasks tasks, ErrorText refusals) {
        this.state = state;
        this.messages = messages;
        this.tasks = tasks;
        this.refusals = refusals;
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
        spinner(seed, state.seed, "next-seed", 100);
        spinner(count, state.newTokens, "next-count", 80);
        state.seed.addListener((o, was, now) -> random = new Random(now.longValue()));
        random = new Random(state.seed.get());
        Button generate = new Button();
        generate.textProperty().bind(messages.text("next.generate"));
        generate.setId("next-generate");
        generate.setOnAction(e -> generate());
        generate.disableProperty().bind(state.trace.isNull());
        generate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        generated.setId("next-generated");
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
        HBox many = new HBox(8, Translated.label(messages, "next.seed"), seed, Translated.label(messages, "next.count"),
                count, generate, generated);
        many.setAlignment(Pos.CENTER_LEFT);
        for (HBox row : new HBox[] {law, choice, many}) {
            row.getChildren().forEach(n -> {
                if (n instanceof Label l) {
                    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            });
        }
        append.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        k.setMinWidth(80);
        setTop(new VBox(8, caption, law, choice, many));
        setCenter(bars);
        state.trace.addListener(o -> refresh());
        refresh();
    }

    /** After a language switch: the nucleus line and the last generation's line (the choice box follows by itself). */
    void relabel() {
        refresh();
        showGenerated();
    }

    /** An editable integer spinner kept equal to {@code property} both ways. */
    private static void spinner(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty property, String id,
                                double width) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.setMinWidth(width);
        spinner.getValueFactory().setValue(property.get());
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((o, was, now) -> spinner.getValueFactory().setValue(now.intValue()));
    }

    /** The sampling the controls describe. */
    Sampling sampling() {
        return new Sampling(strategy.getValue(), temperature.getValue(), k.getValue(), p.getValue(), seed.getValue());
    }

    /**
     * Writes up to "new tokens" tokens after the text with the chosen sampling and seed, in the background, then
     * appends them to the text (which runs the model again for the views). The viewer's token limit caps the count.
     */
    void generate() {
        LoadedGpt2 loaded = state.model.get();
        Gpt2Tokenizer tokenizer = state.tokenizer.get();
        int[] prompt = state.tokens.get().ids();
        if (loaded == null || tokenizer == null || prompt.length == 0 || state.currentTrace() == null) {
            return;
        }
        int room = Math.min(AttentionRunner.MAX_TOKENS, loaded.model().config().nPositions()) - prompt.length;
        int wanted = Math.min(count.getValue(), Math.max(room, 0));
        Sampling sampling = sampling();
        int endOfText = tokenizer.id(Gpt2Tokenizer.END_OF_TEXT).orElse(TextGenerator.NO_END_OF_TEXT);
        String before = state.text.get();
        tasks.submit(messages.get("task.generate"), progress -> {
            long start = System.nanoTime();
            Generation g = new TextGenerator(loaded.model()).generate(prompt, wanted, sampling, endOfText, false,
                    progress);
            return new Timed(g, (System.nanoTime() - start) / 1e9);
        }, (Timed result) -> {
            Generation g = result.generation();
            double seconds = result.seconds();
            Generation.Stop stop = wanted < count.getValue() && g.stop() == Generation.Stop.MAX_TOKENS
                    ? Generation.Stop.CONTEXT_FULL : g.stop();
            last = new Generated(g.generated().length, seconds > 0 ? g.generated().length / seconds : 0, stop);
            showGenerated();
            if (state.text.get().equals(before) && state.model.get() == loaded) {
                state.text.set(before + tokenizer.decode(g.generated()));
            }
        }, error -> state.problem.set(refusals.of(error)));
    }

    private void showGenerated() {
        if (last == null) {
            generated.setText("");
            return;
        }
        String line = messages.get("next.generated", last.tokens(),
                String.format(Locale.ROOT, "%.1f", last.tokensPerSecond()));
        generated.setText(switch (last.stop()) {
            case MAX_TOKENS -> line;
            case END_OF_TEXT -> line + " · " + messages.get("next.stop.endOfText");
            case CONTEXT_FULL -> line + " · " + messages.get("next.stop.contextFull");
        });
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
