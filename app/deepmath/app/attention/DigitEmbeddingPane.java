package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.WeightsFile;
import deepmath.language.DigitEmbedding;
import deepmath.viz.color.ColorMap;
import deepmath.viz.digits.GreyImages;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.plot.PlotLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Embedding MNIST digits (book ch. 17 §5.1): each held-out digit turned into the hidden layer of the trained
 * dense network (or its raw pixels), then placed by PCA on PC1–PC2 and PC1–PC3, one colour per class; hovering a
 * point shows that digit.
 */
final class DigitEmbeddingPane extends VBox {
    static final Color[] CLASS_COLOURS = {Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"),
            Color.web("#d62728"), Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"),
            Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf")};
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ChoiceBox<DigitEmbedding.Source> source = new ChoiceBox<>();
    private final Spinner<Integer> count = new Spinner<>(50, 2000, 400, 50);
    private final PlotCanvas plane = new PlotCanvas();
    private final PlotCanvas depth = new PlotCanvas();
    private final ImageView digit = new ImageView();
    private final Label hovered = new Label();
    private final Label summary = new Label();
    private DigitSet digits;
    private DigitEmbedding.Points points;
    private final javafx.beans.binding.StringBinding languageWatch;

    DigitEmbeddingPane(BackgroundTasks tasks, Messages messages) {
        super(8);
        this.tasks = tasks;
        this.messages = messages;
        setId("embeddings-digits");
        setPadding(new Insets(8));
        source.getItems().setAll(DigitEmbedding.Source.values());
        source.setValue(DigitEmbedding.Source.HIDDEN_LAYER);
        Translated.names(source, messages, s -> "embed.digits.source." + s.name().toLowerCase(Locale.ROOT));
        source.setId("digits-embedding-source");
        count.setEditable(true);
        count.setPrefWidth(90);
        Button place = Translated.button(messages, "embed.digits.place", this::place);
        place.setId("digits-embedding-place");
        FlowPane controls = new FlowPane(8, 6, Translated.label(messages, "embed.digits.source"), source,
                Translated.label(messages, "embed.digits.count"), count, place);
        controls.setAlignment(Pos.CENTER_LEFT);
        plane.setId("digits-embedding-plot");
        for (PlotCanvas p : List.of(plane, depth)) {
            p.setMinSize(200, 180);
            p.xAxis().labelProperty().set("PC1");
        }
        plane.yAxis().labelProperty().set("PC2");
        depth.yAxis().labelProperty().set("PC3");
        plane.onDataHoveredProperty().set(p -> hover(p.getX(), p.getY()));
        digit.setFitWidth(84);
        digit.setFitHeight(84);
        digit.setSmooth(false);
        hovered.getStyleClass().add("data-text");
        hovered.setId("digits-embedding-hovered");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("data-text");
        summary.setId("digits-embedding-summary");
        // the heading wraps in the 120 px column rather than sticking out of it (and out of the tab's viewport)
        VBox side = new VBox(6, Translated.wrapped(messages, "embed.digits.hover"), digit, hovered);
        side.setMinWidth(120);
        HBox views = new HBox(8, plane, depth, side);
        HBox.setHgrow(plane, Priority.ALWAYS);
        HBox.setHgrow(depth, Priority.ALWAYS);
        Label caption = Translated.wrapped(messages, "embed.digits.caption");
        caption.getStyleClass().add("attention-caption");
        getChildren().addAll(Translated.heading(messages, "embed.digits.title"), controls, views, summary, caption);
        VBox.setVgrow(views, Priority.ALWAYS);
        languageWatch = messages.text("embed.digits.summary", 0, 0, 0);
        languageWatch.addListener((o, was, now) -> {
            if (points != null) {
                show(points);
            }
        });
    }

    void place() {
        DigitEmbedding.Source from = source.getValue();
        int n = count.getValue();
        tasks.submit(messages.get("embed.digits.task"), progress -> {
            DigitSet set = DigitSet.shippedSplit().test();
            DigitNetwork net = WeightsFile.shipped(ModelKind.DENSE);
            return new Placed(set, DigitEmbedding.of(set, net, from, n, 3));
        }, placed -> {
            digits = placed.digits();
            show(placed.points());
        });
    }

    private record Placed(DigitSet digits, DigitEmbedding.Points points) {
    }

    private void show(DigitEmbedding.Points placed) {
        points = placed;
        double[][] c = placed.coordinates();
        List<PlotLayer> front = new ArrayList<>();
        List<PlotLayer> side = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            List<Integer> of = new ArrayList<>();
            for (int i = 0; i < c.length; i++) {
                if (placed.labels()[i] == k) {
                    of.add(i);
                }
            }
            double[] x = of.stream().mapToDouble(i -> c[i][0]).toArray();
            double[] y = of.stream().mapToDouble(i -> c[i][1]).toArray();
            double[] z = of.stream().mapToDouble(i -> c[i][2]).toArray();
            front.add(new PointsLayer(x, y, CLASS_COLOURS[k], 3.5, String.valueOf(k)));
            side.add(new PointsLayer(x, z, CLASS_COLOURS[k], 3.5, null));
        }
        plane.layers().setAll(front);
        depth.layers().setAll(side);
        plane.fitToData(0.05);
        depth.fitToData(0.05);
        summary.setText(messages.get("embed.digits.summary", c.length,
                String.format(Locale.ROOT, "%.0f", 100 * (placed.pca().explained(0) + placed.pca().explained(1))),
                String.format(Locale.ROOT, "%.0f", 100 * DigitEmbedding.nearestNeighbourAgreement(placed))));
    }

    void hover(double x, double y) {
        if (points == null) {
            return;
        }
        int i = points.nearest(x, y);
        if (i < 0) {
            return;
        }
        float[] image = digits.image(points.positions()[i]);
        digit.setImage(GreyImages.of(GreyImages.toDouble(image), 0, DigitSet.SIDE, DigitSet.SIDE, ColorMap.GREYS, 0, 1));
        hovered.setText("#" + points.positions()[i] + ": " + points.labels()[i]);
    }

    DigitEmbedding.Points points() {
        return points;
    }
}
