package deepmath.app.models;

import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layer list and the selected layer's fields: add a layer of any type after the selected one, remove it,
 * move it up or down, and edit its type and fields (only those its type uses, as the keras call lists them). The
 * list's rows say each layer as the book's listings do ("Conv2D 32, 3 × 3, same, ReLU"). Nothing is checked here:
 * the state checks the whole model after every edit and the summary says what is wrong.
 */
final class LayerEditor {
    private final ModelsState state;
    private final Messages messages;
    private final ListView<LayerDraft> list;
    private final GridPane fields = new GridPane();
    private final VBox root;

    LayerEditor(ModelsState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        list = new ListView<>(state.layers());
        list.setId("models-layers");
        list.setCellFactory(l -> new LayerCell());
        list.setPrefHeight(220);
        list.setMinHeight(120);
        MenuButton add = new MenuButton();
        add.setId("models-add");
        add.textProperty().bind(messages.text("layers.add"));
        for (String type : LayerDraft.TYPES) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(messages.text("type." + type));
            item.setId("models-add-" + type);
            item.setOnAction(e -> add(type));
            add.getItems().add(item);
        }
        Button remove = Translated.button(messages, "layers.remove", this::remove);
        remove.setId("models-remove");
        Button up = Translated.button(messages, "layers.up", () -> move(-1));
        up.setId("models-up");
        Button down = Translated.button(messages, "layers.down", () -> move(1));
        down.setId("models-down");
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        remove.disableProperty().bind(none.or(Bindings.size(state.layers()).lessThan(2)));
        up.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty()
                .isEqualTo(Bindings.size(state.layers()).subtract(1))));
        FlowPane buttons = new FlowPane(6, 6, add, remove, up, down);
        fields.setId("models-fields");
        fields.setHgap(8);
        fields.setVgap(6);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showFields(now));
        state.layers().addListener((javafx.collections.ListChangeListener<LayerDraft>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !state.layers().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        root = new VBox(8, Translated.heading(messages, "layers.title"), list, buttons,
                Translated.heading(messages, "layers.fields"), fields);
        root.setPadding(new Insets(0, 0, 4, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().select(0);
    }

    Node node() {
        return root;
    }

    ListView<LayerDraft> list() {
        return list;
    }

    private void add(String type) {
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        int where = at <= 0 ? state.layers().size() : at;
        state.layers().add(where, new LayerDraft(type));
        list.getSelectionModel().select(where);
    }

    private void remove() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0 && state.layers().size() > 1) {
            state.layers().remove(at);
                list.getSelectionModel().select(Math.min(at, state.layers().size() - 1));
        }
    }

    private void move(int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        state.move(at, by);
        list.getSelectionModel().select(Math.max(0, Math.min(state.layers().size() - 1, at + by)));
    }

    /** The editors of {@code layer}'s type, built again when its type changes. */
    private void showFields(LayerDraft layer) {
        fields.getChildren().clear();
        if (layer == null) {
            return;
        }
        ComboBox<String> type = new ComboBox<>(FXCollections.observableArrayList(LayerDraft.TYPES));
        type.setId("models-field-type");
        Translated.cells(type, messages, t -> "type." + t);
        type.setValue(layer.typeProperty().get());
        type.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(layer.typeProperty().get())) {
                layer.typeProperty().set(now);
                showFields(layer);
            }
        });
        row(0, "field.type", type);
        int r = 1;
        for (String field : LayerDraft.fields(layer.typeProperty().get())) {
            row(r++, "field." + field, editor(layer, field));
        }
    }

    private Node editor(LayerDraft layer, String field) {
        Node editor = switch (field) {
            case "units" -> integer(layer.unitsProperty(), 1, 100_000);
            case "filters" -> integer(layer.filtersProperty(), 1, 4096);
            case "kernel" -> integer(layer.kernelProperty(), 1, 64);
            case "stride" -> integer(layer.strideProperty(), 1, 64);
            case "size" -> integer(layer.sizeProperty(), 1, 64);
            case "rate" -> rate(layer);
            case "padding" -> choice(layer.paddingProperty(), LayerDraft.PADDINGS, p -> "padding." + p);
            default -> choice(layer.activationProperty(), LayerDraft.ACTIVATIONS, a -> "activation." + a.key());
        };
        editor.setId("models-field-" + field);
        return editor;
    }

    private Spinner<Integer> integer(IntegerProperty property, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        return spinner;
    }

    private Spinner<Double> rate(LayerDraft layer) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.99,
                layer.rateProperty().get(), 0.05));
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                layer.rateProperty().set(now);
            }
        });
        return spinner;
    }

    private <T> ComboBox<T> choice(ObjectProperty<T> property, List<T> items, java.util.function.Function<T, String> key) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        Translated.cells(box, messages, key);
        box.setValue(property.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void row(int r, String key, Node editor) {
        Label label = Translated.label(messages, key);
        fields.add(label, 0, r);
        fields.add(editor, 1, r);
    }

    /** A layer as a line of the list: its number, type and fields, in the language of the moment. */
    private final class LayerCell extends ListCell<LayerDraft> {
        @Override
        protected void updateItem(LayerDraft layer, boolean empty) {
            super.updateItem(layer, empty);
            textProperty().unbind();
            if (empty || layer == null) {
                setText(null);
                return;
            }
            List<javafx.beans.Observable> deps = new java.util.ArrayList<>(List.of(layer.observables()));
            deps.add(messages.language());
            deps.add(indexProperty());
            textProperty().bind(Bindings.createStringBinding(() -> (getIndex() + 1) + " · " + describe(layer),
                    deps.toArray(javafx.beans.Observable[]::new)));
        }
    }

    private String describe(LayerDraft d) {
        String type = d.typeProperty().get();
        String activation = messages.get("activation." + d.activationProperty().get().key());
        return switch (type) {
            case "dense" -> messages.get("row.dense", d.unitsProperty().get(), activation);
            case "conv2d" -> messages.get("row.conv2d", d.filtersProperty().get(), d.kernelProperty().get(),
                    d.strideProperty().get(), messages.get("row.padding." + d.paddingProperty().get()), activation);
            case "maxpool", "avgpool" -> messages.get("row." + type, d.sizeProperty().get());
            case "dropout" -> messages.get("row.dropout", String.valueOf(d.rateProperty().get()));
            default -> messages.get("row.flatten");
        };
    }
}
