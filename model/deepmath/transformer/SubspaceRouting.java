package deepmath.transformer;

import deepmath.core.BadInputException;

/**
 * Chapter 18 §3.3 (line 20014): how block 1 sends a vector to block 3 past block 2 through a subspace ℝᵖ of the
 * residual stream. The book's block matrices W¹out = (X 0; 0 X′), W²out = (0 0; 0 Y′), W³in = (Z 0; 0 Z′), each top-left
 * block p × p: block j reads what block i wrote through the product W^j_in · W^i_out, so the top-left block of
 * W³in·W²out is Z·0 = 0 whatever Y′ (block 2 adds nothing on ℝᵖ) while that of W³in·W¹out is Z·X: block 3
 * receives Z·X·u₁, as if block 2 were not there. The book gives the structure, not numbers; the lab's preset
 * fills the blocks with small integers.
 */
public record SubspaceRouting(double[][] x, double[][] xTilde, double[][] yTilde, double[][] z, double[][] zTilde,
                              double[] u1) {

    public SubspaceRouting {
        int p = square(Matrices.checked(x, "X"), "X", "X", -1);
        square(Matrices.checked(z, "Z"), "Z", "X", p);
        int q = square(Matrices.checked(xTilde, "X′"), "X′", "X′", -1);
        square(Matrices.checked(yTilde, "Y′"), "Y′", "X′", q);
        square(Matrices.checked(zTilde, "Z′"), "Z′", "X′", q);
        if (u1.length != p) {
            throw new BadInputException(TransformerProblem.ROUTING_VECTOR, p, u1.length);
        }
    }

    private static int square(double[][] m, String what, String like, int side) {
        int expected = side < 0 ? m.length : side;
        if (m.length != expected || m[0].length != expected) {
            throw new BadInputException(TransformerProblem.ROUTING_BLOCK, what, like, expected, m.length, m[0].length);
        }
        return expected;
    }

    /** The size p of the subspace the blocks share. */
    public int p() {
        return x.length;
    }

    /** The dimension n = p + (size of the other blocks) of the residual stream. */
    public int n() {
        return x.length + xTilde.length;
    }

    public double[][] out1() {
        return blocks(x, xTilde);
    }

    public double[][] out2() {
        return blocks(new double[p()][p()], yTilde);
    }

    public double[][] in3() {
        return blocks(z, zTilde);
    }

    /** W³in · W¹out: what block 3 reads of block 1's output. */
    public double[][] oneToThree() {
        return Matrices.multiply(in3(), out1());
    }

    /** W³in · W²out: what block 3 reads of block 2's output. */
    public double[][] twoToThree() {
        return Matrices.multiply(in3(), out2());
    }

    /** What block 3 receives on ℝᵖ from u₁: the top-left block of W³in·W¹out times u₁, that is Z·X·u₁. */
    public double[] received() {
        return Matrices.times(topLeft(oneToThree()), u1);
    }

    /** The top-left p × p block of an n × n matrix. */
    public double[][] topLeft(double[][] m) {
        double[][] out = new double[p()][p()];
        for (int i = 0; i < p(); i++) {
            System.arraycopy(m[i], 0, out[i], 0, p());
        }
        return out;
    }

    private static double[][] blocks(double[][] a, double[][] d) {
        int p = a.length;
        int n = p + d.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], 0, m[i], 0, p);
        }
        for (int i = 0; i < d.length; i++) {
            System.arraycopy(d[i], 0, m[p + i], p, d.length);
        }
        return m;
    }
}
