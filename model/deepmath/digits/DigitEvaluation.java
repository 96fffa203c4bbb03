package deepmath.digits;

/**
 * A network judged on labelled digits: its prediction for each, the accuracy and the 10 × 10 confusion
 * matrix (row = true digit, column = predicted digit; the diagonal counts the right answers).
 */
public record DigitEvaluation(int[] predictions, double[] confidence, int[][] confusion, int correct) {

    public static DigitEvaluation of(DigitNetwork network, DigitSet data) {
        int n = data.size();
        int[] predictions = new int[n];
        double[] confidence = new double[n];
        int[][] confusion = new int[DigitSet.CLASSES][DigitSet.CLASSES];
        int correct = 0;
        for (int s = 0; s < n; s++) {
            double[] p = network.probabilities(data.image(s));
            predictions[s] = DigitNetwork.argmax(p);
            confidence[s] = p[predictions[s]];
            confusion[data.label(s)][predictions[s]]++;
            if (predictions[s] == data.label(s)) {
                correct++;
            }
        }
        return new DigitEvaluation(predictions, confidence, confusion, correct);
    }

    public int samples() {
        return predictions.length;
    }

    public double accuracy() {
        return predictions.length == 0 ? 0 : (double) correct / predictions.length;
    }

    /** Positions of the digits the network got wrong, in data order. */
    public int[] misclassified(DigitSet data) {
        return java.util.stream.IntStream.range(0, predictions.length)
                .filter(s -> predictions[s] != data.label(s)).toArray();
    }
}
