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

    /** The book's sampled sine (chapter 11, line 12557): sin(0), sin(2π/100), …, sin(198π/100). */
    public static double[] bookSine() {
        double[] x = new double[100];
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.sin(2 * Math.PI * k / 100);
        }
        return x;
    }

    /** Where the book's radar echo (chapter 13, line 15447) starts: the pulse lies between 350 and 450. */
    public static final int RADAR_ECHO_START = 350;
    /** The book's lengths: a pulse of 100 samples, a received signal of 1000. */
    public static final int RADAR_PULSE = 100;
    public static final int RADAR_SIGNAL = 1000;

    /**
     * The pulse the radar emits: 100 samples of a chirp sin(πk²/200), a wave whose frequency rises (as radars
     * emit, so that the echo's correlation has one sharp peak), rounded to two decimals so that it reads as a
     * kernel. The book draws its pulse without giving its values.
     */
    public static double[] radarPulse() {
        double[] g = new double[RADAR_PULSE];
        for (int k = 0; k < g.length; k++) {
            g[k] = Math.round(100 * Math.sin(Math.PI * k * k / 200)) / 100.0;
        }
        return g;
    }

    /** What the radar receives: Gaussian noise (standard deviation 1, seeded) plus the pulse from sample 350 on. */
    public static double[] radarEcho(long seed) {
        Random random = new Random(seed);
        double[] f = new double[RADAR_SIGNAL];
        double[] g = radarPulse();
        for (int k = 0; k < f.length; k++) {
            f[k] = random.nextGaussian();
        }
        for (int k = 0; k < g.length; k++) {
            f[RADAR_ECHO_START + k] += g[k];
        }
        return f;
    }

    /** The index of the largest value (the first one on a tie). */
    public static int argMax(double[] x) {
        int best = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] > x[best]) {
                best = k;
            }
        }
        return best;
    }
}
