package deepmath.descent;

import deepmath.expr.CompiledFunction;
import deepmath.expr.Formula;
import java.util.List;

/** A typed formula as the function to minimise, its variables in alphabetical order (or as chosen). */
public final class FormulaObjective implements Objective {
    private final Formula formula;
    private final CompiledFunction compiled;
    private final List<String> parameters;
    private final int[] slot;
    private final double[] point;
    private final double[] gradient;

    /** @param order the variables as the descent orders them (each one of the formula's variables) */
    public FormulaObjective(Formula formula, List<String> order) {
        for (String name : formula.variables()) {
            if (!order.contains(name)) {
                throw new deepmath.core.BadInputException(DescentRefusal.VARIABLE, name, order);
            }
        }
        this.formula = formula;
        this.compiled = formula.compile();
        this.parameters = List.copyOf(order);
        this.slot = new int[order.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = formula.variables().indexOf(order.get(i));
        }
        this.point = new double[formula.variables().size()];
        this.gradient = new double[formula.variables().size()];
    }

    public FormulaObjective(Formula formula) {
        this(formula, formula.variables());
    }

    public Formula formula() {
        return formula;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    @Override
    public double valueAndGradient(double[] p, double[] out) {
        for (int i = 0; i < slot.length; i++) {
            if (slot[i] >= 0) {
                point[slot[i]] = p[i];
            }
        }
        double value = compiled.gradient(point, gradient);
        for (int i = 0; i < slot.length; i++) {
            out[i] = slot[i] >= 0 ? gradient[slot[i]] : 0;
        }
        return value;
    }
}
