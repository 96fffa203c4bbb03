package deepmath.descent;

import deepmath.core.BadInputException;

/**
 * The step δ_k of step k → k + 1, from the initial step δ_0: the book's ways to let it decrease (ch. 8 §2.1
 * "Faire varier le pas", lines 9154–9182), or constant. {@code parameter} is β for the exponential decrease and α
 * (keras's "decay") for keras's; the other kinds have none (0).
 */
public record StepSchedule(Kind kind, double initial, double parameter) {

    /** How δ_k decreases; {@link #hasParameter()} says whether it takes β or α. */
    public enum Kind {
        /** δ_k = δ_0. */
        CONSTANT("constant"),
        /** δ_k = δ_0 / (k + 1) (line 9156). */
        LINEAR("linear"),
        /** δ_k = δ_0 / (k + 1)² (line 9164). */
        QUADRATIC("quadratic"),
        /** δ_k = δ_0 e^(−βk), β > 0 (line 9172). */
        EXPONENTIAL("exp"),
        /** δ_k = δ_0 / (αk + 1), α ≥ 0 the decay; α = 0 is a constant step (line 9177). */
        KERAS("keras");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in sessions, on the command line and in the bundles' keys. */
        public String key() {
            return key;
        }

        public boolean hasParameter() {
            return this == EXPONENTIAL || this == KERAS;
        }

        /**
         * The parameter a newly chosen kind starts with: β = 0.1; α = 10^-4, the book's "usage courant" is between
         * 10^-4 and 10^-6 (line 9181); 0 for the kinds that take none.
         */
        public double defaultParameter() {
            return this == EXPONENTIAL ? 0.1 : this == KERAS ? 1e-4 : 0;
        }

        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new BadInputException(DescentRefusal.UNKNOWN_SCHEDULE, key);
        }
    }

    public StepSchedule {
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        boolean bad = !Double.isFinite(parameter)
                || kind == Kind.EXPONENTIAL && parameter <= 0
                || kind == Kind.KERAS && parameter < 0;
        if (bad) {
            throw new BadInputException(DescentRefusal.SCHEDULE_PARAMETER, kind.key(), parameter);
        }
        if (!kind.hasParameter()) {
            parameter = 0;
        }
    }

    public static StepSchedule constant(double step) {
        return new StepSchedule(Kind.CONSTANT, step, 0);
    }

    public static StepSchedule of(Kind kind, double initial) {
        return new StepSchedule(kind, initial, 0);
    }

    /** keras's δ_k = δ_0 / (decay·k + 1). */
    public static StepSchedule keras(double initial, double decay) {
        return new StepSchedule(Kind.KERAS, initial, decay);
    }

    public static StepSchedule exponential(double initial, double beta) {
        return new StepSchedule(Kind.EXPONENTIAL, initial, beta);
    }

    /**
     * A schedule written {@code constant}, {@code linear}, {@code quadratic}, {@code exp:BETA} or {@code keras:ALPHA}
     * (the command line's), from the initial step {@code initial}.
     */
    public static StepSchedule parse(String text, double initial) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        Kind kind;
        try {
            kind = Kind.fromKey(name.strip());
        } catch (BadInputException e) {
            throw new BadInputException(DescentRefusal.UNKNOWN_SCHEDULE, text);
        }
        if (kind.hasParameter() != (colon >= 0)) {
            throw new BadInputException(DescentRefusal.UNKNOWN_SCHEDULE, text);
        }
        double parameter = 0;
        if (colon >= 0) {
            try {
                parameter = Double.parseDouble(text.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(DescentRefusal.UNKNOWN_SCHEDULE, text);
            }
        }
        return new StepSchedule(kind, initial, parameter);
    }

    /** δ_k, k ≥ 0 the number of steps already made. */
    public double at(int k) {
        return switch (kind) {
            case CONSTANT -> initial;
            case LINEAR -> initial / (k + 1.0);
            case QUADRATIC -> initial / ((k + 1.0) * (k + 1.0));
            case EXPONENTIAL -> initial * Math.exp(-parameter * k);
            case KERAS -> initial / (parameter * k + 1);
        };
    }
}
