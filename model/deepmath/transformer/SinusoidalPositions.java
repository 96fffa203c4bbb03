package deepmath.transformer;

import deepmath.core.BadInputException;

/**
 * The positional embedding of chapter 18, §4: for an even dimension n and a base p (10 000 for GPT-2's
 * paper), ωᵢ = 1/p^(2i/n) and the position k is coded by
 * w(k) = (cos kω₀, sin kω₀, cos kω₁, sin kω₁, …, cos kω_{n/2−1}, sin kω_{n/2−1}) — cosine first in each pair, as the
 * book writes it (GPT-2's paper puts the sine first). Moving ℓ positions on is the block rotation
 * R(ℓ) = diag(M(ℓω₀), …, M(ℓω_{n/2−1})) (proposition 2): w(k + ℓ) = R(ℓ)·w(k).
 */
public final class SinusoidalPositions {
    public static final int MAX_DIMENSION = 4096;
    public static final int MAX_COUNT = 4096;

    private final int dimension;
    private final double base;

    public SinusoidalPositions(int dimension, double base) {
        if (dimension < 2 || dimension % 2 != 0 || dimension > MAX_DIMENSION) {
            throw new BadInputException(TransformerProblem.DIMENSION, MAX_DIMENSION, dimension);
        }
        if (!(base > 1) || Double.isInfinite(base)) {
            throw new BadInputException(TransformerProblem.BASE, base);
        }
        this.dimension = dimension;
        this.base = base;
    }

    public int dimension() {
        return dimension;
    }

    public double base() {
        return base;
    }

    /** ωᵢ = p^(−2i/n), i = 0 … n/2 − 1. */
    public double frequency(int i) {
        return Math.pow(base, -2.0 * i / dimension);
    }

    /** w(k). */
    public double[] position(double k) {
        double[] w = new double[dimension];
        for (int i = 0; i < dimension / 2; i++) {
            double angle = k * frequency(i);
            w[2 * i] = Math.cos(angle);
            w[2 * i + 1] = Math.sin(angle);
        }
        return w;
    }

    /** Rows w(0), …, w(count − 1). */
    public double[][] table(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new BadInputException(TransformerProblem.COUNT, MAX_COUNT, count);
        }
        double[][] rows = new double[count][];
        for (int k = 0; k < count; k++) {
            rows[k] = position(k);
        }
        return rows;
    }

    /** R(ℓ) as a full n × n matrix: the 2 × 2 rotations M(ℓωᵢ) on the diagonal. */
    public double[][] rotation(double shift) {
        double[][] r = new double[dimension][dimension];
        for (int i = 0; i < dimension / 2; i++) {
            double angle = shift * frequency(i);
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            r[2 * i][2 * i] = c;
            r[2 * i][2 * i + 1] = -s;
            r[2 * i + 1][2 * i] = s;
            r[2 * i + 1][2 * i + 1] = c;
        }
        return r;
    }

    /** The rotation check of proposition 2 for one k and ℓ. */
    public record Shift(double[] start, double[] rotated, double[] direct, double gap) {
    }

    /** R(ℓ)·w(k) beside w(k + ℓ) computed from its own formula, and their largest difference. */
    public Shift shift(int k, int shift) {
        double[] start = position(k);
        double[] rotated = Matrices.times(rotation(shift), start);
        double[] direct = position(k + (double) shift);
        double gap = 0;
        for (int i = 0; i < dimension; i++) {
            gap = Math.max(gap, Math.abs(rotated[i] - direct[i]));
        }
        return new Shift(start, rotated, direct, gap);
    }
}
