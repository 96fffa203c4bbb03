package deepmath.descent;

/** The step δ_k: constant (decay 0), or δ_k = δ / (1 + decay·k), the usual "1/t" decay. */
public record StepSchedule(double initial, double decay) {

    public static StepSchedule constant(double step) {
        return new StepSchedule(step, 0);
    }

    public double at(int k) {
        return initial / (1 + decay * k);
    }
}
