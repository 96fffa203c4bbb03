package deepmath.app.descent;

import deepmath.descent.DataObjective;
import deepmath.descent.Descent;
import deepmath.optim.OptimizerKind;
import javafx.scene.paint.Color;

/**
 * One run of the race, with its colour on every view: an optimiser's, or (comparing batch sizes, book ch. 8 §3.3)
 * the method's with mini-batches of {@code batch} points (0: all the data; ignored for a formula).
 */
record RaceRun(OptimizerKind kind, int batch, Descent descent, Color color) {

    static final Color[] COLOURS = {Color.web("#d1242f"), Color.web("#0969da"), Color.web("#1a7f37"),
        Color.web("#8250df"), Color.web("#bf8700"), Color.web("#e85aad")};
    /** The compared batch sizes' colours, in the order of {@link DescentState#COMPARABLE_BATCHES}. */
    static final Color[] BATCH_COLOURS = {Color.web("#0969da"), Color.web("#1a7f37"), Color.web("#bf8700"),
        Color.web("#8250df"), Color.web("#e85aad"), Color.web("#57606a"), Color.web("#1b7c83")};

    static Color colourOf(OptimizerKind kind) {
        return COLOURS[kind.ordinal() % COLOURS.length];
    }

    static Color colourOfBatch(int batch) {
        int i = DescentState.COMPARABLE_BATCHES.indexOf(batch);
        return BATCH_COLOURS[Math.max(0, i) % BATCH_COLOURS.length];
    }

    /** The points each step sees: K, or all N for the whole data (1 for a formula). */
    int pointsPerStep() {
        return descent.objective() instanceof DataObjective d ? d.batchSize() : 1;
    }

    /** The passes over the data after k steps: k·K/N (k for a formula or the whole data). */
    double epochsAt(int k) {
        return descent.objective() instanceof DataObjective d ? k * (double) d.batchSize() / d.data().size() : k;
    }

    double[] xs() {
        return descent.iterates().stream().mapToDouble(i -> i.point()[0]).toArray();
    }

    double[] ys() {
        return descent.iterates().stream().mapToDouble(i -> i.point().length > 1 ? i.point()[1] : 0).toArray();
    }
}
