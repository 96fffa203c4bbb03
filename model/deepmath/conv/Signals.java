package deepmath.conv;

import java.util.Random;

/** The signals of the 1-D tab (book chapter 11): a noisy sine to smooth, steps whose edges a kernel finds. */
public final class Signals {
    private Signals() {
    }

    /** sin(2π·3k/n) plus Gaussian noise of standard deviation 0.25, reproducible (seeded). */
    public static double[] noisySine(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = Math.sin(2 * Math.PI * 3 * k / n) + 0.25 * random.nextGaussian();
        }
        return x;
    }

    /** A staircase: 0, then 1, then −0.5, then 0.5, over four equal parts. */
    public static double[] steps(int n) {
        double[] levels = {0, 1, -0.5, 0.5};
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = levels[Math.min(3, 4 * k / n)];
        }
        return x;
    }
}
