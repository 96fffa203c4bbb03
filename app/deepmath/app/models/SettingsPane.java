package deepmath.app.models;

import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The data set and the training settings of the next run, bound to the state both ways: the data's kind and, as
 * the kind needs them, the formula and range or the file or folder; then the loss, optimiser, learning rate,
 * epochs, mini-batch, validation share and seed. All are locked while a run goes on.
 */
final class SettingsPane {
    private final ModelsState state;
    private final Messages messages;
    private final VBox root;
    private final ComboBox<DataChoice.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(DataChoice.Kind.values()));
    private final TextField formula = new TextField();
    private final TextField range = new TextField();
    private final TextField path = new TextField();
    private final ComboBox<String> loss = new ComboBox<>(FXCollections.observableArrayList(TrainingSettings.LOSSES));
    private final ComboBox<String> optimizer = new ComboBox<>(FXCollections.observableArrayList(TrainingSettings.OPTIMIZERS));
    private final Spinner<Double> rate = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(1e-5,
            TrainingSettings.MAX_RATE, 0.001, 0.001));
    private final Spinner<Integer> epochs = new Spinner<>(1, TrainingSettings.MAX_EPOCHS, 5);
    private final Spinner<Integer> batch = new Spinner<>(1, TrainingSettings.MAX_BATCH, 32);
    private final Spinner<Double> split = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0,
            TrainingSettings.MAX_SPLIT, 0.1, 0.05));
    private final Spinner<Integer> seed = new Spinner<>(0, (int) TrainingSettings.MAX_SEED, 1);
    private final GridPane dataGrid = new GridPane();
    /** What the chosen kind of data is, in a line that wraps to the column's width. */
    private final javafx.scene.control.Label hint = new javafx.scene.control.Label();
    private final java.util.function.Supplier<Window> window;
    private boolean showing;

    SettingsPane(ModelsState state, Messages messages, ObservableBooleanValue running,
                 java.util.function.Supplier<Window> window, PulledDataRow pulled, PulledData pulledData) {
        this.pulled = pulled;
        this.pulledData = pulledData;
        this.state = state;
        this.messages = messages;
        this.window = window;
        kind.setId("models-data");
        Translated.cells(kind, messages, k -> "data." + k.key());
        formula.setId("models-formula");
        range.setId("models-range");
        path.setId("models-path");
        for (TextField f : List.of(formula, range, path)) {
            f.getStyleClass().add("data-text");
        }
        formula.setPrefColumnCount(14);
        range.setPrefColumnCount(8);
        path.setPrefColumnCount(10);
        loss.setId("models-loss");
        optimizer.setId("models-optimizer");
        Translated.cells(loss, messages, l -> "loss." + l);
        Translated.cells(optimizer, messages, o -> "optimizer." + o);
        rate.setId("models-rate");
        epochs.setId("models-epochs");
        batch.setId("models-batch");
        split.setId("models-split");
        seed.setId("models-seed");
        rate.getValueFactory().setConverter(new NumberText());
        split.getValueFactory().setConverter(new NumberText());
        for (Spinner<?> s : List.of(rate, epochs, batch, split, seed)) {
            s.getStyleClass().add("data-text");
            s.setEditable(true);
            s.setPrefWidth(120);
        }
        show();
        state.dataProperty().addListener(o -> show());
        state.trainingProperty().addListener(o -> show());
        kind.valueProperty().addListener((o, was, now) -> data(d -> d.withKind(now)));
        formula.textProperty().addListener((o, was, now) -> data(d -> d.withFormula(now)));
        range.textProperty().addListener((o, was, now) -> data(d -> d.withRange(now)));
        path.textProperty().addListener((o, was, now) -> data(d -> d.withPath(now)));
        loss.valueProperty().addListener((o, was, now) -> training(t -> t.withLoss(now)));
        optimizer.valueProperty().addListener((o, was, now) -> training(t -> t.withOptimizer(now)));
        rate.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                training(t -> t.withLearningRate(now));
            }
        });
        epochs.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                training(t -> t.withEpochs(now));
            }
        });
        batch.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                training(t -> t.withBatch(now));
            }
        });
        split.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                training(t -> t.withValidationSplit(now));
            }
        });
        seed.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                training(t -> t.withSeed(now));
            }
        });

        Button browse = Translated.button(messages, "data.browse", this::browse);
        browse.setId("models-browse");
        dataGrid.setHgap(8);
        dataGrid.setVgap(6);
        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        int r = 0;
        for (var row : List.of(List.of("settings.loss", loss), List.of("settings.optimizer", optimizer),
                List.of("settings.rate", rate), List.of("settings.epochs", epochs), List.of("settings.batch", batch),
                List.of("settings.split", split), List.of("settings.seed", seed))) {
            settings.add(Translated.label(messages, (String) row.get(0)), 0, r);
            settings.add((Node) row.get(1), 1, r++);
        }
        HBox pathRow = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        this.pathRow = pathRow;
        layoutData();
        kind.valueProperty().addListener(o -> layoutData());
        for (Control c : List.of(kind, formula, range, path, browse, loss, optimizer, rate, epochs, batch, split, seed)) {
            c.disableProperty().bind(running);
        }
        for (ComboBox<?> c : List.of(kind, loss, optimizer)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setId("models-data-hint");
        root = new VBox(8, Translated.heading(messages, "data.title"), dataGrid, pulled.node(), hint,
                Translated.heading(messages, "settings.title"), settings);
    }

    private final HBox pathRow;
    private final PulledDataRow pulled;
    private final PulledData pulledData;

    Node node() {
        return root;
    }

    /** The data rows the kind uses: the formula and range for a function, the file or folder for the readers. */
    private void layoutData() {
        dataGrid.getChildren().clear();
        dataGrid.add(Translated.label(messages, "data.kind"), 0, 0);
        dataGrid.add(kind, 1, 0);
        DataChoice.Kind k = kind.getValue();
        if (k == DataChoice.Kind.FUNCTION) {
            dataGrid.add(Translated.label(messages, "data.formula"), 0, 1);
            dataGrid.add(formula, 1, 1);
            dataGrid.add(Translated.label(messages, "data.range"), 0, 2);
            dataGrid.add(range, 1, 2);
            hint.textProperty().bind(messages.text("data.functionHint"));
        } else if (k != null && k.needsPath()) {
            dataGrid.add(Translated.label(messages, k == DataChoice.Kind.CSV ? "data.file" : "data.folder"), 0, 1);
            dataGrid.add(pathRow, 1, 1);
            hint.textProperty().bind(messages.text("data.hint." + k.key()));
        } else if (k != null) {
            hint.textProperty().bind(messages.text("data.hint." + k.key()));
        }
        java.util.Optional<deepmath.datasets.PulledSet> set = k == null ? java.util.Optional.empty()
                : pulledData.set(k);
        pulled.set(set.orElse(null));
        // beside the grid, not in it: a wrapping label in a grid cell would widen the column to its whole line
        pulled.node().setVisible(set.isPresent());
        pulled.node().setManaged(set.isPresent());
    }

    private void browse() {
        DataChoice.Kind k = kind.getValue();
        java.io.File chosen;
        if (k == DataChoice.Kind.CSV) {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("data.csvFilter"), "*.csv"));
            chosen = chooser.showOpenDialog(window.get());
        } else {
            chosen = new DirectoryChooser().showDialog(window.get());
        }
        if (chosen != null) {
            path.setText(chosen.getAbsolutePath());
        }
    }

    private void data(UnaryOperator<DataChoice> change) {
        if (!showing) {
            state.dataProperty().set(change.apply(state.dataProperty().get()));
        }
    }

    private void training(UnaryOperator<TrainingSettings> change) {
        if (!showing) {
            state.trainingProperty().set(change.apply(state.trainingProperty().get()));
        }
    }

    /** The controls show the state (a preset's or a session's settings). */
    private void show() {
        showing = true;
        try {
            DataChoice d = state.dataProperty().get();
            kind.setValue(d.kind());
            set(formula, d.formula());
            set(range, d.range());
            set(path, d.path());
            TrainingSettings t = state.trainingProperty().get();
            loss.setValue(t.loss());
            optimizer.setValue(t.optimizer());
            rate.getValueFactory().setValue(t.learningRate());
            epochs.getValueFactory().setValue(t.epochs());
            batch.getValueFactory().setValue(t.batch());
            split.getValueFactory().setValue(t.validationSplit());
            seed.getValueFactory().setValue((int) t.seed());
        } finally {
            showing = false;
        }
    }

    private static void set(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    /** A rate as the book writes it (0.001, not 0): the number itself, read back leniently. */
    private static final class NumberText extends javafx.util.StringConverter<Double> {
        @Override
        public String toString(Double value) {
            return value == null ? "" : String.valueOf(value.doubleValue());
        }

        @Override
        public Double fromString(String text) {
            try {
                return Double.valueOf(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
