package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.train.CorpusText;
import deepmath.gpt.train.CrossEntropy;
import deepmath.gpt.train.Gpt2Trainer;
import deepmath.gpt.train.TokenCorpus;
import deepmath.gpt.train.TrainingLog;
import deepmath.gpt.train.TrainingOptions;
import deepmath.nd.Nd4jRuntime;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Trains the lab's small GPT-2 (the shipped model's sizes: 2 layers, 4 heads, n = 128, 64 tokens) on the shipped corpus as a background
 * task — progress bar and Cancel in the status bar, the loss curve drawn as it goes — then opens the result.
 * A second Start on the same folder resumes the run from its last checkpoint.
 */
final class TrainingPane extends BorderPane {
    private final BackgroundTasks tasks;
    private final Messages messages;
    /** Refusals said in the window's language. */
    private final deepmath.app.task.ErrorText refusals;
    private final Consumer<Path> open;
    private final Spinner<Integer> steps = new Spinner<>(10, 100_000, 9000, 500);
    private final Spinner<Integer> batch = new Spinner<>(1, 64, 4);
    private final TextField folder = new TextField(
            Path.of(System.getProperty("user.home"), "deepmath-lab", "models", "my-gpt2").toString());
    private final PlotCanvas curve = new PlotCanvas();
    private final Label status = new Label();
    private final List<double[]> trainingLoss = new ArrayList<>();
    private final List<double[]> heldOutLoss = new ArrayList<>();
    /** The shipped corpus's unigram baseline (DATA.md) until a run measures its own. */
    private double unigram = 5.9347;
    private boolean running;
    private boolean logRequested;
    /** Held here: the legends are computed texts, redrawn on every language switch. */
    private final javafx.beans.binding.StringBinding languageWatch;

    TrainingPane(BackgroundTasks tasks, Messages messages, deepmath.app.task.ErrorText refusals, Consumer<Path> open) {
        this.refusals = refusals;
        this.tasks = tasks;
        this.messages = messages;
        this.open = open;
        this.languageWatch = messages.text("training.legend.train");
        languageWatch.addListener((o, was, now) -> redraw());
        setId("attention-training");
        setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        steps.setEditable(true);
        steps.setPrefWidth(100);
        steps.setId("training-steps");
        batch.setEditable(true);
        batch.setPrefWidth(80);
        batch.setId("training-batch");
        folder.setPrefColumnCount(20);
        folder.setMinWidth(120);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setId("training-folder");
        Button start = new Button();
        start.textProperty().bind(messages.text("training.start"));
        start.setId("training-start");
        start.setOnAction(e -> start());
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.getStyleClass().add("accent");
        Button openButton = new Button();
        openButton.textProperty().bind(messages.text("training.open"));
        openButton.setOnAction(e -> open.accept(Path.of(folder.getText())));
        openButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, Translated.label(messages, "training.steps"), steps, Translated.label(messages, "training.batch"), batch,
                Translated.label(messages, "training.folder"), folder, start, openButton);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label();
        caption.textProperty().bind(messages.text("training.caption"));
        caption.setWrapText(true);
        caption.getStyleClass().add("attention-caption");
        curve.setId("training-curve");
        curve.xAxis().labelProperty().bind(messages.text("training.axis.step"));
        curve.yAxis().labelProperty().bind(messages.text("training.axis.loss"));
        status.setId("training-status");
        setTop(new VBox(6, controls, caption));
        setCenter(curve);
        setBottom(status);
    }

    /** First showing of the tab: the shipped run's curves, read then rather than when the lab opens. */
    void shown() {
        if (!logRequested) {
            logRequested = true;
            showShippedRun();
        }
    }

    /** Before any run: the curve of the run that made the shipped model (its training-log.tsv ships with it). */
    private void showShippedRun() {
        tasks.submit(messages.get("training.task.log"), progress -> {
            Path folder = deepmath.gpt.ShippedModel.folder().orElse(null);
            Path log = folder == null ? null : folder.resolve("training-log.tsv");
            return log != null && java.nio.file.Files.isRegularFile(log) ? TrainingLog.read(log) : null;
        }, (TrainingLog log) -> {
            if (log == null || running || !trainingLoss.isEmpty()) {
                return;
            }
            trainingLoss.addAll(log.trainingLoss());
            heldOutLoss.addAll(log.heldOutLoss());
            show(messages.text("training.shipped"));
            redraw();
        });
    }

    private void start() {
        if (running) {
            return;
        }
        running = true;
        trainingLoss.clear();
        heldOutLoss.clear();
        redraw();
        Path out = Path.of(folder.getText());
        TrainingOptions options = TrainingOptions.small(steps.getValue()).withBatch(batch.getValue());
        show(messages.text("training.preparing"));
        tasks.submit(messages.get("training.task"), progress -> {
            Nd4jRuntime.initialise();
            Gpt2Tokenizer gpt2 = Gpt2Tokenizer.shipped();
            TokenCorpus corpus = TokenCorpus.of(CorpusText.shipped(), gpt2, TrainingOptions.SHIPPED_MIN_COUNT);
            double baseline = CrossEntropy.unigram(corpus.training(), corpus.validation(), corpus.vocabulary().size());
            Platform.runLater(() -> unigram = baseline);
            return new Gpt2Trainer(corpus, options, out).run(gpt2, progress, new Gpt2Trainer.Listener() {
                @Override
                public void step(int step, double loss, double learningRate, double gradientNorm) {
                    Platform.runLater(() -> {
                        trainingLoss.add(new double[] {step, loss});
                        show(messages.text("training.progress", step, options.steps(),
                                String.format(Locale.ROOT, "%.3f", loss), String.format(Locale.ROOT, "%.1e", learningRate)));
                        if (step % 5 == 0) {
                            redraw();
                        }
                    });
                }

                @Override
                public void evaluated(int step, double validationLoss) {
                    Platform.runLater(() -> heldOutLoss.add(new double[] {step, validationLoss}));
                }
            });
        }, last -> {
            running = false;
            redraw();
            show(messages.text("training.done", out));
            open.accept(out);
        }, error -> {
            running = false;
            status.textProperty().unbind();
            status.setText(refusals.of(error));
        });
    }

    /** The status line, in the language of the moment (it follows a switch). */
    private void show(javafx.beans.binding.StringBinding text) {
        status.textProperty().bind(text);
    }

    private void redraw() {
        List<deepmath.viz.plot.PlotLayer> layers = new ArrayList<>();
        if (!trainingLoss.isEmpty()) {
            layers.add(new LineLayer(column(trainingLoss, 0), column(trainingLoss, 1), Color.web("#3a86ff"), 1.6, null,
                    messages.get("training.legend.train")));
            if (!Double.isNaN(unigram)) {
                double last = trainingLoss.get(trainingLoss.size() - 1)[0];
                layers.add(new LineLayer(new double[] {1, Math.max(2, last)}, new double[] {unigram, unigram},
                        Color.web("#8d99ae"), 1.4, new double[] {6, 4}, messages.get("training.legend.unigram")));
            }
        }
        if (!heldOutLoss.isEmpty()) {
            layers.add(new PointsLayer(column(heldOutLoss, 0), column(heldOutLoss, 1), Color.web("#fb8500"), 4,
                    messages.get("training.legend.heldOut")));
        }
        curve.layers().setAll(layers);
        if (!layers.isEmpty()) {
            curve.fitToData(0.05);
        }
    }

    private static double[] column(List<double[]> points, int index) {
        return points.stream().mapToDouble(p -> p[index]).toArray();
    }
}
