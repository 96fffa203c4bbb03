package deepmath.sequential;

import deepmath.core.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed set of threads that share a range of examples in contiguous chunks, chunk 0 on the caller's thread.
 * Each chunk writes only its own buffers, and the caller sums them in chunk order, so results do not depend on
 * timing.
 */
final class Chunks implements AutoCloseable {
    private final int count;
    private final ExecutorService pool;

    interface Work {
        void run(int chunk, int from, int to);
    }

    Chunks(int count) {
        this.count = count;
        this.pool = count > 1 ? Executors.newFixedThreadPool(count - 1, r -> {
            Thread t = new Thread(r, "sequential-training");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    int count() {
        return count;
    }

    /** Runs chunks of [from, to); chunk c gets [from + size·c/count, from + size·(c+1)/count). */
    void run(int from, int to, Work work) {
        int size = to - from;
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 1; c < count; c++) {
            int chunk = c;
            int cFrom = from + (int) ((long) size * c / count);
            int cTo = from + (int) ((long) size * (c + 1) / count);
            futures.add(pool.submit(() -> work.run(chunk, cFrom, cTo)));
        }
        work.run(0, from, from + size / count);
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
