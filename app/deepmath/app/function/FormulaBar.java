package deepmath.app.function;

import deepmath.calculus.BookFunctions;
import deepmath.calculus.FunctionPreset;
import deepmath.viz.i18n.BookPresetCell;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;

/**
 * The formula line shared by the function labs: the formula (applied as you type, once it parses; a parse
 * error is shown under it while the previous plot stays), the book's presets, and curve/surface mode.
 */
final class FormulaBar extends VBox {
    private final FunctionWorkspace workspace;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(220));

    FormulaBar(FunctionWorkspace workspace, Messages messages, I18n i18n) {
        this.workspace = workspace;
        getStyleClass().add("formula-bar");
        Label prefix = new Label();
        prefix.textProperty().bind(javafx.beans.binding.Bindings.when(
                workspace.modeProperty().isEqualTo(PlotMode.CURVE)).then("y = f(x) =").otherwise("z = f(x, y) ="));
        prefix.getStyleClass().add("formula-prefix");
        field.setId("formula-field");
        field.setText(workspace.formula().text());
        field.setPromptText("x*exp(-x^2-y^2)");
        field.getStyleClass().add("formula-field");
        HBox.setHgrow(field, Priority.ALWAYS);
        typingPause.setOnFinished(e -> workspace.setFormula(field.getText()));
        field.textProperty().addListener((obs, old, text) -> typingPause.playFromStart());
        field.setOnAction(e -> {
            typingPause.stop();
            workspace.setFormula(field.getText());
        });
        workspace.formulaProperty().addListener((obs, old, f) -> {
            if (f != null && !field.getText().equals(f.text()) && !field.isFocused()) {
                field.setText(f.text());
                typingPause.stop();
            }
        });

        ComboBox<FunctionPreset> presets = presetBox(messages, i18n);
        ToggleButton curve = new ToggleButton("y = f(x)");
        ToggleButton surface = new ToggleButton("z = f(x, y)");
        curve.setId("mode-curve");
        surface.setId("mode-surface");
        // ControlsFX's segmented button: one toggle group, and the pill classes on the first and last button.
        SegmentedButton modeBox = new SegmentedButton(curve, surface);
        modeBox.setId("plot-mode");
        ToggleGroup modes = modeBox.getToggleGroup();
        // The segmented button hands its group to the buttons only when its skin is made: join it now, so the
        // mode shown at start is pressed.
        curve.setToggleGroup(modes);
        surface.setToggleGroup(modes);
        Runnable showMode = () -> modes.selectToggle(workspace.modeProperty().get() == PlotMode.CURVE ? curve : surface);
        showMode.run();
        workspace.modeProperty().addListener(o -> showMode.run());
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A click on the pressed button would leave no mode: keep the current one pressed.
                showMode.run();
            } else {
                workspace.modeProperty().set(now == curve ? PlotMode.CURVE : PlotMode.SURFACE);
            }
        });

        HBox line = new HBox(8, prefix, field, presets, modeBox);
        line.setAlignment(Pos.CENTER_LEFT);
        error.setId("formula-error");
        error.getStyleClass().add("formula-error");
        // The parser speaks English; the message is said again in the UI's language, and follows a switch.
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> FormulaErrorText.describe(messages, workspace.errorCauseProperty().get()),
                workspace.errorCauseProperty(), i18n.localeProperty()));
        error.setWrapText(true);
        error.visibleProperty().bind(workspace.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Label help = new Label();
        help.textProperty().bind(messages.text("formula.help"));
        help.getStyleClass().add("formula-help");
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);
        help.visibleProperty().bind(error.visibleProperty().not());
        help.managedProperty().bind(help.visibleProperty());
        getChildren().addAll(line, error, help);
        setSpacing(3);
    }

    private ComboBox<FunctionPreset> presetBox(Messages messages, I18n i18n) {
        List<FunctionPreset> all = new ArrayList<>(BookFunctions.surfaces());
        all.addAll(BookFunctions.curves());
        ComboBox<FunctionPreset> box = new ComboBox<>();
        box.setId("preset-box");
        box.getItems().setAll(all);
        box.promptTextProperty().bind(messages.text("formula.presets"));
        box.setCellFactory(list -> new BookPresetCell<>(messages, i18n, "formula.chapter", null));
        // The button always reads "Examples from the book…": the chosen formula is in the field beside it, and
        // a long preset name would be cut there.
        javafx.scene.control.ListCell<FunctionPreset> button = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FunctionPreset preset, boolean empty) {
                super.updateItem(preset, empty);
                setText(messages.get("formula.presets"));
            }
        };
        i18n.localeProperty().addListener(o -> button.setText(messages.get("formula.presets")));
        box.setButtonCell(button);
        box.setPrefWidth(250);
        box.setOnAction(e -> {
            FunctionPreset preset = box.getValue();
            if (preset != null) {
                field.setText(preset.formula());
                typingPause.stop();
                workspace.applyPreset(preset);
                // Forget the choice so that choosing the same example again applies it again.
                javafx.application.Platform.runLater(() -> box.getSelectionModel().clearSelection());
            }
        });
        return box;
    }
}
