package deepmath.nd;

import java.lang.management.ManagementFactory;
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
        BlasLibrary.prepare(); // before OpenBLAS loads: JavaCPP reads which library to load only then
        BlasCoreType.prepare(); // before OpenBLAS loads: it reads OPENBLAS_CORETYPE only then
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        // A real op, so that the BLAS library and the op executioner are loaded too, not just the classes.
        Nd4j.create(new float[] {1, 2, 3, 4}, 2, 2).mmul(Nd4j.eye(2).castTo(DataType.FLOAT)).sumNumber();
        blasThreads(); // sets OpenBLAS's threads the first time
        long initNanos = System.nanoTime() - start;
        var env = Nd4j.getEnvironment();
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        String blas = Nd4j.factory().blas().getBlasVendor().toString();
        return new Nd4jInfo(backend, blas, BlasCoreType.reported(), BlasCoreType.library(), env.maxMasterThreads(),
                initNanos / 1_000_000.0);
    }

    /**
     * OpenBLAS's thread count for the lab's products, chosen once when ND4J is first loaded and set whatever
     * OPENBLAS_NUM_THREADS or OMP_NUM_THREADS the user's shell has: {@link #chooseThreads} of this machine's cores
     * and load average at that moment.
     */
    public static int blasThreads() {
        return BlasThreads.CHOSEN;
    }

    /**
     * Every core, unless the machine is oversubscribed many times over: OpenBLAS's threads meet at a barrier after
     * each block of a product, so on cores other processes keep busy every product waits for its slowest,
     * descheduled thread. Measured on 2 cores (docs/benchmarks.md): at load 23–27 one thread gave 3.7 generated
     * tokens/s against 2.6 with two, and a 64-token GPT-2 pass 1.13 s against 1.3–2.6 s; at load 8.7 two threads
     * still won (174 ms against 249 ms a pass), and on an idle machine they give the product twice one's speed.
     * Hence one thread from a load average of 6 per core. A negative load (not available) counts as idle.
     */
    static int chooseThreads(int cores, double loadAverage) {
        return loadAverage >= 6.0 * cores ? 1 : Math.max(1, cores);
    }

    /** Sets OpenBLAS's threads once (a lazy holder: no flag). */
    private static final class BlasThreads {
        static final int CHOSEN = set();

        private static int set() {
            int threads = chooseThreads(Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Blas.useThreads(threads);
            return threads;
        }
    }
}
