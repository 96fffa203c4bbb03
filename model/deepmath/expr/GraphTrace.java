package deepmath.expr;

/**
 * One evaluation of a computational graph at a point: each node's value (forward pass) and adjoint
 * ∂f/∂node (backward pass), and the resulting gradient. What the graph view draws.
 */
public record GraphTrace(ComputationGraph graph, double[] point, double[] values, double[] adjoints,
                         double[] gradient) {

    public double value() {
        return values[graph.output()];
    }

    /** The local derivative written on the edge from input {@code slot} into {@code node}. */
    public double edgePartial(int node, int slot) {
        return graph.localPartial(node, slot, values);
    }

    /** Forward-mode derivatives of every node with respect to one variable (the book's "dot" values). */
    public double[] tangents(int variable) {
        double[] tangents = new double[values.length];
        graph.tangents(values, variable, tangents);
        return tangents;
    }
}
