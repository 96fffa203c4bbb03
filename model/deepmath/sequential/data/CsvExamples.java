package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.data.CsvRows;
import deepmath.data.DataProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code csv:FILE}: one example per line, the inputs then the target — the last column, or the last
 * {@code targets=K} columns. Separators, comments and the header follow {@link CsvRows} (as the other CSV readers of
 * the lab). A single target column that holds a word on any line is a class label: the classes are its distinct
 * words in alphabetical order and the targets one-hot (a column of numbers is a value to fit, even 0/1).
 * {@code limit=N} keeps the first N examples.
 */
public final class CsvExamples implements DataReader {
    static final String EXAMPLE = "csv:data.csv";

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.TARGETS, DataOptions.LIMIT);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        DataSource.requireArgument(argument, "csv", EXAMPLE);
        Path file = Path.of(argument);
        int targets = options.integer(DataOptions.TARGETS, 1, 1, 1000);
        int limit = options.integer(DataOptions.LIMIT, Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        return TrainTest.of(read(SourceFiles.text(file), file.getFileName().toString(), targets, limit));
    }

    /** The examples of {@code text}; {@code name} names the file in a refusal. */
    public static Examples read(String text, String name, int targets, int limit) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        if (rows.isEmpty()) {
            throw new BadInputException(DataProblem.CSV_EMPTY, name);
        }
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        int columns = rows.get(0).cells().length;
        if (targets >= columns) {
            throw new BadInputException(ExamplesProblem.CSV_TARGETS, name, targets, columns);
        }
        int inputs = columns - targets;
        boolean labels = false;
        for (CsvRows.Row row : rows) {
            if (row.cells().length != columns) {
                throw new BadInputException(DataProblem.CSV_ROW_LENGTH, name, row.line(), row.cells().length, columns);
            }
            for (int c = 0; c < columns; c++) {
                String cell = CsvRows.unquoted(row.cells()[c]);
                if (!DecimalText.isNumber(cell)) {
                    if (c < inputs) {
                        throw new BadInputException(DataProblem.CSV_NOT_A_NUMBER, name, row.line(), row.cells()[c]);
                    }
                    if (targets > 1) {
                        throw new BadInputException(ExamplesProblem.CSV_LABELS, name, row.line(), row.cells()[c]);
                    }
                    labels = true;
                }
            }
        }
        List<String> classes = labels ? classes(rows, inputs) : List.of();
        if (labels && classes.size() < 2) {
            throw new BadInputException(ExamplesProblem.ONE_CLASS, name, classes.get(0));
        }
        float[][] x = new float[rows.size()][inputs];
        float[][] t = new float[rows.size()][];
        for (int k = 0; k < rows.size(); k++) {
            String[] cells = rows.get(k).cells();
            for (int c = 0; c < inputs; c++) {
                x[k][c] = (float) DecimalText.parse(CsvRows.unquoted(cells[c]));
            }
            if (labels) {
                t[k] = new float[classes.size()];
                t[k][classes.indexOf(CsvRows.unquoted(cells[inputs]))] = 1;
            } else {
                t[k] = new float[targets];
                for (int c = 0; c < targets; c++) {
                    t[k][c] = (float) DecimalText.parse(CsvRows.unquoted(cells[inputs + c]));
                }
            }
        }
        return new Examples(name, List.of(inputs), x, t, classes);
    }

    private static List<String> classes(List<CsvRows.Row> rows, int column) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(row -> names.add(CsvRows.unquoted(row.cells()[column])));
        return new ArrayList<>(names);
    }
}
