package deepmath.nd;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Numbered pieces of work (a block of a product's columns, an attention head, a block of rows) shared between the
 * calling thread and {@code workers − 1} helper threads: each takes the next piece until none is left, and
 * {@link #run} returns when every piece is done. A helper the scheduler wakes late simply takes fewer pieces (or
 * none), so on a machine that other processes keep busy the pass runs at the pace of the cores it actually gets,
 * where OpenBLAS's own two threads meet at a barrier after every block of a product and wait for the descheduled
 * one (docs/benchmarks.md). The products inside the pieces run with OpenBLAS at one thread ({@link OneBlasThread}).
 * <p>
 * The helpers are daemon threads that end after a few idle seconds, so an unused split holds no thread.
 */
public final class WorkSplit {
    /** Everything on the calling thread, in order. */
    public static final WorkSplit SEQUENTIAL = new WorkSplit(1);

    private final int workers;
    private final ThreadPoolExecutor helpers;

    /** A split over {@code workers} threads, the caller included (1: everything on the caller). */
    public WorkSplit(int workers) {
        this.workers = Math.max(1, workers);
        if (this.workers == 1) {
            helpers = null;
        } else {
            helpers = new ThreadPoolExecutor(this.workers - 1, this.workers - 1, 5, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread t = new Thread(runnable, "deepmath-work-split");
                        t.setDaemon(true);
                        return t;
                    });
            helpers.allowCoreThreadTimeOut(true);
        }
    }

    /** Threads that share the pieces, the caller included. */
    public int workers() {
        return workers;
    }

    /** Runs piece(0) … piece(count − 1), each once, over the workers; rethrows the first failure of a piece. */
    public void run(int count, IntConsumer piece) {
        if (helpers == null || count <= 1) {
            for (int i = 0; i < count; i++) {
                piece.accept(i);
            }
            return;
        }
        Pieces pieces = new Pieces(count, piece);
        for (int h = 0; h < Math.min(workers - 1, count - 1); h++) {
            helpers.execute(pieces);
        }
        pieces.run();
        pieces.awaitDone();
    }

    /** One call of {@link #run}: the next piece to take, the pieces done, the first failure. */
    private static final class Pieces implements Runnable {
        private final int count;
        private final IntConsumer piece;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Pieces(int count, IntConsumer piece) {
            this.count = count;
            this.piece = piece;
        }

        @Override
        public void run() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    piece.accept(i);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        /**
         * Waits for the pieces a helper took: they are short (well under a millisecond to a few), so a spin, then
         * yielding the core to the helper in case they share it.
         */
        void awaitDone() {
            for (int spins = 0; done.get() < count; spins++) {
                if (spins < 2_000) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error r) {
                throw r;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
    }
}
