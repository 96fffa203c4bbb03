package deepmath.app.convolution;

import deepmath.app.lab.LabContext;
import deepmath.app.convolution.ImageSettings.PoolingChoice;
import deepmath.app.task.LatestOnlyWorker;
import deepmath.conv.DirectConvolution;
import deepmath.image.ChannelMode;
import deepmath.image.ImageFiles;
import deepmath.image.ImageFilter;
import deepmath.image.RasterImage;
import deepmath.image.HiddenMotif;
import deepmath.image.SampleImages;
import deepmath.image.ToneMapping;
import deepmath.viz.conv.HistogramView;
import deepmath.viz.conv.ImageViewport;
import deepmath.viz.conv.ZoomableImageView;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The image tab: a photo before and after a chain of kernels, side by side with one zoom and pan, the kernel
 * editor, the spec, pooling, the pixel inspector and the result's histogram. Every change re-convolves in
 * the background (newest request wins), so editing a weight updates a 1024×1024 image as you type.
 */
final class ImageTab {
    private final LabContext context;
    private final Messages text;
    private final DirectConvolution engine = new DirectConvolution();
    private final LatestOnlyWorker worker;
    private final KernelEditor kernel;
    private final SpecControls spec;
    private final ComboBox<String> sample = new ComboBox<>();
    private final ComboBox<ChannelMode> channels = new ComboBox<>();
    private final ComboBox<ToneMapping> tone = new ComboBox<>();
    private final ComboBox<PoolingChoice.Mode> pooling = new ComboBox<>();
    private final Spinner<Integer> poolSize = new Spinner<>(PoolingChoice.MIN_SIZE, PoolingChoice.MAX_SIZE, 4);
    /** What this tab shows (part of the lab's {@link ConvolutionState}); the controls follow and edit it. */
    private final ObjectProperty<ImageSettings> settings;
    private final ChainEditor chain;
    private final ImageViewport viewport = new ImageViewport();
    private final ZoomableImageView before = new ZoomableImageView(viewport);
    private final ZoomableImageView after = new ZoomableImageView(viewport);
    private final HistogramView histogram = new HistogramView();
    private final PixelInspector inspector;
    private final Label status = new Label();
    private RasterImage source;
    /** Where {@link #source} came from (a sample or a file); null before the first picture. */
    private ImageSettings.Source loaded;
    /** The file being read, if any (so that it is not asked for twice). */
    private ImageSettings.Source requested;
    /** True while the settings are copied into the controls: their listeners then write nothing back. */
    private boolean pushing;
    /** The source's name: a sample's follows the language, a file's is its file name. */
    private javafx.beans.value.ObservableValue<String> sourceName = new javafx.beans.property.SimpleStringProperty("");
    private ImagePreview preview;
    /** The hidden smiley's search, while that picture is shown (then {@link #preview} is null). */
    private MotifPreview search;
    /** The kernel, spec, pooling and chain: off while the hidden smiley's correlation is shown. */
    private ScrollPane side;
    private Label formula;
    private BorderPane node;

    ImageTab(LabContext context, Messages text, ObjectProperty<ImageSettings> settings) {
        this.context = context;
        this.text = text;
        this.settings = settings;
        this.kernel = new KernelEditor(text);
        this.spec = new SpecControls(text, "conv-image");
        this.inspector = new PixelInspector(text);
        this.chain = new ChainEditor(text, this::change);
        this.worker = new LatestOnlyWorker("convolution-preview", error -> context.errors().report(text.get("image.error"), error));
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            kernel.choiceProperty().addListener((o, was, now) -> change(s -> s.withKernel(now)));
            spec.specProperty().addListener((o, was, now) -> change(s -> s.withSpec(now)));
            channels.valueProperty().addListener((o, was, now) -> change(s -> s.withChannels(now)));
            tone.valueProperty().addListener((o, was, now) -> change(s -> s.withTone(now)));
            pooling.valueProperty().addListener((o, was, now) -> change(s -> s.withPooling(
                    new PoolingChoice(now, s.pooling().size()))));
            poolSize.valueProperty().addListener((o, was, now) -> change(s -> s.withPooling(
                    new PoolingChoice(s.pooling().mode(), now))));
            sample.valueProperty().addListener((obs, old, key) -> {
                if (key != null) {
                    change(s -> s.withSource(new ImageSettings.Source.Sample(key)));
                }
            });
            settings.addListener((o, was, now) -> {
                push(now);
                recompute();
            });
            load(settings.get().source());
        }
        return node;
    }

    /** A change made by the user in a control: written into the settings (not while they are being shown). */
    private void change(java.util.function.UnaryOperator<ImageSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    /** Shows {@code s} in the controls, and opens its picture if it is not the one shown. */
    private void push(ImageSettings s) {
        pushing = true;
        try {
            if (!s.kernel().equals(kernel.choiceProperty().get())) {
                kernel.setChoice(s.kernel());
            }
            spec.set(s.spec());
            channels.setValue(s.channels());
            tone.setValue(s.tone());
            pooling.setValue(s.pooling().mode());
            poolSize.getValueFactory().setValue(s.pooling().size());
            chain.show(s.chain());
            sample.setValue(s.source() instanceof ImageSettings.Source.Sample one ? one.key() : null);
        } finally {
            pushing = false;
        }
        if (loaded != null && !s.source().equals(loaded) && !s.source().equals(requested)) {
            load(s.source());
        }
    }

    /** Opens the settings' picture: a sample at once, a file in the background. */
    private void load(ImageSettings.Source wanted) {
        if (wanted instanceof ImageSettings.Source.Sample one) {
            setSource(SampleImages.open(one.key()), text.text("sample." + one.key()), wanted);
        } else if (wanted instanceof ImageSettings.Source.File file) {
            read(file.path());
        }
    }

    private BorderPane build() {
        sample.getItems().setAll(SampleImages.KEYS);
        sample.setId("conv-sample");
        Translated.cells(sample, text, k -> "sample." + k);
        channels.getItems().setAll(ChannelMode.values());
        channels.setValue(ChannelMode.PER_CHANNEL);
        channels.setId("conv-channels");
        Translated.cells(channels, text, m -> "channels." + m.key());
        tone.getItems().setAll(ToneMapping.values());
        tone.setValue(ToneMapping.CLIP);
        tone.setId("conv-tone");
        Translated.cells(tone, text, t -> "tone." + t.key());
        pooling.getItems().setAll(PoolingChoice.Mode.values());
        pooling.setValue(PoolingChoice.Mode.NONE);
        pooling.setId("conv-pooling");
        poolSize.setId("conv-pool-size");
        Translated.cells(pooling, text, p -> "pool." + p.key());
        poolSize.setPrefWidth(70);
        poolSize.disableProperty().bind(pooling.valueProperty().isEqualTo(PoolingChoice.Mode.NONE));

        Button open = Translated.button(text, "image.open", this::chooseFile);
        Button save = Translated.button(text, "image.save", this::saveResult);
        save.setId("conv-save");
        // Groups that wrap onto a second line in a narrow window rather than cutting their texts.
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(16, 6,
                group(Translated.label(text, "image.sample"), sample, open),
                group(Translated.label(text, "image.channels"), channels),
                group(Translated.label(text, "image.tone"), tone), save);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (javafx.scene.control.Control control : List.of(sample, channels, tone, open, save)) {
            control.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        toolbar.getStyleClass().add("conv-toolbar");

        before.setId("conv-before");
        after.setId("conv-after");
        before.onPixelHoveredProperty().set(this::inspectSource);
        after.onPixelHoveredProperty().set(this::inspect);
        HBox.setHgrow(before, Priority.ALWAYS);
        HBox.setHgrow(after, Priority.ALWAYS);
        before.setMinSize(200, 200);
        after.setMinSize(200, 200);
        HBox images = new HBox(8, before, after);
        VBox.setVgrow(images, Priority.ALWAYS);

        histogram.setPrefWidth(300);
        histogram.setMinWidth(240);
        VBox histogramBox = new VBox(4, Translated.label(text, "image.histogram"), histogram);
        HBox bottom = new HBox(12, inspector.node(), new javafx.scene.layout.Region(), histogramBox);
        HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
        bottom.setMinHeight(150);
        status.getStyleClass().add("conv-muted");
        status.setId("conv-image-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        formula = spec.formula();
        VBox centre = new VBox(8, formula, images, status, bottom);
        centre.setPadding(new Insets(0, 0, 0, 12));

        BorderPane pane = new BorderPane(centre);
        pane.setTop(toolbar);
        side = sidePanel();
        pane.setLeft(side);
        BorderPane.setMargin(toolbar, new Insets(0, 0, 10, 0));
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private ScrollPane sidePanel() {
        HBox poolRow = new HBox(6, pooling, poolSize);
        pooling.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        VBox side = new VBox(8, Heading.of(text, "image.kernel"), kernel.node(), new Separator(),
                Heading.of(text, "image.how"), spec.grid(true), new Separator(),
                Heading.of(text, "image.pooling"), poolRow, new Separator(),
                chain.node());
        side.setPadding(new Insets(4, 12, 4, 2));
        side.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(320);
        scroll.getStyleClass().add("conv-side");
        return scroll;
    }

    private void recompute() {
        if (source == null || node == null) {
            return;
        }
        RasterImage input = source;
        // The kernels' controls and formula say nothing about the hidden smiley's correlation.
        side.setDisable(searchingMotif());
        formula.setVisible(!searchingMotif());
        formula.setManaged(!searchingMotif());
        if (searchingMotif()) {
            worker.submit(() -> MotifPreview.compute(input), this::showSearch);
            return;
        }
        ImageFilter filter = settings.get().filter();
        ToneMapping mapping = settings.get().tone();
        worker.submit(() -> ImagePreview.compute(input, filter, mapping, engine), this::show);
    }

    /** The book's hidden smiley: its correlation with the motif replaces the kernels, the peak is marked. */
    private boolean searchingMotif() {
        return loaded instanceof ImageSettings.Source.Sample one && SampleImages.HIDDEN_SMILEY.equals(one.key());
    }

    private void showSearch(MotifPreview result) {
        preview = null;
        search = result;
        inspector.clear();
        before.mark(null);
        after.showPixels(result.correlation().width(), result.correlation().height(), result.argb());
        after.captionProperty().bind(text.text("image.motif.after"));
        after.mark(result.mark());
        histogram.setHistogram(result.histogram());
        status.textProperty().bind(text.text("image.motif.status", result.peak()[0], result.peak()[1]));
    }

    /** Where the correlation of the hidden smiley peaks, {row, column}; null for the other pictures (tests). */
    int[] motifPeak() {
        return searchingMotif() && search != null ? search.peak().clone() : null;
    }

    private void show(ImagePreview result) {
        preview = result;
        search = null;
        after.showPixels(result.result().width(), result.result().height(), result.argb());
        after.captionProperty().bind(text.text("image.after", result.result().width(), result.result().height()));
        histogram.setHistogram(result.histogram());
        status.textProperty().bind(text.text("image.status", sourceName, source.width(), source.height(),
                text.text(source.isGrey() ? "image.grey" : "image.colour"), source.bitsPerSample()));
    }

    /** The result image as shown (tests read its pixels). */
    WritableImage resultImage() {
        return (WritableImage) after.imageProperty().get();
    }

    /** The marks of the inspector on the source and on the result, {x, y, width, height} or null (tests). */
    int[][] marks() {
        return new int[][] {before.marked(), after.marked()};
    }

    /** What hovering pixel (x, y) of the source ({@code source}) or of the result does (tests). */
    void hover(boolean source, int x, int y) {
        (source ? before : after).onPixelHoveredProperty().get().accept(x, y);
    }

    boolean busy() {
        return worker.busy();
    }

    /** Hovering the source: the inspector explains the result pixel that source pixel feeds. */
    private void inspectSource(Integer x, Integer y) {
        if (x == null || preview == null) {
            inspect(null, null);
            return;
        }
        int[] result = preview.map().resultPixel(x, y);
        inspect(result[0], result[1]);
        before.mark(new int[] {x, y, 1, 1});
    }

    /** Result pixel (x, y): marked on the result, and on the source as the block it comes from (pooling, stride). */
    private void inspect(Integer x, Integer y) {
        if (x == null || preview == null) {
            inspector.clear();
            before.mark(null);
            // The hidden smiley's peak stays marked: it is the answer, not a hovered pixel.
            after.mark(search == null ? null : search.mark());
            return;
        }
        before.mark(preview.map().sourceBlock(x, y));
        after.mark(new int[] {x, y, 1, 1});
        float[] mapping = settings.get().tone().transform(preview.result());
        var block = preview.pooledBlock(x, y);
        if (block.isPresent()) {
            inspector.showPooled(x, y, block.get(), mapping, preview.result().isGrey());
        } else {
            inspector.show(x, y, preview.explain(x, y), preview.lastStep().kernel(), mapping,
                    preview.result().isGrey());
        }
    }

    /** Shows sample {@code key} (as choosing it in the menu does). */
    void openSample(String key) {
        node();
        sample.setValue(key);
    }

    /** Opens a picture the user chose or dropped; the settings take it once it is read. */
    void open(Path file) {
        node();
        read(file);
    }

    /**
     * Reads {@code file} in the background; once read, it is shown and becomes the settings' source. If it
     * cannot be read the reason is reported and the picture shown stays (so do the settings, a session's file
     * that has gone missing falls back to that picture).
     */
    private void read(Path file) {
        ImageSettings.Source wanted = new ImageSettings.Source.File(file);
        String title = text.get("image.opening", file.getFileName());
        requested = wanted;
        context.tasks().submit(title, progress -> ImageFiles.read(file), image -> {
            requested = null;
            setSource(image, new javafx.beans.property.SimpleStringProperty(file.getFileName().toString()), wanted);
            change(s -> s.withSource(wanted));
        }, error -> {
            requested = null;
            context.errors().report(title, error);
            if (loaded != null && settings.get().source().equals(wanted)) {
                settings.set(settings.get().withSource(loaded));
            }
        });
    }

    private void setSource(RasterImage image, javafx.beans.value.ObservableValue<String> name,
                           ImageSettings.Source from) {
        source = image;
        sourceName = name;
        loaded = from;
        viewport.fit();
        WritableImage original = new WritableImage(image.width(), image.height());
        original.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                ToneMapping.CLIP.toArgb(image), 0, image.width());
        before.imageProperty().set(original);
        before.captionProperty().bind(text.text("image.before", name));
        recompute();
    }

    private void chooseFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(text.get("image.open"));
        chooser.getExtensionFilters().addAll(ConvolutionLab.imageFilters(text));
        java.io.File file = chooser.showOpenDialog(context.window().get());
        if (file != null) {
            open(file.toPath());
        }
    }

    private void saveResult() {
        if (preview == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(text.get("image.save"));
        chooser.setInitialFileName("convolution.png");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File file = chooser.showSaveDialog(context.window().get());
        if (file != null) {
            RasterImage result = preview.result();
            ToneMapping mapping = settings.get().tone();
            context.tasks().submit(text.get("image.saving"), progress -> {
                ImageFiles.writePng(result, mapping, file.toPath());
                return file.getName();
            }, name -> status.textProperty().bind(text.text("image.saved", name)));
        }
    }
}
