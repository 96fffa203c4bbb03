package deepmath.app.tensor;

import deepmath.app.lab.LabContext;
import deepmath.app.task.LatestOnlyWorker;
import deepmath.conv.KernelLibrary;
import deepmath.digits.DigitSet;
import deepmath.tensor.DataTensors;
import deepmath.tensor.Tensor;
import deepmath.tensor.TensorDiagram;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.tensor.TensorBlocksView;
import deepmath.viz.tensor.TensorImages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The data page: a picture read as a tensor (h, w, 3) — the picture, its three channels T[:, :, c], and the
 * numbers of its top left corner — and a batch of the shipped MNIST digits as a tensor (n, 28, 28, 1). The
 * picture is decoded and the digits read on a worker thread.
 */
final class DataPane {
    private static final int CORNER = 3;

    private final LabContext context;
    private final Messages text;
    private final ObjectProperty<TensorState.Data> settings;
    private final LatestOnlyWorker worker;
    private final ComboBox<String> image = new ComboBox<>();
    private final Spinner<Integer> first = new Spinner<>(0, TensorState.Data.DIGITS - 1, 0);
    private final Spinner<Integer> step = new Spinner<>(1, TensorState.Data.MAX_STEP, 1000);
    private final Spinner<Integer> count = new Spinner<>(1, DataTensors.MAX_BATCH, 8);
    private final ComboBox<String> filter = new ComboBox<>();
    private final Label imageInfo = new Label();
    private final Label imageCode = new Label();
    private final HBox channels = new HBox(12);
    private final TensorBlocksView corner = new TensorBlocksView();
    private final Label digitsInfo = new Label();
    private final Label digitsCode = new Label();
    private final FlowPane digits = new FlowPane(8, 8);
    private final Label filterTitle = new Label();
    private volatile DigitSet digitSet;
    private boolean pushing;
    private Shown shown;
    private Node node;

    /**
     * What the page shows, computed on the worker.
     *
     * @param maps the filter's feature maps of the batch (n, 28, 28, 1), or null without a filter
     */
    record Shown(TensorState.Data settings, Tensor image, Tensor batch, int[] labels, Tensor maps) {
    }

    DataPane(LabContext context, Messages text, ObjectProperty<TensorState.Data> settings) {
        this.context = context;
        this.text = text;
        this.settings = settings;
        this.worker = new LatestOnlyWorker("tensor-data", e -> context.errors().report(text.get("error.title"), e));
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            PaneFrame.follow(settings, this::push, this::recompute);
            image.valueProperty().addListener(o -> edited());
            first.valueProperty().addListener(o -> edited());
            step.valueProperty().addListener(o -> edited());
            count.valueProperty().addListener(o -> edited());
            filter.valueProperty().addListener(o -> edited());
            text.language().addListener(o -> {
                if (shown != null) {
                    show(shown);
                }
            });
            recompute();
        }
        return node;
    }

    private Node build() {
        image.setId("tensor-image");
        image.getItems().setAll(DataTensors.IMAGES);
        image.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(image, text, key -> "image." + key);
        first.setId("tensor-digits-first");
        count.setId("tensor-digits-count");
        step.setId("tensor-digits-step");
        step.setEditable(true);
        step.setPrefWidth(100);
        first.setEditable(true);
        first.setPrefWidth(100);
        count.setPrefWidth(100);
        filter.setId("tensor-digits-filter");
        filter.getItems().setAll(DataTensors.FILTERS);
        filter.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(filter, text, key -> "filter." + key);
        Label hint = PaneFrame.hint(text, "data.hint");
        VBox left = new VBox(8, Translated.heading(text, "data.image"), image, Translated.heading(text, "data.digits"),
                Translated.label(text, "data.first"), first, wrapping(Translated.label(text, "data.step")), step,
                Translated.label(text, "data.count"), count, wrapping(Translated.label(text, "data.filter")), filter,
                hint);
        left.setPadding(new Insets(0, 14, 0, 0));
        left.setPrefWidth(300);

        for (Label l : new Label[] {imageCode, digitsCode}) {
            l.getStyleClass().addAll("tensor-code", "data-text");
            wrapping(l);
        }
        filterTitle.setId("tensor-digits-filter-title");
        filterTitle.textProperty().bind(text.text("data.filterTitle"));
        wrapping(filterTitle);
        imageInfo.setId("tensor-image-info");
        digitsInfo.setId("tensor-digits-info");
        corner.setId("tensor-image-corner");
        Label cornerTitle = Translated.label(text, "data.corner", CORNER);
        cornerTitle.setWrapText(true);
        cornerTitle.setMinWidth(0);
        VBox centre = new VBox(10, Translated.heading(text, "data.imageTitle"), imageInfo, imageCode, channels,
                cornerTitle, corner, Translated.heading(text, "data.digitsTitle"), digitsInfo, digitsCode, filterTitle,
                digits);
        ScrollPane scroll = new ScrollPane(PaneFrame.centre(centre));
        scroll.setId("tensor-data-scroll");
        scroll.setFitToWidth(true);
        return PaneFrame.of(left, scroll);
    }

    private void edited() {
        if (pushing || image.getValue() == null) {
            return;
        }
        int n = TensorState.Data.fitting(first.getValue(), step.getValue(), count.getValue());
        settings.set(new TensorState.Data(image.getValue(), first.getValue(), step.getValue(), n,
                filter.getValue() == null ? settings.get().filter() : filter.getValue()));
    }

    private void push(TensorState.Data s) {
        pushing = true;
        try {
            image.setValue(s.image());
            first.getValueFactory().setValue(s.first());
            step.getValueFactory().setValue(s.step());
            count.getValueFactory().setValue(s.count());
            filter.setValue(s.filter());
        } finally {
            pushing = false;
        }
    }

    private void recompute() {
        TensorState.Data s = settings.get();
        worker.submit(() -> {
            Tensor picture = DataTensors.image(DataTensors.picture(s.image()));
            DigitSet set = digitSet;
            if (set == null) {
                set = DigitSet.shipped();
                digitSet = set;
            }
            int[] labels = new int[s.count()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = set.label(s.first() + k * s.step());
            }
            Tensor batch = DataTensors.digits(set, s.first(), s.step(), s.count());
            Tensor maps = s.filter().equals("none") ? null
                    : DataTensors.filtered(batch, KernelLibrary.get(s.filter()));
            return new Shown(s, picture, batch, labels, maps);
        }, this::show);
    }

    private void show(Shown s) {
        shown = s;
        Tensor t = s.image();
        imageInfo.setText(text.get("tensor.info", t.rank(), t.shapeText(), t.size()));
        imageCode.setText("img = np.asarray(Image.open(\"" + s.settings().image() + ".png\"))   # img.shape == "
                + t.shapeText());
        double scale = Math.max(1, Math.floor(128.0 / Math.max(t.length(0), t.length(1))));
        double side = Math.min(160, Math.max(t.length(0), t.length(1)) * scale);
        channels.getChildren().setAll(picture(TensorImages.colour(t), side, "data.picture"),
                picture(TensorImages.channel(t, 0), side, "data.red"),
                picture(TensorImages.channel(t, 1), side, "data.green"),
                picture(TensorImages.channel(t, 2), side, "data.blue"));
        double[] patch = new double[CORNER * CORNER * 3];
        for (int i = 0; i < CORNER; i++) {
            for (int j = 0; j < CORNER; j++) {
                for (int c = 0; c < 3; c++) {
                    patch[(i * CORNER + j) * 3 + c] = t.get(i, j, c);
                }
            }
        }
        int[] keys = new int[patch.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = k % 3 == 0 ? 0 : k % 3 == 1 ? 2 : 4;
        }
        corner.showColumn(List.of(new TensorDiagram.Block("img[:" + CORNER + ", :" + CORNER + "]",
                Tensor.of(patch, CORNER, CORNER, 3), keys)));
        Tensor batch = s.batch();
        int n = batch.length(0);
        digitsInfo.setText(text.get("tensor.info", batch.rank(), batch.shapeText(), batch.size()));
        int from = s.settings().first();
        int by = s.settings().step();
        digitsCode.setText("x = x_test[" + from + ":" + (from + (n - 1) * by + 1) + (by == 1 ? "" : ":" + by)
                + "].reshape((" + n + ", 28, 28, 1))   # x.shape == " + batch.shapeText());
        digits.getChildren().clear();
        double[] range = s.maps() == null ? null : DataTensors.range(s.maps());
        filterTitle.setVisible(s.maps() != null);
        filterTitle.setManaged(s.maps() != null);
        for (int k = 0; k < n; k++) {
            ImageView view = new ImageView(TensorImages.digit(batch, k));
            view.setFitWidth(56);
            view.setFitHeight(56);
            view.setSmooth(false);
            Label caption = new Label("x[" + k + "] · " + s.labels()[k]);
            caption.getStyleClass().addAll("data-text", "tensor-code");
            VBox cell = new VBox(2, view, caption);
            if (range != null) {
                // The same filter on every digit, on one scale: the maps compare as the book's do.
                ImageView map = new ImageView(TensorImages.featureMap(s.maps(), k, range[0], range[1]));
                map.setFitWidth(56);
                map.setFitHeight(56);
                map.setSmooth(false);
                cell.getChildren().add(map);
            }
            cell.setAlignment(Pos.CENTER);
            digits.getChildren().add(cell);
        }
    }

    private Node picture(WritableImage picture, double side, String key) {
        ImageView view = new ImageView(picture);
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setPreserveRatio(true);
        view.setSmooth(false);
        Label caption = Translated.label(text, key);
        VBox box = new VBox(4, view, caption);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    boolean busy() {
        return worker.busy();
    }

    Shown shown() {
        return shown;
    }
}
