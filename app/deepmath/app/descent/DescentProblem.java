package deepmath.app.descent;

import deepmath.descent.CircleFit;
import deepmath.descent.FormulaObjective;
import deepmath.descent.LinearRegression;
import deepmath.descent.Objective;
import deepmath.descent.PointCloud;
import deepmath.descent.ProblemKind;
import deepmath.expr.Formula;
import java.util.List;

/**
 * What is being minimised: a formula of two variables, or the loss of a data problem (regression, circle).
 * Each run gets its own objective, since mini-batch objectives keep their place in the data.
 */
record DescentProblem(ProblemKind kind, Formula formula, PointCloud data, int batchSize) {

    boolean isFunction() {
        return kind == ProblemKind.FUNCTION;
    }

    boolean isRegression() {
        return kind == ProblemKind.REGRESSION;
    }

    boolean isCircle() {
        return kind == ProblemKind.CIRCLE;
    }

    List<String> parameters() {
        if (isFunction()) {
            List<String> names = formula.variables();
            if (names.size() == 2) {
                return names;
            }
            return names.contains("y") || names.isEmpty() ? List.of("x", "y")
                    : List.of(names.get(0), names.get(0).equals("y") ? "x" : "y");
        }
        return isRegression() ? List.of("a", "b") : List.of("a", "b", "c");
    }

    Objective newObjective(long seed) {
        if (isFunction()) {
            return new FormulaObjective(formula, parameters());
        }
        return isRegression() ? new LinearRegression(data, batchSize, seed) : new CircleFit(data, batchSize, seed);
    }

    DescentProblem withData(PointCloud newData) {
        return new DescentProblem(kind, formula, newData, batchSize);
    }

    DescentProblem withBatchSize(int size) {
        return new DescentProblem(kind, formula, data, size);
    }
}
