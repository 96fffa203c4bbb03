package deepmath.gpt.train;

/**
 * Linear warm-up then cosine decay: η(t) = η·t/W for t < W, then η_min + ½(η − η_min)(1 + cos(π·p)) with
 * p = (t − W)/(S − W). The warm-up keeps Adam's first steps, whose second-moment estimates are still poor,
 * small; the cosine lets the last steps settle.
 */
public record LearningRateSchedule(double peak, double minimum, int warmupSteps, int totalSteps) {

    public LearningRateSchedule {
        if (!(peak > 0) || minimum < 0 || minimum > peak || warmupSteps < 0 || totalSteps < 1) {
            throw new IllegalArgumentException("bad schedule " + peak + " " + minimum + " " + warmupSteps + " " + totalSteps);
        }
    }

    /** The learning rate of step {@code step} (0-based). */
    public double at(int step) {
        if (step < warmupSteps) {
            return peak * (step + 1) / warmupSteps;
        }
        double progress = Math.min(1.0, (step - warmupSteps) / (double) Math.max(1, totalSteps - warmupSteps));
        return minimum + 0.5 * (peak - minimum) * (1 + Math.cos(Math.PI * progress));
    }
}
