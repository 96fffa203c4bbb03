package deepmath.data;

import deepmath.core.BadInputException;
import java.util.Locale;
import java.util.Random;

/**
 * The classic 2-D two-class sets (label 1 or 0) on [−6, 6]² (every point inside), as TensorFlow Playground draws them, each
 * from a size, a noise level (0 = clean; the standard deviation of the added noise, in units of the set's
 * own spread) and a seed.
 */
public enum ClassicSets {
    /** Two round clouds centred at (2, 2) (label 1) and (−2, −2) (label 0). */
    TWO_GAUSSIANS,
    /** A disc of radius 2.5 (label 1) inside a ring of radii 3.5–5 (label 0). */
    CIRCLE,
    /** Points in the four quadrants, label 1 where x·y ≥ 0 (the XOR pattern). */
    XOR,
    /** Two interleaved spirals, one per label. */
    SPIRALS;

    public static final double EXTENT = 6;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ClassicSets fromKey(String key) {
        for (ClassicSets set : values()) {
            if (set.key().equalsIgnoreCase(key.strip())) {
                return set;
            }
        }
        throw new BadInputException(DataProblem.UNKNOWN_SET, key);
    }

    public Dataset generate(int size, double noise, long seed) {
        if (size < 2 || size > 100_000) {
            throw new BadInputException(DataProblem.POINT_COUNT, size);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new BadInputException(DataProblem.NOISE, noise);
        }
        Random random = new Random(seed);
        double[][] x = new double[size][];
        double[][] t = new double[size][];
        for (int s = 0; s < size; s++) {
            int label = s % 2 == 0 ? 1 : 0;
            x[s] = inside(label, s, size, noise, random);
            t[s] = new double[] {label};
        }
        return new Dataset(x, t);
    }

    /**
     * A point drawn again while its noise throws it off the square [−6, 6]² (rare but certain with noise and
     * hundreds of points), so that every set fits the plot drawn for it.
     */
    private double[] inside(int label, int s, int size, double noise, Random random) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double[] p = point(label, s, size, noise, random);
            if (Math.abs(p[0]) <= EXTENT && Math.abs(p[1]) <= EXTENT) {
                return p;
            }
        }
        throw new IllegalStateException(this + ": no point inside the square after 1000 draws");
    }

    private double[] point(int label, int s, int size, double noise, Random random) {
        switch (this) {
            case TWO_GAUSSIANS -> {
                double centre = label == 1 ? 2 : -2;
                double sd = 0.5 + 2 * noise;
                return new double[] {centre + sd * random.nextGaussian(), centre + sd * random.nextGaussian()};
            }
            case CIRCLE -> {
                double r = label == 1 ? 2.5 * Math.sqrt(random.nextDouble()) : 3.5 + 1.5 * random.nextDouble();
                double angle = 2 * Math.PI * random.nextDouble();
                return jitter(r * Math.cos(angle), r * Math.sin(angle), noise * 2, random);
            }
            case XOR -> {
                double padding = 0.3;
                double a = padding + (5 - padding) * random.nextDouble();
                double b = padding + (5 - padding) * random.nextDouble();
                boolean firstPositive = random.nextBoolean();
                double px = firstPositive ? a : -a;
                // label 1 where x·y ≥ 0: same signs
                double py = (label == 1) == firstPositive ? b : -b;
                return jitter(px, py, noise * 2, random);
            }
            default -> {
                int perClass = (size + 1) / 2;
                double r = 5.0 * (s / 2) / perClass;
                double angle = 1.75 * r * Math.PI / 5 * 2 + (label == 1 ? 0 : Math.PI);
                return jitter(r * Math.sin(angle), r * Math.cos(angle), noise, random);
            }
        }
    }

    private static double[] jitter(double x, double y, double sd, Random random) {
        return new double[] {x + sd * random.nextGaussian(), y + sd * random.nextGaussian()};
    }
}
