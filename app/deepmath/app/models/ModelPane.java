package deepmath.app.models;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.sequential.BookArchitecture;
import deepmath.sequential.BookArchitectures;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The model tab: the book's networks to start from (chapter and line), the input shape, the layer list with the
 * selected layer's fields, and keras's summary beside them.
 */
final class ModelPane {
    private final ModelsState state;
    private final Messages messages;
    private final ComboBox<BookArchitecture> presets = new ComboBox<>(FXCollections.observableArrayList(
            BookArchitectures.all()));
    private final TextField input = new TextField();
    private final Label inputProblem = new Label();
    private final LayerEditor editor;
    private final SummaryPane summary;
    private final ErrorText errors;
    private final HBox root;
    private boolean showing;

    ModelPane(ModelsState state, Messages messages, I18n i18n) {
        this.state = state;
        this.messages = messages;
        this.errors = new ErrorText(i18n);
        presets.setId("models-presets");
        // The book's networks are named by the sequential bundle (their chapter in the name); the line is below.
        Messages names = i18n.messages("sequential");
        Translated.cells(presets, p -> names.text("preset." + p.key()));
        presets.promptTextProperty().bind(messages.text("preset.none"));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.valueProperty().addListener((o, was, now) -> {
            if (now != null && !showing && !now.key().equals(state.presetProperty().get())) {
                state.apply(now);
            }
        });
        Label where = new Label();
        where.setId("models-preset-line");
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BookArchitecture p = presets.getValue();
            return p == null ? messages.get("preset.own") : messages.get("preset.where", p.book().chapter(),
                    String.valueOf(p.book().line()));
        }, presets.valueProperty(), messages.language()));
        state.presetProperty().addListener(o -> showPreset());
        showPreset();

        input.setId("models-input");
        input.getStyleClass().add("data-text");
        input.setPrefColumnCount(9);
        input.setOnAction(e -> commitInput());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitInput();
            }
        });
        state.inputProperty().addListener(o -> showInput());
        showInput();
        inputProblem.getStyleClass().add("formula-error");
        inputProblem.setWrapText(true);
        inputProblem.setMinHeight(Region.USE_PREF_SIZE);
        inputProblem.setId("models-input-problem");
        HBox inputRow = new HBox(8, Translated.label(messages, "model.input"), input);
        inputRow.setAlignment(Pos.CENTER_LEFT);

        editor = new LayerEditor(state, messages);
        summary = new SummaryPane(state, messages, i18n);
        VBox left = new VBox(8, Translated.heading(messages, "preset.title"), presets, where, inputRow, inputProblem,
                editor.node());
        left.setPrefWidth(400);
        left.setMinWidth(300);
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        Node right = summary.node();
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(16, left, right);
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    LayerEditor editor() {
        return editor;
    }

    private void commitInput() {
        try {
            if (!input.getText().strip().equals(shown())) {
                state.setInput(input.getText());
            }
            inputProblem.setText("");
        } catch (BadInputException e) {
            inputProblem.setText(errors.of(e));
        }
    }

    private String shown() {
        return state.inputProperty().get().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void showInput() {
        input.setText(shown());
        inputProblem.setText("");
    }

    private void showPreset() {
        showing = true;
        try {
            presets.setValue(BookArchitectures.byKey(state.presetProperty().get()).orElse(null));
        } finally {
            showing = false;
        }
    }
}
