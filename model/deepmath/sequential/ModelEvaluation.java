package deepmath.sequential;

import deepmath.nn.Loss;
import deepmath.sequential.data.Examples;

/**
 * keras's {@code evaluate}: a model judged on labelled examples, dropout off — the mean loss and, for a
 * classification, the accuracy, each example's predicted and true class, and the confusion matrix (row = true
 * class, column = predicted; the diagonal counts the right answers). For a regression the classes are null and
 * the accuracy NaN.
 */
public record ModelEvaluation(double loss, double accuracy, int[][] confusion, int[] predicted, int[] labels) {

    /** On every example of {@code data}, on the caller's thread. */
    public static ModelEvaluation of(SequentialNetwork network, Examples data, Loss loss) {
        try (Chunks one = new Chunks(1)) {
            return of(network, data, Targets.of(network, data), 0, data.count(), loss, one,
                    new SequentialNetwork.Worker[] {network.newWorker()});
        }
    }

    /** On {@code data}, shared among {@code threads} threads. */
    public static ModelEvaluation of(SequentialNetwork network, Examples data, Loss loss, int threads) {
        try (Chunks chunks = new Chunks(threads)) {
            SequentialNetwork.Worker[] workers = new SequentialNetwork.Worker[threads];
            for (int c = 0; c < threads; c++) {
                workers[c] = network.newWorker();
            }
            return of(network, data, Targets.of(network, data), 0, data.count(), loss, chunks, workers);
        }
    }

    static ModelEvaluation of(SequentialNetwork network, Examples data, float[][] targets, int from, int to,
                              Loss loss, Chunks chunks, SequentialNetwork.Worker[] workers) {
        int n = to - from;
        boolean classes = data.isClassification();
        int[] predicted = classes ? new int[n] : null;
        int[] labels = classes ? new int[n] : null;
        double[] losses = new double[chunks.count()];
        double[] p = network.parameters();
        chunks.run(from, to, (c, cFrom, cTo) -> {
            double[] t = new double[network.outputSize()];
            double sum = 0;
            for (int i = cFrom; i < cTo; i++) {
                double[] out = workers[c].output(p, data.inputs()[i]);
                for (int k = 0; k < t.length; k++) {
                    t[k] = targets[i][k];
                }
                sum += loss.value(out, t);
                if (classes) {
                    predicted[i - from] = Targets.predicted(out);
                    labels[i - from] = Targets.label(targets[i]);
                }
            }
            losses[c] = sum;
        });
        double total = 0;
        for (double l : losses) {
            total += l;
        }
        if (!classes) {
            return new ModelEvaluation(total / n, Double.NaN, null, null, null);
        }
        int k = Math.max(data.classes().size(), 2);
        int[][] confusion = new int[k][k];
        int right = 0;
        for (int i = 0; i < n; i++) {
            confusion[labels[i]][predicted[i]]++;
            right += labels[i] == predicted[i] ? 1 : 0;
        }
        return new ModelEvaluation(total / n, (double) right / n, confusion, predicted, labels);
    }

    public int samples() {
        return predicted != null ? predicted.length : 0;
    }

    /** Positions (from the first evaluated example) of the wrong predictions, in data order. */
    public int[] mistakes() {
        if (predicted == null) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(0, predicted.length).filter(i -> predicted[i] != labels[i]).toArray();
    }
}
