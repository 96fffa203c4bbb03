package deepmath.app.descent;

import deepmath.descent.CircleFit;
import deepmath.descent.FormulaObjective;
import deepmath.descent.LinearRegression;
import deepmath.descent.Objective;
import deepmath.descent.ParabolaFit;
import deepmath.descent.PlaneFit;
import deepmath.descent.PointCloud;
import deepmath.descent.ProblemKind;
import deepmath.expr.Formula;
import java.util.List;

/**
 * What is being minimised: a formula of one or two variables, or the loss of a data problem (regression, parabola,
 * plane, circle) with its mini-batch size and whether the batches walk a shuffled order. Each run gets its own objective,
 * since mini-batch objectives keep their place in the data.
 */
record DescentProblem(ProblemKind kind, Formula formula, PointCloud data, int batchSize, boolean shuffled) {

    boolean isFunction() {
        return kind == ProblemKind.FUNCTION;
    }

    /** A formula of exactly one variable: its descent is drawn on the curve x ↦ f(x), not on a map. */
    boolean isCurve() {
        return isFunction() && formula != null && formula.variables().size() == 1;
    }

    boolean isRegression() {
        return kind == ProblemKind.REGRESSION;
    }

    boolean isParabola() {
        return kind == ProblemKind.PARABOLA;
    }

    boolean isCircle() {
        return kind == ProblemKind.CIRCLE;
    }

    boolean isPlane() {
        return kind == ProblemKind.PLANE;
    }

    /** Whether a map of the parameters is drawn (two of them): not for a curve, the plane's or the circle's three. */
    boolean hasMap() {
        return parameters().size() == 2;
    }

    List<String> parameters() {
        if (isFunction()) {
            List<String> names = formula.variables();
            if (names.size() == 2 || names.size() == 1) {
                return names;
            }
            return List.of("x", "y");
        }
        return isCircle() || isPlane() ? List.of("a", "b", "c") : List.of("a", "b");
    }

    /** The objective of a run with the problem's own batch size. */
    Objective newObjective(long seed) {
        return newObjective(batchSize, seed);
    }

    /** The objective of a run with mini-batches of {@code batch} points (0: all; ignored by a formula). */
    Objective newObjective(int batch, long seed) {
        return switch (kind) {
            case FUNCTION -> new FormulaObjective(formula, parameters());
            case REGRESSION -> new LinearRegression(data, batch, seed, shuffled);
            case PARABOLA -> new ParabolaFit(data, batch, seed, shuffled);
            case PLANE -> new PlaneFit(data, batch, seed, shuffled);
            case CIRCLE -> new CircleFit(data, batch, seed, shuffled);
        };
    }

    DescentProblem withData(PointCloud newData) {
        return new DescentProblem(kind, formula, newData, batchSize, shuffled);
    }

    DescentProblem withBatchSize(int size) {
        return new DescentProblem(kind, formula, data, size, shuffled);
    }
}
