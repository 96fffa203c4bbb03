package deepmath.conv;

import deepmath.core.BadInputException;
import java.util.Locale;

/**
 * The command line's and the editors' text form of a matrix: rows separated by ';', entries by ',',
 * fractions like {@code 1/9} allowed; printed with integers without a decimal point.
 */
public final class MatrixText {
    private MatrixText() {
    }

    /** @param what names the matrix in error messages ("kernel", "matrix") */
    public static double[][] parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(ConvProblem.EMPTY, noun(what));
        }
        String[] rowTexts = text.strip().split(";", -1);
        double[][] rows = new double[rowTexts.length][];
        for (int r = 0; r < rowTexts.length; r++) {
            if (rowTexts[r].isBlank()) {
                throw new BadInputException(ConvProblem.EMPTY_ROW, noun(what), r + 1);
            }
            String[] entries = rowTexts[r].split(",", -1);
            rows[r] = new double[entries.length];
            for (int c = 0; c < entries.length; c++) {
                rows[r][c] = number(entries[c].strip(), what, r, c);
            }
            if (rows[r].length != rows[0].length) {
                throw new BadInputException(ConvProblem.ROW_LENGTH, noun(what), r + 1, rows[r].length, rows[0].length);
            }
        }
        return rows;
    }

    /** A number or a fraction {@code p/q}. */
    public static double number(String entry, String what, int row, int col) {
        try {
            int slash = entry.indexOf('/');
            double value = slash < 0 ? Double.parseDouble(entry)
                    : Double.parseDouble(entry.substring(0, slash).strip())
                    / Double.parseDouble(entry.substring(slash + 1).strip());
            if (!Double.isFinite(value) || entry.matches(".*[a-zA-Z].*")) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException(ConvProblem.NOT_A_NUMBER, noun(what), entry, row + 1, col + 1);
        }
    }

    /**
     * The name a caller gives its matrix ("kernel", "matrix", "polynomial", "grid", "signal"), as a phrase the window
     * says in its language; another name is shown as given.
     */
    private static Object noun(String what) {
        for (ConvProblem noun : new ConvProblem[] {ConvProblem.KERNEL, ConvProblem.MATRIX, ConvProblem.POLYNOMIAL,
                ConvProblem.GRID, ConvProblem.SIGNAL}) {
            if (noun.english().equals(what)) {
                return noun.phrase();
            }
        }
        return what;
    }

    public static String format(double[][] rows) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            if (r > 0) {
                out.append(';');
            }
            for (int c = 0; c < rows[r].length; c++) {
                if (c > 0) {
                    out.append(',');
                }
                out.append(number(rows[r][c]));
            }
        }
        return out.toString();
    }

    /** An integer without a decimal point when the value is one, otherwise the shortest round-tripping form. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? String.format(Locale.ROOT, "%.6g", value) : text;
    }

    /** Like {@link #number(double)} for a float result: rounds away float noise (0.99999994 → 1). */
    public static String number(float value) {
        double rounded = Double.parseDouble(String.format(Locale.ROOT, "%.6g", value));
        return number(rounded);
    }
}
