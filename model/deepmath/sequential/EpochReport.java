package deepmath.sequential;

/**
 * What keras prints after an epoch: the mean loss over the epoch's batches and the accuracy of the predictions
 * made while training (dropout on, weights moving), then the loss and accuracy on the validation examples
 * (dropout off, final weights). Accuracies are NaN for a regression, validation figures NaN without validation.
 */
public record EpochReport(int epoch, double loss, double accuracy, double valLoss, double valAccuracy) {
    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }
}
