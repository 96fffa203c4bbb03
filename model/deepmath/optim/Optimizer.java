package deepmath.optim;

/**
 * One iteration of a descent method on a parameter vector P: {@link #step} replaces P(k) by P(k+1) in place.
 * Methods with memory (momentum, Adam, …) keep it between calls; {@link #reset()} forgets it, so that the
 * next step is again the first one. Each implementation loops element-wise over {@code double[]}: the
 * vectors are a point of the plane in the descent lab and a network's flattened weights here.
 */
public interface Optimizer {

    /** A short name for menus and logs, e.g. "momentum". */
    String name();

    /** Changes the step δ from the next step on, keeping the memory (step-size schedules use it). */
    void setStep(double step);

    /** Forgets the memory of previous steps (velocity, averages, step count). */
    void reset();

    /** P(k) → P(k+1), in place, using {@code gradient} once (at P(k) or, for Nesterov, at the look-ahead). */
    void step(double[] params, GradientFunction gradient);

    /**
     * The memory of the previous steps as arrays (empty for plain gradient descent), so that a training saved to a
     * file resumes where it stopped; {@link #restore} puts it back. The arrays are copies.
     */
    default double[][] state() {
        return new double[0][];
    }

    /** Puts back a {@link #state()} of an optimiser of the same kind; an empty state is {@link #reset()}. */
    default void restore(double[][] state) {
        reset();
    }
}
