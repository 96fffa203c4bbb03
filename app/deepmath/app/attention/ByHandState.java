package deepmath.app.attention;

import deepmath.probability.NumberList;
import deepmath.transformer.ByHandExamples;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the By hand tab's fields hold (chapter 18's computations): matrices as typed rows ("1, 2; 3, 4"), token
 * names, switches and sizes. The book's examples fill it ({@link #apply}); the sections compute from it.
 */
final class ByHandState {
    final ObjectProperty<ByHandExamples.Attention> example =
            new SimpleObjectProperty<>(this, "example", ByHandExamples.CASTLE);
    final StringProperty queries = new SimpleStringProperty(this, "queries", "");
    final StringProperty keys = new SimpleStringProperty(this, "keys", "");
    final StringProperty values = new SimpleStringProperty(this, "values", "");
    final StringProperty weights = new SimpleStringProperty(this, "weights", "");
    final StringProperty queryTokens = new SimpleStringProperty(this, "queryTokens", "");
    final StringProperty keyTokens = new SimpleStringProperty(this, "keyTokens", "");
    final BooleanProperty weightsGiven = new SimpleBooleanProperty(this, "weightsGiven");
    final BooleanProperty scale = new SimpleBooleanProperty(this, "scale");
    final BooleanProperty causal = new SimpleBooleanProperty(this, "causal");

    final IntegerProperty dimension = new SimpleIntegerProperty(this, "dimension", 6);
    final IntegerProperty count = new SimpleIntegerProperty(this, "count", 4);
    final StringProperty base = new SimpleStringProperty(this, "base", "100");
    final IntegerProperty position = new SimpleIntegerProperty(this, "position", 1);
    final IntegerProperty shift = new SimpleIntegerProperty(this, "shift", 2);

    final StringProperty tensorA = new SimpleStringProperty(this, "tensorA", "");
    final StringProperty tensorB = new SimpleStringProperty(this, "tensorB", "");
    final StringProperty tensorM = new SimpleStringProperty(this, "tensorM", "");

    final StringProperty routingX = new SimpleStringProperty(this, "routingX", "");
    final StringProperty routingXTilde = new SimpleStringProperty(this, "routingXTilde", "");
    final StringProperty routingYTilde = new SimpleStringProperty(this, "routingYTilde", "");
    final StringProperty routingZ = new SimpleStringProperty(this, "routingZ", "");
    final StringProperty routingZTilde = new SimpleStringProperty(this, "routingZTilde", "");
    final StringProperty routingU = new SimpleStringProperty(this, "routingU", "");

    final StringProperty unembedA = new SimpleStringProperty(this, "unembedA", "");
    final StringProperty unembedY = new SimpleStringProperty(this, "unembedY", "");

    ByHandState() {
        apply(ByHandExamples.CASTLE);
        apply(ByHandExamples.POSITIONS);
        apply(ByHandExamples.KRONECKER);
        apply(ByHandExamples.MIN_NORM);
        apply(ByHandExamples.ROUTING);
    }

    void apply(ByHandExamples.Routing e) {
        routingX.set(NumberList.formatRows(e.x()));
        routingXTilde.set(NumberList.formatRows(e.xTilde()));
        routingYTilde.set(NumberList.formatRows(e.yTilde()));
        routingZ.set(NumberList.formatRows(e.z()));
        routingZTilde.set(NumberList.formatRows(e.zTilde()));
        routingU.set(NumberList.format(e.u1()));
    }

    void apply(ByHandExamples.Attention e) {
        weightsGiven.set(e.weightsGiven());
        queries.set(e.queries() == null ? "" : NumberList.formatRows(e.queries()));
        keys.set(e.keys() == null ? "" : NumberList.formatRows(e.keys()));
        weights.set(e.weights() == null ? "" : NumberList.formatRows(e.weights()));
        values.set(NumberList.formatRows(e.values()));
        queryTokens.set(String.join(", ", e.queryTokens()));
        keyTokens.set(String.join(", ", e.keyTokens()));
        scale.set(e.scale());
        causal.set(e.causal());
        example.set(e);
    }

    void apply(ByHandExamples.Positions e) {
        dimension.set(e.dimension());
        count.set(e.count());
        base.set(NumberList.format(new double[] {e.base()}));
    }

    void apply(ByHandExamples.Tensor e) {
        tensorA.set(NumberList.formatRows(e.a()));
        tensorB.set(NumberList.formatRows(e.b()));
        tensorM.set(NumberList.formatRows(e.m()));
    }

    void apply(ByHandExamples.LeastNorm e) {
        unembedA.set(NumberList.formatRows(e.a()));
        unembedY.set(NumberList.format(e.y()));
    }

    /** Token names typed as "le, petit, chat". */
    static List<String> names(String typed) {
        return typed.isBlank() ? List.of() : List.of(typed.strip().split("\\s*,\\s*"));
    }
}
