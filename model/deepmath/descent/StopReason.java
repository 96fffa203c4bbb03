package deepmath.descent;

/** Why a descent stopped: a rule was met, or it diverged. */
public enum StopReason {
    MAX_STEPS(false), SMALL_GRADIENT(false), STALLED(false), NOT_A_NUMBER(true), OUT_OF_BOUNDS(true);

    private final boolean divergence;

    StopReason(boolean divergence) {
        this.divergence = divergence;
    }

    public boolean isDivergence() {
        return divergence;
    }
}
