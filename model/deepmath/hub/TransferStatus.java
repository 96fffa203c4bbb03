package deepmath.hub;

/**
 * Where a download is, for whoever shows it: the file being received, bytes done and in all (over the whole pull),
 * the rate of this run in bytes per second (0 while unknown) and the seconds left (-1 while unknown).
 */
public record TransferStatus(String file, long done, long total, double bytesPerSecond, long secondsLeft) {

    /** The time left as "2 min 47 s" (SI symbols, the same in English and French); empty while unknown. */
    public String timeLeft() {
        return secondsLeft < 0 ? "" : HubMessages.duration(secondsLeft);
    }
}
