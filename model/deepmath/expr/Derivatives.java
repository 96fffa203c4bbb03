package deepmath.expr;

/**
 * Value, gradient and Hessian of a formula at a point, all by automatic differentiation: the gradient by
 * reverse mode on the computational graph, the Hessian by second-order forward mode on the formula tree.
 */
public record Derivatives(double value, double[] gradient, double[][] hessian) {

    public static Derivatives at(Formula formula, double[] point) {
        double[] gradient = new double[formula.variables().size()];
        double value = formula.compile().gradient(point, gradient);
        return new Derivatives(value, gradient, hessian(formula, point));
    }

    /** ∇f by one forward and one backward sweep over the graph. */
    public static double[] reverseGradient(Formula formula, double[] point) {
        double[] gradient = new double[formula.variables().size()];
        formula.compile().gradient(point, gradient);
        return gradient;
    }

    /** ∇f by forward (tangent) mode: one sweep per variable. */
    public static double[] forwardGradient(Formula formula, double[] point) {
        ComputationGraph graph = formula.graph();
        double[] values = new double[graph.size()];
        double[] tangents = new double[graph.size()];
        graph.forward(point, values);
        double[] gradient = new double[formula.variables().size()];
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] = graph.tangents(values, k, tangents);
        }
        return gradient;
    }

    /** The matrix of second partial derivatives ∂²f/∂x_i∂x_j (symmetric by construction). */
    public static double[][] hessian(Formula formula, double[] point) {
        int n = formula.variables().size();
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value = HyperDual.evaluate(formula.root(), formula.variables(), point, i, j).d();
                h[i][j] = value;
                h[j][i] = value;
            }
        }
        return h;
    }
}
