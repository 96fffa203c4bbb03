package deepmath.app.probability;

import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;

/** The Probabilities tab's sections, in their order on screen; {@link #key()} names them in sessions and ids. */
enum ProbabilitySection {
    SOFTMAX("softmax"), LOSSES("losses"), NORMALISATION("normalisation"), NORMAL("normal"), DROPOUT("dropout");

    private final String key;

    ProbabilitySection(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static ProbabilitySection fromKey(String key) {
        for (ProbabilitySection s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new BadInputException(SessionProblem.PROBABILITY_SECTION, key);
    }
}
