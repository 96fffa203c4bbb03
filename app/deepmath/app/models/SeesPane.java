package deepmath.app.models;

import deepmath.app.task.BackgroundTasks;
import deepmath.sequential.ModelEvaluation;
import deepmath.sequential.data.Examples;
import deepmath.viz.digits.ConfusionMatrixView;
import deepmath.viz.digits.DigitGallery;
import deepmath.viz.digits.FeatureMapGrid;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * What the network sees, for the network of the last finished epoch: for pictures, the feature maps of each layer
 * for one example and the learned kernels; for classes, the confusion matrix on the held-out examples and the
 * mistakes it was surest of; for a fit of one variable the learned curve over the data, of two the learned surface
 * beside the data. Computed in the background when the network changes (the view only draws).
 */
final class SeesPane {
    private static final int MISTAKES = 16;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ObjectProperty<TrainedModel> trained;
    private final Spinner<Integer> example = new Spinner<>(0, 0, 0);
    private final Label answer = new Label();
    private final VBox content = new VBox(12);
    private final ScrollPane root;

    SeesPane(Messages messages, BackgroundTasks tasks, ObjectProperty<TrainedModel> trained,
             javafx.beans.value.ObservableBooleanValue running) {
        this.messages = messages;
        this.tasks = tasks;
        this.trained = trained;
        example.setId("models-example");
        example.getStyleClass().add("data-text");
        example.setEditable(true);
        example.setPrefWidth(110);
        example.valueProperty().addListener(o -> showExample());
        answer.setId("models-answer");
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        content.setPadding(new Insets(12));
        content.setId("models-sees");
        root = new ScrollPane(content);
        root.setId("models-sees-scroll");
        root.setFitToWidth(true);
        // Judged once a run is over (or stopped), not after every epoch of it.
        trained.addListener(o -> {
            if (!running.get()) {
                refresh();
            }
        });
        running.addListener((o, was, now) -> {
            if (!now) {
                refresh();
            }
        });
        messages.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return root;
    }

    private void refresh() {
        TrainedModel model = trained.get();
        content.getChildren().clear();
        if (model == null) {
            content.getChildren().add(Translated.wrapped(messages, "sees.none"));
            return;
        }
        Examples data = model.judged();
        if (!data.isClassification()) {
            showFit(model, data);
            return;
        }
        example.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                data.count() - 1, Math.min(example.getValue(), data.count() - 1)));
        HBox pick = new HBox(8, Translated.label(messages, "sees.example", data.count()), example);
        pick.setAlignment(Pos.CENTER_LEFT);
        VBox maps = new VBox(8);
        maps.setId("models-maps");
        content.getChildren().addAll(pick, answer, maps);
        showExample();
        Label judging = Translated.wrapped(messages, "sees.judging");
        content.getChildren().add(judging);
        tasks.submit(messages.text("sees.task"), progress -> {
            ModelEvaluation evaluation = NetworkInsight.evaluation(model);
            return new Judged(evaluation, NetworkInsight.worstMistakes(model.network(), data, MISTAKES));
        }, judged -> {
            if (trained.get() == model) {
                content.getChildren().remove(judging);
                showJudged(model, data, judged);
            }
        });
    }

    private record Judged(ModelEvaluation evaluation, List<NetworkInsight.Mistake> mistakes) {
    }

    /** The answer for the chosen example and, for pictures, its feature maps and the kernels. */
    private void showExample() {
        TrainedModel model = trained.get();
        if (model == null || !model.judged().isClassification() || content.lookup("#models-maps") == null) {
            return;
        }
        Examples data = model.judged();
        int i = Math.min(example.getValue(), data.count() - 1);
        double[] p = model.network().predict(data.inputs()[i]);
        int predicted = p.length == 1 ? (p[0] >= 0.5 ? 1 : 0) : argmaxOf(p);
        double confidence = p.length == 1 ? Math.max(p[0], 1 - p[0]) : p[predicted];
        answer.setText(messages.get("sees.answer", data.classes().get(predicted),
                String.format(Locale.ROOT, "%.1f", 100 * confidence), data.classes().get(data.label(i))));
        VBox maps = (VBox) content.lookup("#models-maps");
        maps.getChildren().clear();
        if (NetworkInsight.pictureShape(model.network(), data).isEmpty()) {
            return;
        }
        for (NetworkInsight.Planes planes : NetworkInsight.featureMaps(model.network(), data.inputs()[i])) {
            maps.getChildren().add(grid(messages.get("sees.maps", planes.layer(), planes.count(), planes.height(),
                    planes.width()), planes, false, Math.max(28, Math.min(64, 2.0 * Math.max(planes.width(),
                    planes.height())))));
        }
        for (NetworkInsight.Planes kernels : NetworkInsight.filters(model.network())) {
            maps.getChildren().add(grid(messages.get("sees.filters", kernels.layer(), kernels.count(), kernels.height()),
                    kernels, true, 24));
        }
    }

    private static int argmaxOf(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return best;
    }

    /** {@code tile}: the drawn size of a plane's longer side. */
    static FeatureMapGrid grid(String title, NetworkInsight.Planes planes, boolean signed, double tile) {
        FeatureMapGrid grid = new FeatureMapGrid();
        grid.setPlanes(title, planes.values(), planes.count(), planes.width(), planes.height(), signed, tile);
        grid.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private void showJudged(TrainedModel model, Examples data, Judged judged) {
        ModelEvaluation e = judged.evaluation();
        content.getChildren().add(Translated.heading(messages, "sees.confusion"));
        content.getChildren().add(Translated.wrapped(messages, "sees.accuracy",
                String.format(Locale.ROOT, "%.1f", 100 * e.accuracy()), e.samples()));
        ConfusionMatrixView matrix = new ConfusionMatrixView();
        matrix.setId("models-confusion");
        matrix.setCounts(e.confusion());
        matrix.setTitles(messages.get("sees.true"), messages.get("sees.predicted"));
        Label classes = new Label(classList(data));
        classes.getStyleClass().add("data-text");
        classes.setWrapText(true);
        classes.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().addAll(classes, matrix);
        java.util.Optional<List<Integer>> shape = NetworkInsight.pictureShape(model.network(), data);
        if (shape.isEmpty() || judged.mistakes().isEmpty()) {
            return;
        }
        content.getChildren().add(Translated.heading(messages, "sees.mistakes"));
        content.getChildren().addAll(Translated.wrapped(messages, "sees.mistakesHint"),
                mistakes(data, shape.get(), judged.mistakes()));
    }

    /** The mistakes as pictures of {@code shape}, in colour for RGB inputs, captioned true → predicted. */
    static DigitGallery mistakes(Examples data, List<Integer> shape, List<NetworkInsight.Mistake> mistakes) {
        List<double[]> pictures = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        boolean colour = false;
        for (NetworkInsight.Mistake m : mistakes) {
            NetworkInsight.Picture p = NetworkInsight.picture(data, m.index(), shape);
            pictures.add(p.values());
            colour = p.colour();
            captions.add(m.truth() + " → " + m.predicted());
        }
        DigitGallery gallery = new DigitGallery();
        gallery.setId("models-mistakes");
        gallery.getStyleClass().add("data-text");
        if (colour) {
            gallery.setColourImages(pictures, shape.get(1), shape.get(0), captions);
        } else {
            gallery.setImages(pictures, shape.get(1), shape.get(0), captions);
        }
        return gallery;
    }

    /** "0 = above, 1 = below": the class numbers the matrix and the captions use. */
    private static String classList(Examples data) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < data.classes().size(); k++) {
            parts.add(k + " = " + data.classes().get(k));
        }
        return String.join(", ", parts);
    }

    /** A fit: the curve over the data (one variable) or the surface beside the data (two). */
    private void showFit(TrainedModel model, Examples data) {
        int inputs = data.shape().stream().mapToInt(Integer::intValue).reduce(1, (a, b) -> a * b);
        if (inputs == 1) {
            NetworkInsight.Curve c = NetworkInsight.curve(model.network(), data);
            PlotCanvas plot = new PlotCanvas();
            plot.setId("models-fit");
            plot.setPrefSize(640, 420);
            plot.xAxis().labelProperty().bind(messages.text("sees.x"));
            plot.yAxis().labelProperty().bind(messages.text("sees.y"));
            plot.layers().setAll(new PointsLayer(c.x(), c.data(), Color.web("#555555"), 2.5, messages.get("sees.data")),
                    new LineLayer(c.x(), c.learned(), Color.web("#d6604d"), 2, null, messages.get("sees.learned")));
            plot.fitToData(0.08);
            content.getChildren().addAll(Translated.heading(messages, "sees.curve"), plot);
        } else if (inputs == 2) {
            NetworkInsight.Planes s = NetworkInsight.surface(model.network(), data);
            content.getChildren().addAll(Translated.heading(messages, "sees.surface"),
                    Translated.wrapped(messages, "sees.surfaceHint"),
                    grid(messages.get("sees.surfaceTitle", s.width()), s, true, Math.max(160, 8.0 * s.width())));
        } else {
            content.getChildren().add(Translated.wrapped(messages, "sees.manyInputs", inputs));
        }
    }
}
