package deepmath.data;

import deepmath.core.FileProblem;
import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Data sets as CSV: one sample per line, the inputs then one target — "x, y, label" for the plane,
 * "x, target" for a curve, "x, y, z, target" for three inputs; separators, comments and the header follow
 * {@link CsvRows}. Every other line must be numbers in the plain decimal grammar of {@link DecimalText}
 * ({@code NaN}, {@code Infinity}, {@code 0x1p-1}, {@code 1f} are refused); a line that is not is refused with
 * its number.
 */
public final class CsvData {
    private CsvData() {
    }

    public static Dataset read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(FileProblem.NO_SUCH_FILE, file);
        } catch (IOException e) {
            throw new BadInputException(e, FileProblem.CANNOT_READ, file, deepmath.core.ReadProblem.of(e));
        }
    }

    public static Dataset read(String text, String name) {
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        int columns = -1;
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        for (CsvRows.Row row : rows) {
            int number = row.line();
            String[] cells = row.cells();
            // Every cell first: a row of words is reported as such, not as a count of values.
            double[] values = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                values[c] = parse(cells[c], name, number);
            }
            if (columns < 0) {
                columns = cells.length;
                if (columns < 2 || columns > 4) {
                    throw new BadInputException(DataProblem.CSV_COLUMNS, name, number, columns);
                }
            } else if (cells.length != columns) {
                throw new BadInputException(DataProblem.CSV_ROW_LENGTH, name, number, cells.length, columns);
            }
            inputs.add(java.util.Arrays.copyOf(values, columns - 1));
            targets.add(new double[] {values[columns - 1]});
        }
        if (inputs.isEmpty()) {
            throw new BadInputException(DataProblem.CSV_EMPTY, name);
        }
        return new Dataset(inputs.toArray(double[][]::new), targets.toArray(double[][]::new));
    }

    /** The data set as CSV text with a header, in the format {@link #read} accepts. */
    public static String write(Dataset data) {
        StringBuilder s = new StringBuilder();
        String[] names = {"x", "y", "z"};
        for (int i = 0; i < data.inputCount(); i++) {
            s.append(names[Math.min(i, 2)]).append(',');
        }
        s.append(data.inputCount() == 2 ? "label" : "target").append('\n');
        for (int k = 0; k < data.size(); k++) {
            double[] x = data.inputsView()[k];
            for (double v : x) {
                s.append(format(v)).append(',');
            }
            s.append(format(data.targetsView()[k][0])).append('\n');
        }
        return s.toString();
    }

    private static String format(double v) {
        // The shortest text that reads back as exactly v: a session or a --train file loses nothing.
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : Double.toString(v);
    }

    private static double parse(String cell, String name, int line) {
        try {
            return DecimalText.parse(CsvRows.unquoted(cell));
        } catch (NumberFormatException e) {
            throw new BadInputException(DataProblem.CSV_NOT_A_NUMBER, name, line, cell);
        }
    }
}
