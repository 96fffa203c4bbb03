package deepmath.app.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.nn.Activation;
import deepmath.sequential.LayerSpec;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One layer as the builder edits it: its type and every field a type may use, each an observable property. A
 * draft may describe a model that does not fit (a kernel larger than its input): {@link ModelsState} checks the
 * whole through {@code ModelSpecJson}, which refuses it naming the layer and the field. Only the fields of the
 * draft's type are written ({@link #json()}); the others keep their values when the user switches type back.
 */
public final class LayerDraft {
    /** The layer types in the order the Add menu lists them (the JSON keys of {@code ModelSpecJson}). */
    public static final List<String> TYPES = List.of("dense", "conv2d", "maxpool", "avgpool", "dropout", "flatten");
    /** The activations a layer may use, in the book's order. */
    public static final List<Activation> ACTIVATIONS = List.of(Activation.IDENTITY, Activation.RELU,
            Activation.SIGMOID, Activation.TANH, Activation.SOFTMAX);
    public static final List<String> PADDINGS = List.of("valid", "same");

    private final ObjectProperty<String> type = new SimpleObjectProperty<>(this, "type", "dense");
    private final IntegerProperty units = new SimpleIntegerProperty(this, "units", 10);
    private final IntegerProperty filters = new SimpleIntegerProperty(this, "filters", 16);
    private final IntegerProperty kernel = new SimpleIntegerProperty(this, "kernel", 3);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final ObjectProperty<String> padding = new SimpleObjectProperty<>(this, "padding", "same");
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", 2);
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 0.25);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.RELU);

    public LayerDraft(String type) {
        this.type.set(type);
    }

    /** The draft of a layer of a model (a preset's, a session's). */
    public static LayerDraft of(LayerSpec layer) {
        LayerDraft d = new LayerDraft(layer.type());
        if (layer instanceof LayerSpec.Dense dense) {
            d.units.set(dense.units());
            d.activation.set(dense.activation());
        } else if (layer instanceof LayerSpec.Conv2D c) {
            d.filters.set(c.filters());
            d.kernel.set(c.kernel());
            d.stride.set(c.stride());
            d.padding.set(c.padding().name().toLowerCase(Locale.ROOT));
            d.activation.set(c.activation());
        } else if (layer instanceof LayerSpec.Pool p) {
            d.size.set(p.size());
        } else if (layer instanceof LayerSpec.Dropout drop) {
            d.rate.set(drop.rate());
        }
        return d;
    }

    /** The fields the builder shows for {@code type}, in the order of the keras call. */
    public static List<String> fields(String type) {
        return switch (type) {
            case "dense" -> List.of("units", "activation");
            case "conv2d" -> List.of("filters", "kernel", "stride", "padding", "activation");
            case "maxpool", "avgpool" -> List.of("size");
            case "dropout" -> List.of("rate");
            default -> List.of();
        };
    }

    /** The draft as {@code ModelSpecJson} reads a layer: its type's fields only. */
    public ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", type.get());
        for (String field : fields(type.get())) {
            switch (field) {
                case "units" -> o.put(field, units.get());
                case "filters" -> o.put(field, filters.get());
                case "kernel" -> o.put(field, kernel.get());
                case "stride" -> o.put(field, stride.get());
                case "size" -> o.put(field, size.get());
                case "rate" -> o.put(field, rate.get());
                case "padding" -> o.put(field, padding.get());
                default -> o.put(field, activation.get().key());
            }
        }
        return o;
    }

    /** A session's layer, checked field by field ({@code where} names it: "models.layers[2]"). */
    public static LayerDraft read(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, where, JsonFields.shownValue(node));
        }
        String type = choice(node.get("type"), where + ".type", TYPES);
        LayerDraft d = new LayerDraft(type);
        if (node.has("units")) {
            d.units.set(JsonFields.integer(node.get("units"), where + ".units", 1, 100_000));
        }
        if (node.has("filters")) {
            d.filters.set(JsonFields.integer(node.get("filters"), where + ".filters", 1, 4096));
        }
        if (node.has("kernel")) {
            d.kernel.set(JsonFields.integer(node.get("kernel"), where + ".kernel", 1, 64));
        }
        if (node.has("stride")) {
            d.stride.set(JsonFields.integer(node.get("stride"), where + ".stride", 1, 64));
        }
        if (node.has("size")) {
            d.size.set(JsonFields.integer(node.get("size"), where + ".size", 1, 64));
        }
        if (node.has("rate")) {
            d.rate.set(JsonFields.number(node.get("rate"), where + ".rate", 0, 0.99));
        }
        if (node.has("padding")) {
            d.padding.set(choice(node.get("padding"), where + ".padding", PADDINGS));
        }
        if (node.has("activation")) {
            String key = choice(node.get("activation"), where + ".activation",
                    ACTIVATIONS.stream().map(Activation::key).toList());
            d.activation.set(Activation.fromKey(key));
        }
        return d;
    }

    static String choice(JsonNode node, String where, List<String> allowed) {
        if (node == null || !node.isTextual()) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, where, JsonFields.shownValue(node));
        }
        if (!allowed.contains(node.asText())) {
            throw new BadInputException(SessionProblem.FIELD_COLOR_MAP, where, String.join(", ", allowed), node.asText());
        }
        return node.asText();
    }

    /** Every property, for a list that tells its listeners when any field of any layer changes. */
    Observable[] observables() {
        return new Observable[] {type, units, filters, kernel, stride, padding, size, rate, activation};
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public IntegerProperty unitsProperty() {
        return units;
    }

    public IntegerProperty filtersProperty() {
        return filters;
    }

    public IntegerProperty kernelProperty() {
        return kernel;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public ObjectProperty<String> paddingProperty() {
        return padding;
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }
}
