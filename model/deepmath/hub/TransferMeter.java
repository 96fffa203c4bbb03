package deepmath.hub;

import java.util.function.LongSupplier;

/**
 * Bytes done, rate and time left of a download. The rate counts only what this run received (not the part resumed
 * from an earlier run), over the time since it started.
 */
final class TransferMeter {
    private final LongSupplier nanoTime;
    private final long total;
    private final long start;
    private final long alreadyDone;

    TransferMeter(long total, long alreadyDone, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.start = nanoTime.getAsLong();
    }

    TransferStatus status(String file, long done) {
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        long received = done - alreadyDone;
        double rate = seconds > 0 && received > 0 ? received / seconds : 0;
        long left = rate > 0 ? (long) Math.ceil((total - done) / rate) : -1;
        return new TransferStatus(file, done, total, rate, left);
    }
}
