package deepmath.bench;

import deepmath.conv.ConvolutionEngine;
import deepmath.core.BadInputException;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.InteriorPath;
import deepmath.conv.Kernel;
import deepmath.conv.Nd4jConvolution;
import deepmath.conv.Plane;
import deepmath.nd.Nd4jRuntime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code conv2d-grey-2048-k3} and friends: a 'same', zero-padded convolution of a random 2048×2048 image
 * (grey, or RGB channel by channel) with a random k×k kernel — the workload of
 * scipy's {@code convolve2d} (about 90 ms for the grey 3 × 3 case on the development machine, the figure the direct kernel had to beat). The output buffer is reused, as the panel does while a kernel is
 * being edited; {@code --param alloc=true} allocates it on every run instead, as scipy does.
 */
public final class ConvolutionBenchmark implements Benchmark {
    private static final int SIZE = 2048;
    private final int kernelSize;
    private final int channels;
    private final boolean nd4j;

    /** @param channels 1 (grey) or 3 (RGB); @param nd4j run {@link Nd4jConvolution} instead of the direct kernel */
    public ConvolutionBenchmark(int kernelSize, int channels, boolean nd4j) {
        this.kernelSize = kernelSize;
        this.channels = channels;
        this.nd4j = nd4j;
    }

    @Override
    public String name() {
        return "conv2d-" + (channels == 1 ? "grey" : "rgb") + "-" + SIZE + "-k" + kernelSize + (nd4j ? "-nd4j" : "");
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%s %dx%d image, %dx%d kernel, 'same', zero padding, %s%s.",
                channels == 1 ? "Grey" : "RGB", SIZE, SIZE, kernelSize, kernelSize,
                nd4j ? "ND4J conv2d op" : "direct float kernel",
                nd4j ? "" : channels == 1 ? " (goal <= 10 ms, scipy convolve2d ~90 ms)" : " (goal <= 30 ms)");
    }

    @Override
    public int warmups() {
        // The band loop is first compiled on-stack (less optimised); ~100 calls get it fully compiled by C2.
        return 100;
    }

    @Override
    public int runs() {
        return 20;
    }

    @Override
    public Trial prepare(BenchContext context) {
        if (nd4j) {
            Nd4jRuntime.initialise();
        }
        Random random = new Random(0);
        Plane[] image = new Plane[channels];
        Plane[] out = new Plane[channels];
        for (int c = 0; c < channels; c++) {
            image[c] = Plane.zeros(SIZE, SIZE);
            float[] v = image[c].values();
            for (int k = 0; k < v.length; k++) {
                v[k] = random.nextInt(256);
            }
            out[c] = Plane.zeros(SIZE, SIZE);
        }
        double[] weights = new double[kernelSize * kernelSize];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = random.nextGaussian();
        }
        Kernel kernel = new Kernel(kernelSize, kernelSize, weights);
        // --param threads=1 compares the band split with one pass; --param interior=shifted-copies runs the auto-vectorised path on a JVM that has the Vector API too.
        InteriorPath interior = context.option("interior").map(this::interior).orElse(InteriorPath.best());
        int threads = context.option("threads").map(this::threads).orElse(Runtime.getRuntime().availableProcessors());
        ConvolutionEngine engine = nd4j ? new Nd4jConvolution() : new DirectConvolution(threads, interior);
        boolean allocate = context.option("alloc").map(Boolean::parseBoolean).orElse(false);
        return new Trial() {
            @Override
            public void run() {
                for (int c = 0; c < channels; c++) {
                    if (allocate) {
                        engine.apply(image[c], kernel, ConvolutionSpec.BOOK);
                    } else {
                        engine.apply(image[c], kernel, ConvolutionSpec.BOOK, out[c]);
                    }
                }
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("size", SIZE + "x" + SIZE);
                p.put("channels", String.valueOf(channels));
                p.put("kernel", kernelSize + "x" + kernelSize);
                p.put("engine", nd4j ? "nd4j" : "direct");
                if (!nd4j) {
                    p.put("interior", interior.key());
                }
                p.put("threads", nd4j ? "nd4j" : String.valueOf(threads));
                p.put("output", allocate ? "allocated" : "reused");
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                double mpix = (double) SIZE * SIZE * channels / 1e6;
                return Map.of("mpix_per_s", String.format(Locale.ROOT, "%.0f", mpix / (medianMillis / 1000)));
            }
        };
    }

    /** The path {@code --param interior=KEY} names, refused when unknown or when this JVM cannot run it. */
    private InteriorPath interior(String key) {
        for (InteriorPath path : InteriorPath.values()) {
            if (path.key().equals(key)) {
                if (!path.available()) {
                    throw new BadInputException(name() + ": interior=" + key
                            + " needs the JVM option --add-modules jdk.incubator.vector (target/deepmath-lab gives it)");
                }
                return path;
            }
        }
        throw new BadInputException(name() + ": interior must be shifted-copies or vector-api, got " + key);
    }

    /** {@code --param threads=N}, a whole number of at least 1. */
    private int threads(String value) {
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value given
        }
        throw new BadInputException(name() + ": threads must be a whole number of at least 1, got " + value);
    }
}
