package deepmath.nd;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place that wakes ND4J up. Its first call loads the native libraries (about 2.5 s), so the GUI
 * calls {@link #initialise()} on a background thread at start-up, and everything else finds it ready.
 */
public final class Nd4jRuntime {
    private Nd4jRuntime() {
    }

    /** Loads the native backend (idempotent: later calls are cheap) and describes it. */
    public static Nd4jInfo initialise() {
        long start = System.nanoTime();
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        // A real op, so that the BLAS library and the op executioner are loaded too, not just the classes.
        Nd4j.create(new float[] {1, 2, 3, 4}, 2, 2).mmul(Nd4j.eye(2).castTo(DataType.FLOAT)).sumNumber();
        BlasThreads.SET.hashCode();
        long initNanos = System.nanoTime() - start;
        var env = Nd4j.getEnvironment();
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        String blas = Nd4j.factory().blas().getBlasVendor().toString();
        return new Nd4jInfo(backend, blas, env.maxMasterThreads(), initNanos / 1_000_000.0);
    }

    /** OpenBLAS's thread count for the lab's products: every core, whatever OPENBLAS_NUM_THREADS or
     * OMP_NUM_THREADS the user's shell has. */
    public static int blasThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Sets OpenBLAS's threads once, when ND4J (and with it OpenBLAS) is first loaded (a lazy holder: no flag). */
    private static final class BlasThreads {
        static final Object SET = set();

        private static Object set() {
            Blas.useThreads(blasThreads());
            return new Object();
        }
    }
}
