package deepmath.calculus;

/**
 * A function of two variables with its gradient: what the steepest-slope line follows. A formula
 * ({@link PlaneFunction}, exact derivatives) and a sampled height grid ({@code deepmath.terrain.HeightField},
 * finite differences) both are one.
 */
public interface PlaneField {
    double value(double u, double v);

    /** Writes ∇f(u, v) into out[0..1] and returns f(u, v). */
    double gradient(double u, double v, double[] out);
}
