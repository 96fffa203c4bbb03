package deepmath.nn;

/**
 * What one mini-batch step did, for "explain this step": every parameter before, its gradient on the batch,
 * and after (the update is after − before; for plain descent, −δ·gradient).
 */
public record StepReport(int epoch, int step, int batchSize, double batchLoss,
                         double[] before, double[] gradient, double[] after) {

    public double update(int parameter) {
        return after[parameter] - before[parameter];
    }
}
