package deepmath.language;

import java.util.List;

/**
 * Zipf–Mandelbrot law f(r) = C/(r + b)^a of word frequency against rank (Zipf: b = 0, a ≈ 1). For a fixed b,
 * log f = log C − a·log(r + b) is a straight line, fitted by least squares; b is then chosen on a fine grid
 * as the value with the smallest squared error of log f. The points are taken at ranks spaced evenly in log r
 * (about 20 per decade): otherwise the thousands of words seen once or twice would decide the fit alone.
 */
public record ZipfMandelbrot(double c, double a, double b, double squaredError) {

    public double frequency(double rank) {
        return c / Math.pow(rank + b, a);
    }

    public static ZipfMandelbrot fit(List<WordCounts.Entry> ranked) {
        if (ranked.size() < 3) {
            throw new IllegalArgumentException("need at least 3 distinct words to fit a law");
        }
        List<WordCounts.Entry> spread = logSpaced(ranked);
        ZipfMandelbrot best = null;
        for (int i = 0; i <= 1000; i++) {
            double b = i * 0.05;    // 0 … 50
            ZipfMandelbrot candidate = fitWithShift(spread, b);
            if (best == null || candidate.squaredError < best.squaredError) {
                best = candidate;
            }
        }
        return best;
    }

    /** The entries at ranks 1, 2, … rounded from 10^(k/20), each rank once. */
    static List<WordCounts.Entry> logSpaced(List<WordCounts.Entry> ranked) {
        List<WordCounts.Entry> out = new java.util.ArrayList<>();
        int last = 0;
        for (int k = 0; ; k++) {
            int rank = (int) Math.round(Math.pow(10, k / 20.0));
            if (rank > ranked.size()) {
                break;
            }
            if (rank != last) {
                out.add(ranked.get(rank - 1));
                last = rank;
            }
        }
        return out;
    }

    /** Least squares of y = log f on x = log(r + b): slope −a, intercept log C. */
    static ZipfMandelbrot fitWithShift(List<WordCounts.Entry> ranked, double b) {
        int n = ranked.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (WordCounts.Entry e : ranked) {
            double x = Math.log(e.rank() + b);
            double y = Math.log(e.count());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double error = 0;
        for (WordCounts.Entry e : ranked) {
            double r = Math.log(e.count()) - (intercept + slope * Math.log(e.rank() + b));
            error += r * r;
        }
        return new ZipfMandelbrot(Math.exp(intercept), -slope, b, error);
    }
}
