package deepmath.app.function;

import deepmath.calculus.BookFunctions;
import deepmath.calculus.FunctionPreset;
import deepmath.core.BadInputException;
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
 * The formula line shared by the labs that take a typed formula: the formula (applied as you type, once it parses;
 * a parse error is shown under it, in the UI's language, while the previous figure stays). The function labs' bar
 * adds the book's presets, curve/surface mode and a help line; {@link #plain} is the line alone.
 */
public final class FormulaBar extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(220));

    FormulaBar(FunctionWorkspace workspace, Messages messages, I18n i18n) {
        this(workspace, messages, i18n, javafx.beans.binding.Bindings.when(
                workspace.modeProperty().isEqualTo(PlotMode.CURVE)).then("y = f(x) =").otherwise("z = f(x, y) ="),
                "formula-field", "formula-error", e -> null);
        field.setPromptText("x*exp(-x^2-y^2)");
        ComboBox<FunctionPreset> presets = presetBox(workspace, messages, i18n);
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
        ((HBox) getChildren().get(0)).getChildren().addAll(presets, modeBox);
        Label help = new Label();
        help.textProperty().bind(messages.text("formula.help"));
        help.getStyleClass().add("formula-help");
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);
        help.visibleProperty().bind(error.visibleProperty().not());
        help.managedProperty().bind(help.visibleProperty());
        getChildren().add(help);
    }

    /**
     * The formula line alone, for {@code target}: "prefix [formula]" with the error under it.
     *
     * @param messages  the function labs' bundle (its {@code formula.error.*} texts say the parse errors)
     * @param ownErrors says a refusal of the target's own (not a parse error) in the UI's language, or null
     *                  to leave it to the parse-error texts
     */
    public static FormulaBar plain(FormulaTarget target, I18n i18n, String prefix, String fieldId, String errorId,
                                   java.util.function.Function<BadInputException, String> ownErrors) {
        return new FormulaBar(target, i18n.messages("function"), i18n, new javafx.beans.property.SimpleStringProperty(prefix),
                fieldId, errorId, ownErrors);
    }

    private FormulaBar(FormulaTarget target, Messages messages, I18n i18n, javafx.beans.value.ObservableValue<String> prefixText,
                       String fieldId, String errorId, java.util.function.Function<BadInputException, String> ownErrors) {
        getStyleClass().add("formula-bar");
        deepmath.app.task.ErrorText refusals = new deepmath.app.task.ErrorText(i18n);
        Label prefix = new Label();
        prefix.textProperty().bind(prefixText);
        prefix.getStyleClass().add("formula-prefix");
        field.setId(fieldId);
        field.setText(target.formulaProperty().get() == null ? "" : target.formulaProperty().get().text());
        field.getStyleClass().add("formula-field");
        HBox.setHgrow(field, Priority.ALWAYS);
        typingPause.setOnFinished(e -> target.setFormula(field.getText()));
        field.textProperty().addListener((obs, old, text) -> {
            if (!field.isDisabled()) {
                typingPause.playFromStart();
            }
        });
        field.setOnAction(e -> {
            typingPause.stop();
            target.setFormula(field.getText());
        });
        target.formulaProperty().addListener((obs, old, f) -> {
            String text = f == null ? "" : f.text();
            if (!field.getText().equals(text) && !field.isFocused()) {
                field.setText(text);
                typingPause.stop();
            }
        });
        HBox line = new HBox(8, prefix, field);
        line.setAlignment(Pos.CENTER_LEFT);
        error.setId(errorId);
        error.getStyleClass().add("formula-error");
        // The parser speaks English; the message is said again in the UI's language, and follows a switch.
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BadInputException cause = target.errorCauseProperty().get();
            String own = cause == null ? null : ownErrors.apply(cause);
            return own != null ? own : refusals.of(cause);
        }, target.errorCauseProperty(), i18n.localeProperty()));
        error.setWrapText(true);
        error.visibleProperty().bind(target.errorCauseProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(line, error);
        setSpacing(3);
    }

    /** The text field (a lab may disable it while its problem takes no formula). */
    public TextField field() {
        return field;
    }

    private ComboBox<FunctionPreset> presetBox(FunctionWorkspace workspace, Messages messages, I18n i18n) {
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
