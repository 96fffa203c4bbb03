package deepmath.app.descent;

import deepmath.descent.Iterate;
import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The book's table of iterates: k, P(k), grad f(P(k)), f(P(k)); full precision when copied or exported. */
final class IterateTable extends TableView<Iterate> {

    IterateTable(Messages messages) {
        setId("iterate-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label());
        ((javafx.scene.control.Label) getPlaceholder()).textProperty().bind(messages.text("table.empty"));
    }

    void setParameters(List<String> names) {
        getColumns().clear();
        TableColumn<Iterate, String> k = column("k", it -> String.valueOf(it.k()));
        k.setMinWidth(44);
        k.setMaxWidth(70);
        getColumns().add(k);
        String point = String.join(", ", names);
        getColumns().add(column("P = (" + point + ")", it -> vector(it.point())));
        getColumns().add(column("grad f(P)", it -> vector(it.gradient())));
        getColumns().add(column("f(P)", it -> Numbers.format(it.value(), 8)));
    }

    private static TableColumn<Iterate, String> column(String title, java.util.function.Function<Iterate, String> text) {
        TableColumn<Iterate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setSortable(false);
        column.setMinWidth(90);
        return column;
    }

    static String vector(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Numbers.format(v[i], 6));
        }
        return s.append(')').toString();
    }

    /** CSV with a header k,<names>,grad_<names>,f — the same layout as the descent command. */
    static String csv(List<Iterate> iterates, List<String> names) {
        StringBuilder out = new StringBuilder("k");
        names.forEach(n -> out.append(',').append(n));
        names.forEach(n -> out.append(",grad_").append(n));
        out.append(",f\n");
        for (Iterate it : iterates) {
            out.append(it.k());
            for (double x : it.point()) {
                out.append(',').append(x);
            }
            for (double g : it.gradient()) {
                out.append(',').append(g);
            }
            out.append(',').append(it.value()).append('\n');
        }
        return out.toString();
    }
}
