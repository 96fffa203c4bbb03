package deepmath.sequential;

/** Told of the training's progress; called on the training's thread. */
public interface TrainingListener {
    TrainingListener NONE = report -> { };

    void epochDone(EpochReport report);

    /** After each mini-batch: the epoch (from 1), the batch (from 0), the batch count and the batch's mean loss. */
    default void batchDone(int epoch, int batch, int batches, double loss) {
    }
}
