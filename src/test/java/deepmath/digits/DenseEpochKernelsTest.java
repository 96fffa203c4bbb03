package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.bench.Nd4jDenseEpoch;
import deepmath.bench.SparseDenseSgd;
import deepmath.nd.Nd4jRuntime;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.Training;
import deepmath.sequential.data.MnistSource;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The two fast kernels {@code mnist-dense-epoch} times against numpy (ND4J's float32 products, and the sparse
 * float32 loops that skip blank pixels) take the same gradient-descent steps as the sequential engine, which trains
 * the digits lab's networks: three steps P ← P − 0.1·grad, each on the mean cross-entropy of the same 96 digits
 * (one batch of all of them, so that the engine's shuffle does not matter).
 */
class DenseEpochKernelsTest {
    private static final DigitSet DATA = DigitSet.shippedSplit().train().subset(IntStream.range(100, 196).toArray());
    private static final int[] ORDER = IntStream.range(0, 96).toArray();

    @Test
    void theNd4jEpochTakesTheSameStepsAsTheEngine() {
        Nd4jRuntime.initialise();
        Nd4jDenseEpoch nd4j = new Nd4jDenseEpoch(start(), DATA, ORDER, 96, 0.1);
        for (int e = 0; e < 3; e++) {
            nd4j.epoch();
        }
        assertSameAsEngine(nd4j.parameters());
    }

    @Test
    void theSparseKernelTakesTheSameStepsAsTheEngine() {
        SparseDenseSgd sparse = new SparseDenseSgd(start(), 96, 0.1);
        for (int e = 0; e < 3; e++) {
            sparse.epoch(DATA, ORDER);
        }
        assertSameAsEngine(sparse.network().parameters());
    }

    /** A 784-32-10 network, always the same. */
    private static DigitNetwork start() {
        return ModelKind.DENSE.withParameters(SequentialNetwork.initialised(ModelKind.dense(32), 9).parameters());
    }

    private static void assertSameAsEngine(double[] a) {
        DigitNetwork engine = start();
        double[] before = engine.parameters().clone();
        TrainingPlan plan = new TrainingPlan(3, 96, 0.1, 1, 1, 0);
        try (Training t = new Training(engine.engine(), MnistSource.of("96 digits", DATA), plan.config(OptimizerKind.SGD))) {
            t.fit(3, deepmath.sequential.TrainingListener.NONE);
        }
        double[] b = engine.parameters();
        assertEquals(b.length, a.length);
        double worst = 0;
        double moved = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
            moved = Math.max(moved, Math.abs(b[i] - before[i]));
        }
        assertTrue(moved > 1e-3, "the steps moved the weights: " + moved);
        assertTrue(worst < 1e-4, "float32 and double agree to 1e-4: " + worst);
    }
}
