package deepmath.descent;

import deepmath.core.BadInputException;
import deepmath.expr.Numbers;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The function (or its gradient) has no finite value at the start point: the descent cannot start there.
 * This is the user's start point (or formula) to change, not a step that diverged.
 */
public final class UndefinedStartException extends BadInputException {
    private final double[] start;
    private final boolean gradientOnly;

    UndefinedStartException(double[] start, double value, double[] gradient) {
        super(Double.isFinite(value) ? DescentRefusal.NO_GRADIENT : DescentRefusal.UNDEFINED_START, point(start),
                Double.isFinite(value) ? point(gradient) : Numbers.format(value));
        this.start = start.clone();
        this.gradientOnly = Double.isFinite(value);
    }

    /** (2, -1): the coordinates as the lab prints numbers. */
    public static String point(double[] p) {
        return Arrays.stream(p).mapToObj(Numbers::format).collect(Collectors.joining(", ", "(", ")"));
    }

    public double[] start() {
        return start.clone();
    }

    /** Whether f itself is defined there and only its gradient is not. */
    public boolean gradientOnly() {
        return gradientOnly;
    }
}
