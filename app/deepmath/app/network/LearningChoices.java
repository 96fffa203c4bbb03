package deepmath.app.network;

import java.util.List;

/**
 * The chapter-9 views chosen under the network: which one is shown (backpropagation, the perceptron rule, the
 * error along one weight, training against test, the weights as keras sets them, under- and over-fitting by polynomials), the weight whose error E(a) is drawn (an index of
 * {@code Network.parameters()}), and p, the neurons per hidden layer of the black-squares network.
 */
record LearningChoices(String view, int parameter, int squaresP) {
    static final String BACKPROPAGATION = "backpropagation";
    static final String PERCEPTRON = "perceptron";
    static final String PROFILE = "profile";
    static final String SQUARES = "squares";
    static final String KERAS = "keras";
    static final String POLYNOMIALS = "polynomials";
    static final List<String> VIEWS = List.of(BACKPROPAGATION, PERCEPTRON, PROFILE, SQUARES, KERAS, POLYNOMIALS);
    static final LearningChoices DEFAULT = new LearningChoices(BACKPROPAGATION, 0, 10);

    LearningChoices withView(String value) {
        return new LearningChoices(value, parameter, squaresP);
    }

    LearningChoices withParameter(int value) {
        return new LearningChoices(view, value, squaresP);
    }

    LearningChoices withSquaresP(int value) {
        return new LearningChoices(view, parameter, value);
    }
}
