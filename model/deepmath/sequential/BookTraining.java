package deepmath.sequential;

/**
 * How the book trains one of its networks: keras's {@code compile(loss=…, optimizer=…)} and
 * {@code fit(epochs=…, batch_size=…)}, in keras's own names, for the engine and the panel to start from.
 *
 * @param loss         keras's loss name: {@code mean_squared_error}, {@code binary_crossentropy}, {@code categorical_crossentropy}
 * @param optimizer    {@code sgd}, {@code adam}
 * @param learningRate the step δ (keras's default when the book gives none: 0.01 for SGD, 0.001 for Adam)
 * @param momentum     SGD's momentum, 0 without
 * @param nesterov     whether SGD uses Nesterov's acceleration
 * @param epochs       the book's number of epochs
 * @param batch        the batch size; 0 for the whole data set in one batch ({@code batch_size=N})
 */
public record BookTraining(String loss, String optimizer, double learningRate, double momentum, boolean nesterov,
        int epochs, int batch) {
    /** keras's default batch. */
    public static final int KERAS_BATCH = 32;

    static BookTraining sgd(String loss, double rate, int epochs, int batch) {
        return new BookTraining(loss, "sgd", rate, 0, false, epochs, batch);
    }

    static BookTraining adam(String loss, int epochs, int batch) {
        return new BookTraining(loss, "adam", 0.001, 0, false, epochs, batch);
    }
}
