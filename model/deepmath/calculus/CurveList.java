package deepmath.calculus;

import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Curves drawn over the main one in the curve view (book ch. 2 §2.4, several plots on one figure): formulas
 * separated by semicolons, each either a formula or a family "formula, k = a..b" with k running from a to b
 * by steps of 1 — "1/(1+exp(-k*x)), k = 1..4" gives the book's four sigmoids, "x; x - x^3/6" two
 * approximations of sin x — or two lists of numbers "[x…], [y…]", points drawn one by one and joined, as
 * matplotlib's plot(X, Y) and scatter(X, Y) (ch. 2 §2.2, line 2731: "[0,1,2,3,4,5], [0,1,4,1,3,2]").
 */
public final class CurveList {
    /** The most curves one list draws. */
    public static final int MAX_CURVES = 24;
    private static final Pattern FAMILY = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z_0-9]*)\\s*=\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*\\.\\.\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*");

    private static final Pattern POINTS = Pattern.compile("\\s*\\[([^\\]]*)\\]\\s*,\\s*\\[([^\\]]*)\\]\\s*");

    /**
     * One curve: its legend (the formula, or "k = 2" in a family) and its formula with the family's value set; or
     * a list of points (formula null, xs and ys of the same length).
     */
    public record Curve(String label, Formula formula, double[] xs, double[] ys) {
        public Curve(String label, Formula formula) {
            this(label, formula, null, null);
        }

        public boolean isPoints() {
            return formula == null;
        }
    }

    private CurveList() {
    }

    /** The curves of {@code text} ("" for none); a bad item is refused naming it. */
    public static List<Curve> parse(String text) {
        List<Curve> curves = new ArrayList<>();
        for (String item : text.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            if (item.strip().startsWith("[")) {
                curves.add(points(item.strip()));
                if (curves.size() > MAX_CURVES) {
                    throw new BadInputException(CalculusProblem.TOO_MANY_CURVES, MAX_CURVES);
                }
                continue;
            }
            int comma = item.lastIndexOf(',');
            Matcher family = comma < 0 ? null : FAMILY.matcher(item.substring(comma + 1));
            if (family != null && family.matches()) {
                family(item.substring(0, comma).trim(), family, curves);
            } else {
                Formula f = Formula.parse(item.trim());
                curves.add(new Curve(f.text(), f));
            }
            if (curves.size() > MAX_CURVES) {
                throw new BadInputException(CalculusProblem.TOO_MANY_CURVES, MAX_CURVES);
            }
        }
        return List.copyOf(curves);
    }

    /** "[x1, x2, …], [y1, y2, …]": the points (x_i, y_i), at least one, as many y as x, finite numbers. */
    private static Curve points(String item) {
        Matcher m = POINTS.matcher(item);
        if (!m.matches()) {
            throw new BadInputException(CalculusProblem.POINT_LISTS, item);
        }
        double[] xs = numbers(m.group(1), item);
        double[] ys = numbers(m.group(2), item);
        if (xs.length != ys.length) {
            throw new BadInputException(CalculusProblem.POINT_LISTS, item);
        }
        return new Curve(item, null, xs, ys);
    }

    private static double[] numbers(String list, String item) {
        String[] parts = list.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(CalculusProblem.POINT_LISTS, item);
            }
            if (!Double.isFinite(out[i])) {
                throw new BadInputException(CalculusProblem.POINT_LISTS, item);
            }
        }
        return out;
    }

    private static void family(String formula, Matcher m, List<Curve> curves) {
        String name = m.group(1);
        double from = Double.parseDouble(m.group(2));
        double to = Double.parseDouble(m.group(3));
        if (to < from || to - from >= MAX_CURVES) {
            throw new BadInputException(CalculusProblem.CURVE_FAMILY, m.group().trim());
        }
        Formula f = Formula.parse(formula);
        if (!f.variables().contains(name)) {
            throw new BadInputException(CalculusProblem.FAMILY_NAME, name, formula);
        }
        for (double k = from; k <= to + 1e-9; k++) {
            curves.add(new Curve(name + " = " + deepmath.expr.Numbers.format(k, 6), f.withValues(Map.of(name, k))));
            if (curves.size() > MAX_CURVES) {
                throw new BadInputException(CalculusProblem.TOO_MANY_CURVES, MAX_CURVES);
            }
        }
    }
}
