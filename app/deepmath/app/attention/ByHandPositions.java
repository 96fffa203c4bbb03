package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.gpt.LoadedGpt2;
import deepmath.transformer.ByHandExamples;
import deepmath.transformer.PositionTables;
import deepmath.transformer.SinusoidalPositions;
import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The position vectors of chapter 18, §4: the sinusoidal table (one column w(k) per position, as the book's
 * heat map), the rotation w(k + ℓ) = R(ℓ)·w(k) checked on the numbers, and the loaded model's learnt table W_pe
 * beside it.
 */
final class ByHandPositions {
    /** Coordinates of a learnt table shown (GPT-2 has 768). */
    static final int LEARNT_COORDINATES = 64;
    /** Positions of a learnt table shown. */
    static final int LEARNT_POSITIONS = 64;

    /** Coordinates of the rotation check written out. */
    static final int ROTATION_ROWS = 16;

    private final ByHandState state;
    private final Messages messages;
    private final ErrorText errors;
    private final ObjectProperty<LoadedGpt2> model;
    final NumberMatrixView table = ByHandFields.matrix("byhand-positions-table");
    final NumberMatrixView rotation = ByHandFields.matrix("byhand-positions-rotation");
    final NumberMatrixView learnt = ByHandFields.matrix("byhand-positions-learnt");
    final Label status = ByHandFields.status("byhand-positions-status");
    final Label gap = ByHandFields.status("byhand-positions-gap");
    final Label learntStatus = ByHandFields.status("byhand-positions-learnt-status");
    private final Node page;

    ByHandPositions(ByHandState state, Messages messages, ErrorText errors, ObjectProperty<LoadedGpt2> model) {
        this.state = state;
        this.messages = messages;
        this.errors = errors;
        this.model = model;
        TextField base = new TextField();
        base.setId("byhand-positions-base");
        base.setPrefColumnCount(7);
        base.textProperty().bindBidirectional(state.base);
        learnt.setHeatCell(5);
        page = ByHandFields.page("byhand-positions", List.of(
                ByHandFields.caption(messages, "byhand.positions.caption"),
                ByHandFields.flow(
                        Translated.button(messages, "byhand.book", () -> state.apply(ByHandExamples.POSITIONS)),
                        labelled("byhand.positions.dimension", spinner(state.dimension, 2, 1024, 2, "byhand-positions-dimension")),
                        labelled("byhand.positions.count", spinner(state.count, 1, 256, 1, "byhand-positions-count")),
                        labelled("byhand.positions.base", base)),
                status,
                ByHandFields.flow(ByHandFields.titled(messages, table, "byhand.positions.table"),
                        learntBox(messages)),
                ByHandFields.caption(messages, "byhand.positions.rotation.caption"),
                ByHandFields.flow(
                        labelled("byhand.positions.k", spinner(state.position, 0, 10000, 1, "byhand-positions-k")),
                        labelled("byhand.positions.shift", spinner(state.shift, 0, 10000, 1, "byhand-positions-shift"))),
                ByHandFields.titled(messages, rotation, "byhand.positions.rotation"),
                gap));
        for (Observable o : List.of(state.dimension, state.count, state.base, state.position, state.shift)) {
            o.addListener(x -> refresh());
        }
        model.addListener(o -> refreshLearnt());
        refresh();
        refreshLearnt();
    }

    Node view() {
        return page;
    }

    /** The model's table and what it is, beside the sinusoidal one. */
    private javafx.scene.layout.VBox learntBox(Messages messages) {
        javafx.scene.layout.VBox box = ByHandFields.titled(messages, learnt, "byhand.positions.learnt");
        learntStatus.setPrefWidth(420);
        learntStatus.setMaxWidth(420);
        box.getChildren().add(learntStatus);
        return box;
    }

    private HBox labelled(String key, Node control) {
        HBox box = new HBox(6, Translated.label(messages, key), control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty value, int min, int max, int step,
                                            String id) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setId(id);
        factory.valueProperty().addListener((o, was, now) -> value.set(now));
        value.addListener((o, was, now) -> factory.setValue(now.intValue()));
        return spinner;
    }

    void refresh() {
        try {
            String typed = state.base.get().strip();
            if (!DecimalText.isNumber(typed)) {
                throw new BadInputException(deepmath.transformer.TransformerProblem.BASE, typed);
            }
            SinusoidalPositions positions = new SinusoidalPositions(state.dimension.get(), DecimalText.parse(typed));
            double[][] rows = positions.table(state.count.get());
            table.setMatrix(PositionTables.asColumns(rows, rows[0].length), coordinateNames(positions.dimension()),
                    positionNames(rows.length));
            SinusoidalPositions.Shift shift = positions.shift(state.position.get(), state.shift.get());
            // The first ROTATION_ROWS coordinates (the gap below is over all n).
            int shown = Math.min(ROTATION_ROWS, positions.dimension());
            rotation.setMatrix(PositionTables.sideBySide(Arrays.copyOf(shift.start(), shown),
                    Arrays.copyOf(shift.rotated(), shown), Arrays.copyOf(shift.direct(), shown)),
                    coordinateNames(shown), List.of("w(k)", "R(ℓ)·w(k)", "w(k + ℓ)"));
            gap.setText(messages.get("byhand.positions.gap", state.position.get(), state.shift.get(),
                    String.format(Locale.ROOT, "%.1e", shift.gap())));
            status.setText("");
        } catch (BadInputException e) {
            ByHandFields.refused(status, errors.of(e), table, rotation);
            gap.setText("");
        }
    }

    void refreshLearnt() {
        LoadedGpt2 loaded = model.get();
        if (loaded == null) {
            learnt.setMatrix(null, List.of(), List.of());
            learntStatus.setText(messages.get("byhand.positions.learnt.none"));
            return;
        }
        float[][] rows = loaded.model().positionEmbeddings(LEARNT_POSITIONS);
        double[][] columns = PositionTables.asColumns(rows, LEARNT_COORDINATES);
        learnt.setMatrix(columns, coordinateNames(columns.length), List.of());
        learntStatus.setText(messages.get("byhand.positions.learnt.shown", loaded.name(), columns.length,
                loaded.model().config().nEmbd(), rows.length, loaded.model().config().nPositions()));
    }

    private static List<String> coordinateNames(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf(i));
        }
        return out;
    }

    private static List<String> positionNames(int count) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add("w" + k);
        }
        return out;
    }
}
