package deepmath.app.function;

import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A slider (and an exact-value box) for each named parameter of the formula, e.g. a and b in a·x² + b·y²;
 * the plots follow while the slider is dragged.
 */
final class ParameterSliders extends VBox {
    private final FunctionWorkspace workspace;
    private List<String> shown = List.of();
    /** Each shown parameter's slider and exact field, to show values set elsewhere (a session). */
    private final Map<String, Runnable> showers = new java.util.HashMap<>();
    /** True while a value set elsewhere moves a slider: the slider must not write its rounded value back. */
    private boolean showing;

    ParameterSliders(FunctionWorkspace workspace, Messages messages) {
        this.workspace = workspace;
        setSpacing(6);
        getStyleClass().add("parameter-sliders");
        Label empty = new Label();
        empty.textProperty().bind(messages.text("parameters.none"));
        empty.getStyleClass().add("muted");
        ControlColumn.wrapping(empty);
        workspace.revisionProperty().addListener(o -> rebuildIfNeeded(empty));
        workspace.parametersProperty().addListener(o -> showers.values().forEach(Runnable::run));
        rebuildIfNeeded(empty);
    }

    private void rebuildIfNeeded(Label empty) {
        List<String> names = workspace.parameterNames();
        if (names.equals(shown) && !getChildren().isEmpty()) {
            return;
        }
        shown = List.copyOf(names);
        getChildren().clear();
        showers.clear();
        if (names.isEmpty()) {
            getChildren().add(empty);
            return;
        }
        Map<String, Double> values = workspace.parametersProperty().get();
        for (String name : names) {
            getChildren().add(row(name, values.getOrDefault(name, 1.0)));
        }
    }

    private HBox row(String name, double initial) {
        Label label = new Label(name);
        label.getStyleClass().add("parameter-name");
        label.setMinWidth(28);
        double range = Math.max(5, Math.abs(initial) * 2);
        Slider slider = new Slider(-range, range, initial);
        slider.setId("parameter-" + name);
        slider.setBlockIncrement(range / 50);
        HBox.setHgrow(slider, Priority.ALWAYS);
        TextField exact = new TextField(Numbers.format(initial));
        exact.setPrefColumnCount(5);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (showing) {
                return;
            }
            double rounded = Math.round(value.doubleValue() * 1000) / 1000.0;
            exact.setText(Numbers.format(rounded));
            workspace.setParameter(name, rounded);
        });
        exact.setOnAction(e -> {
            try {
                double value = Double.parseDouble(exact.getText().trim().replace(',', '.'));
                if (Math.abs(value) > slider.getMax()) {
                    slider.setMin(-Math.abs(value) * 2);
                    slider.setMax(Math.abs(value) * 2);
                }
                slider.setValue(value);
                workspace.setParameter(name, value);
                exact.getStyleClass().remove("invalid");
            } catch (NumberFormatException ex) {
                if (!exact.getStyleClass().contains("invalid")) {
                    exact.getStyleClass().add("invalid");
                }
            }
        });
        showers.put(name, () -> {
            Double value = workspace.parametersProperty().get().get(name);
            if (value == null || value == slider.getValue()) {
                return;
            }
            showing = true;
            try {
                if (Math.abs(value) > slider.getMax()) {
                    slider.setMin(-Math.abs(value) * 2);
                    slider.setMax(Math.abs(value) * 2);
                }
                slider.setValue(value);
                exact.setText(Numbers.format(value));
            } finally {
                showing = false;
            }
        });
        HBox row = new HBox(6, label, slider, exact);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
