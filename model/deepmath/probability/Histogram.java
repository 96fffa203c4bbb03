package deepmath.probability;

/**
 * Counts of a sample in equal bins [lo + k·width, lo + (k + 1)·width); the last bin also holds hi. Heights
 * count/(n·width) make it comparable with a density: the bars' total area is 1.
 */
public record Histogram(double lo, double width, int[] counts, int total) {

    public Histogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public static Histogram of(double[] values, double lo, double hi, int bins) {
        if (!(hi > lo) || bins < 1) {
            throw new IllegalArgumentException("bins over [" + lo + ", " + hi + "]: " + bins);
        }
        double width = (hi - lo) / bins;
        int[] counts = new int[bins];
        int total = 0;
        for (double v : values) {
            if (v < lo || v > hi) {
                continue;
            }
            counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
            total++;
        }
        return new Histogram(lo, width, counts, total);
    }

    /** Bin k's height as a density: count / (n · width). */
    public double density(int k) {
        return total == 0 ? 0 : counts[k] / (total * width);
    }
}
