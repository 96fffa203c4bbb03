package deepmath.app.descent;

import deepmath.descent.DescentPreset;
import deepmath.descent.StepSchedule;
import deepmath.expr.Numbers;
import deepmath.optim.OptimizerKind;
import deepmath.viz.i18n.BookPresetCell;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The descent lab's controls: method, step δ (log scale), its schedule δ_k with β or α, μ, race, batch size with
 * its shuffling and the other sizes compared, Step / Play / Reset / the preset's steps at once, speed.
 */
final class DescentControls extends VBox {
    final ComboBox<DescentPreset> presets = new ComboBox<>();
    final ComboBox<OptimizerKind> method = new ComboBox<>();
    /** log10 δ from 10⁻⁴ to 2: the book's steps go up to δ = 1.1, which diverges (ch. 8, line 9034). */
    final Slider logStep = new Slider(-4, Math.log10(2), -0.7);
    final ComboBox<StepSchedule.Kind> schedule = new ComboBox<>();
    /** β of the exponential decrease or α of keras's, from a few values (shown only for those two kinds). */
    final ComboBox<Double> scheduleParameter = new ComboBox<>();
    final Slider mu = new Slider(0, 0.99, 0.8);
    final Map<OptimizerKind, CheckBox> race = new EnumMap<>(OptimizerKind.class);
    final Spinner<Integer> batch = new Spinner<>(0, 1000, 0);
    final CheckBox shuffle = new CheckBox();
    /** The batch sizes compared with the method's own K, one box per size of {@link DescentState#COMPARABLE_BATCHES}. */
    final Map<Integer, CheckBox> compared = new java.util.LinkedHashMap<>();
    final Button runBook = new Button();
    private final VBox dataSection = new VBox();
    final Slider speed = new Slider(1, 60, 8);
    final Button step = new Button();
    final Button play = new Button();
    final Button reset = new Button();
    final Button exportCsv = new Button();
    final Button copy = new Button();
    final Label status = new Label();
    final Label stepValue = new Label();
    final Label epoch = new Label();

    private static final List<Double> BETAS = List.of(0.01, 0.05, 0.1, 0.2, 0.5, 1.0);
    /** keras's decay: the book's usual 10^-6..10^-4 (ch. 8, line 9181), and larger ones that show on 20 steps. */
    private static final List<Double> ALPHAS = List.of(1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 0.5, 1.0);

    DescentControls(Messages messages, I18n i18n) {
        setSpacing(8);
        setPadding(new Insets(10));
        getStyleClass().add("control-column");
        setPrefWidth(300);
        presets.setId("descent-presets");
        presets.getItems().setAll(DescentPreset.all());
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setCellFactory(l -> new BookPresetCell<>(messages, i18n, "preset.chapter", "section.preset"));
        presets.setButtonCell(presetButtonCell(messages, i18n));
        // Two lines for the chosen preset's name (the button cell wraps it): the book's names are long.
        presets.setMinHeight(50);
        presets.setPrefHeight(50);
        presets.setConverter(BookPresetCell.converter(messages, i18n, "preset.chapter"));
        method.setId("descent-method");
        method.getItems().setAll(OptimizerKind.values());
        method.setValue(OptimizerKind.SGD);
        method.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(method, messages, kind -> "method." + kind.key());
        logStep.setId("descent-step");
        schedule.setId("descent-schedule");
        schedule.getItems().setAll(StepSchedule.Kind.values());
        schedule.setValue(StepSchedule.Kind.CONSTANT);
        schedule.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(schedule, messages, kind -> "schedule." + kind.key());
        scheduleParameter.setId("descent-schedule-parameter");
        scheduleParameter.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(scheduleParameter, v -> messages.text(
                schedule.getValue() == StepSchedule.Kind.EXPONENTIAL ? "schedule.beta" : "schedule.alpha",
                Numbers.format(v)));
        showParameterFor(StepSchedule.Kind.CONSTANT, 0);
        // One row under the slider, its title in a tooltip (a title row would push Step out of a 736-pixel-high
        // window); β or α takes a second row only for the two schedules that have one.
        schedule.setTooltip(Translated.tooltip(messages, "control.schedule"));
        scheduleParameter.setTooltip(Translated.tooltip(messages, "control.schedule"));
        wrapping(stepValue);
        wrapping(epoch);
        stepValue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("control.step", Numbers.format(step(), 4)), logStep.valueProperty(),
                i18n.localeProperty()));
        Label muLabel = wrapping(new Label());
        muLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("control.mu", Numbers.format(Math.round(mu.getValue() * 100) / 100.0, 2)),
                mu.valueProperty(), i18n.localeProperty()));
        FlowPane raceBoxes = new FlowPane(8, 4);
        for (OptimizerKind kind : OptimizerKind.values()) {
            CheckBox box = Translated.checkBox(messages, "method." + kind.key());
            box.setId("race-" + kind.key());
            box.setStyle("-fx-text-fill: " + toHex(RaceRun.colourOf(kind)) + ";");
            race.put(kind, box);
            raceBoxes.getChildren().add(box);
        }
        batch.setId("descent-batch");
        batch.setEditable(true);
        Label batchLabel = wrapping(new Label());
        batchLabel.textProperty().bind(messages.text("control.batch"));
        shuffle.setId("descent-shuffle");
        shuffle.textProperty().bind(messages.text("control.shuffle"));
        shuffle.setWrapText(true);
        Label compareLabel = wrapping(new Label());
        compareLabel.textProperty().bind(messages.text("control.compare"));
        FlowPane compareBoxes = new FlowPane(8, 4);
        for (int k : DescentState.COMPARABLE_BATCHES) {
            CheckBox box = new CheckBox();
            box.setId("descent-compare-" + k);
            box.textProperty().bind(k == 0 ? messages.text("control.compareAll") : messages.text("control.compareK", k));
            box.setStyle("-fx-text-fill: " + toHex(RaceRun.colourOfBatch(k)) + ";");
            compared.put(k, box);
            compareBoxes.getChildren().add(box);
        }
        runBook.setId("descent-run-book");
        Label speedLabel = wrapping(new Label());
        speedLabel.textProperty().bind(messages.text("control.speed", speed.valueProperty()));
        step.setId("descent-step-button");
        step.textProperty().bind(messages.text("control.stepButton"));
        play.setId("descent-play");
        reset.setId("descent-reset");
        reset.textProperty().bind(messages.text("control.reset"));
        copy.textProperty().bind(messages.text("control.copy"));
        exportCsv.textProperty().bind(messages.text("control.export"));
        status.setId("descent-status");
        status.setWrapText(true);
        status.getStyleClass().add("readout");
        Label hint = new Label();
        hint.textProperty().bind(messages.text("control.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        for (Button button : List.of(step, play, reset, runBook, copy, exportCsv)) {
            // A button keeps its whole label; the row wraps instead.
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        FlowPane runButtons = new FlowPane(6, 6, step, play, reset, runBook);
        FlowPane tableButtons = new FlowPane(6, 6, copy, exportCsv);
        // The data settings only for a data problem (see showDataSection): a function's column stays as short as
        // before, its Step button within a 736-pixel-high window.
        dataSection.getChildren().addAll(Translated.heading(messages, "section.data"), batchLabel, batch, shuffle,
                compareLabel, compareBoxes, epoch);
        dataSection.setSpacing(8);
        getChildren().addAll(Translated.heading(messages, "section.preset"), presets,
                Translated.heading(messages, "section.method"), method, stepValue, logStep,
                schedule, scheduleParameter, muLabel, mu,
                Translated.heading(messages, "section.race"), raceBoxes,
                Translated.heading(messages, "section.run"), runButtons, speedLabel, speed, status, dataSection,
                tableButtons, hint);
    }

    /** The batch size, shuffling and compared sizes: shown for a data problem only. */
    void showDataSection(boolean on) {
        dataSection.setVisible(on);
        dataSection.setManaged(on);
    }

    double step() {
        return Math.pow(10, logStep.getValue());
    }

    void setStep(double step) {
        logStep.setValue(Math.log10(step));
    }

    /**
     * The parameter menu for {@code kind}: hidden when it takes none, else its values (β or α), {@code value} among
     * them (a session's value that is not one of the menu's is added to it).
     */
    void showParameterFor(StepSchedule.Kind kind, double value) {
        scheduleParameter.setVisible(kind.hasParameter());
        scheduleParameter.setManaged(kind.hasParameter());
        if (!kind.hasParameter()) {
            return;
        }
        java.util.TreeSet<Double> values = new java.util.TreeSet<>(kind == StepSchedule.Kind.EXPONENTIAL ? BETAS : ALPHAS);
        values.add(value);
        scheduleParameter.getItems().setAll(values);
        scheduleParameter.setValue(value);
    }

    /** The chosen preset in full: its text wraps onto a second line rather than ending in "…". */
    private static BookPresetCell<DescentPreset> presetButtonCell(Messages messages, I18n i18n) {
        BookPresetCell<DescentPreset> cell = new BookPresetCell<>(messages, i18n, "preset.chapter", "section.preset");
        cell.setWrapText(true);
        return cell;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static String toHex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }
}
