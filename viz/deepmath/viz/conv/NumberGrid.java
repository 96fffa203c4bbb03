package deepmath.viz.conv;

import deepmath.conv.MatrixText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A small grid of number fields (a kernel, a matrix of the book): each field accepts a number or a fraction
 * like 1/9; {@link #valuesProperty()} holds the rows while every field parses, {@link #validProperty()} says
 * whether they do (a field that does not parse is marked with the {@code invalid} style class).
 */
public final class NumberGrid extends GridPane {
    private final ObjectProperty<double[][]> values = new SimpleObjectProperty<>(this, "values");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final List<TextField> fields = new ArrayList<>();
    private final double cellWidth;
    private int rows;
    private int cols;
    private boolean updating;

    public NumberGrid(double cellWidth) {
        this.cellWidth = cellWidth;
        getStyleClass().add("number-grid");
        setHgap(3);
        setVgap(3);
    }

    public ObjectProperty<double[][]> valuesProperty() {
        return values;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Replaces the grid by these rows (shape included). */
    public void setValues(double[][] rowsOfValues) {
        updating = true;
        try {
            if (rowsOfValues.length != rows || rowsOfValues[0].length != cols) {
                rebuild(rowsOfValues.length, rowsOfValues[0].length);
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    fields.get(r * cols + c).setText(MatrixText.number(rowsOfValues[r][c]));
                }
            }
        } finally {
            updating = false;
        }
        parse();
    }

    /** The field of cell (row, col), for tests and focus. */
    public TextField field(int row, int col) {
        return fields.get(row * cols + col);
    }

    private void rebuild(int newRows, int newCols) {
        getChildren().clear();
        fields.clear();
        rows = newRows;
        cols = newCols;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                TextField field = new TextField();
                field.setPrefColumnCount(3);
                field.setPrefWidth(cellWidth);
                field.setMinWidth(cellWidth);
                field.getStyleClass().add("number-cell");
                field.textProperty().addListener(o -> {
                    if (!updating) {
                        parse();
                    }
                });
                fields.add(field);
                add(field, c, r);
            }
        }
    }

    private void parse() {
        double[][] parsed = new double[rows][cols];
        boolean ok = true;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                TextField field = fields.get(r * cols + c);
                try {
                    parsed[r][c] = MatrixText.number(field.getText().strip(), "grid", r, c);
                    field.getStyleClass().remove("invalid");
                } catch (RuntimeException e) {
                    ok = false;
                    if (!field.getStyleClass().contains("invalid")) {
                        field.getStyleClass().add("invalid");
                    }
                }
            }
        }
        valid.set(ok);
        if (ok) {
            values.set(parsed);
        }
    }
}
