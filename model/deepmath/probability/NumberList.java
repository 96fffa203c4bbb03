package deepmath.probability;

import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.nn.NetworkJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lists of numbers the reader types ("3, 1, 8, 6, 0") and the command line takes ("1,2,3", rows
 * separated by ';'): plain decimals ({@link DecimalText}), at least one, at most {@link #MAX} (more is not a list one reads).
 */
public final class NumberList {
    public static final int MAX = 1000;

    private NumberList() {
    }

    /** {@code text} as numbers separated by commas, spaces or both; {@code what} names the field in a refusal. */
    public static double[] parse(String text, String what) {
        List<Double> values = new ArrayList<>();
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!DecimalText.isNumber(part)) {
                throw new BadInputException(ProbabilityProblem.NOT_A_NUMBER, what, part);
            }
            values.add(DecimalText.parse(part));
        }
        if (values.isEmpty()) {
            throw new BadInputException(ProbabilityProblem.NO_VALUES, what);
        }
        if (values.size() > MAX) {
            throw new BadInputException(ProbabilityProblem.TOO_MANY, what, MAX, values.size());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rows separated by ';', each as {@link #parse}. */
    public static double[][] rows(String text, String what) {
        String[] parts = text.split(";", -1);
        double[][] rows = new double[parts.length][];
        for (int r = 0; r < parts.length; r++) {
            rows[r] = parse(parts[r], parts.length == 1 ? what : what + " row " + (r + 1));
        }
        return rows;
    }

    /** The numbers as the lab writes them back into a field: "1.2, 1.9, 4.5". */
    public static String format(double[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i > 0 ? ", " : "").append(NetworkJson.number(values[i]));
        }
        return out.toString();
    }

    /** Rows as "0, 1; 1, 0". */
    public static String formatRows(double[][] rows) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            out.append(r > 0 ? "; " : "").append(format(rows[r]));
        }
        return out.toString();
    }
}
