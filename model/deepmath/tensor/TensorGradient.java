package deepmath.tensor;

import deepmath.core.BadInputException;
import deepmath.expr.ComputationGraph;
import deepmath.expr.Formula;
import java.util.List;

/**
 * The gradient of a function of tensors, as TensorFlow's GradientTape gives it (book chapter 15 §2, line
 * ~16371): the formula is applied element by element to x (and y), and the derivative of the sum of the
 * results with respect to each element of x (and y) is computed by the lab's reverse-mode automatic
 * differentiation ({@link ComputationGraph#backward}), one backward sweep per element. A single number
 * given for a variable is shared by every element, so its derivative is the sum over them, as with tf.Variable.
 *
 * @param value f at each element (the shape of the larger of x and y)
 * @param dx    ∂(Σ f)/∂x, of x's shape (zeros when f does not use x)
 * @param dy    ∂(Σ f)/∂y, of y's shape (zeros when f does not use y)
 */
public record TensorGradient(String formula, Tensor x, Tensor y, Tensor value, Tensor dx, Tensor dy) {
    public static final List<String> VARIABLES = List.of("x", "y");

    public static TensorGradient of(String formulaText, Tensor x, Tensor y) {
        Formula formula = Formula.parse(formulaText);
        for (String v : formula.variables()) {
            if (!VARIABLES.contains(v)) {
                throw new BadInputException(TensorProblem.VARIABLES, String.join(", ", formula.variables()));
            }
        }
        boolean usesY = formula.variables().contains("y");
        Tensor shapeOf = x;
        if (usesY && y.size() > 1) {
            if (x.size() > 1 && !java.util.Arrays.equals(x.shape(), y.shape())) {
                throw new BadInputException(TensorProblem.GRADIENT_SHAPES, x.shapeText(), y.shapeText());
            }
            shapeOf = x.size() > 1 ? x : y;
        }
        int n = shapeOf.size();
        ComputationGraph graph = formula.graph();
        List<String> names = graph.variables();
        double[] point = new double[names.size()];
        double[] nodes = new double[graph.size()];
        double[] adjoints = new double[graph.size()];
        double[] gradient = new double[names.size()];
        double[] value = new double[n];
        double[] dx = new double[x.size()];
        double[] dy = new double[y.size()];
        int ix = names.indexOf("x");
        int iy = names.indexOf("y");
        for (int k = 0; k < n; k++) {
            if (ix >= 0) {
                point[ix] = x.flat(x.size() == 1 ? 0 : k);
            }
            if (iy >= 0) {
                point[iy] = y.flat(y.size() == 1 ? 0 : k);
            }
            value[k] = graph.forward(point, nodes);
            graph.backward(nodes, adjoints, gradient);
            if (ix >= 0) {
                dx[x.size() == 1 ? 0 : k] += gradient[ix];
            }
            if (iy >= 0) {
                dy[y.size() == 1 ? 0 : k] += gradient[iy];
            }
        }
        return new TensorGradient(formulaText, x, y, new Tensor(shapeOf.shape(), value), new Tensor(x.shape(), dx),
                new Tensor(y.shape(), dy));
    }

    /** Whether the formula uses y (the tab then shows y and ∂/∂y). */
    public boolean usesY() {
        return Formula.parse(formula).variables().contains("y");
    }
}
