package deepmath.bench;

/**
 * A named, repeatable measurement registered with {@code deepmath-lab bench}. {@link #prepare} does the
 * expensive set-up once (data, models); the returned {@link Trial} is then run for warm-up and timing.
 */
public interface Benchmark {

    /** The name users type, e.g. {@code nd4j-mmul-1024}. */
    String name();

    /** One sentence saying what is measured and, where there is one, the goal. */
    String description();

    /** Warm-up runs before timing (JIT, caches, native loading). */
    default int warmups() {
        return 3;
    }

    /** Timed runs; the reported figure is their median. */
    default int runs() {
        return 10;
    }

    Trial prepare(BenchContext context) throws Exception;
}
