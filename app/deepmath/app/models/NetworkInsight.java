package deepmath.app.models;

import deepmath.sequential.LayerSpec;
import deepmath.sequential.LayerSummary;
import deepmath.sequential.ModelEvaluation;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.data.Examples;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the "what the network sees" tab shows, computed from a trained network (no controls here): the feature maps
 * of each image-shaped layer for one input, the learned kernels of the convolutions, the confusion matrix and the
 * most confident mistakes, and for a fit of one or two variables the learned curve or surface over the data.
 */
final class NetworkInsight {
    /** {@code count} planes of {@code height} rows of {@code width}, one after the other, named by their layer. */
    record Planes(String layer, double[] values, int count, int width, int height) {
        /** Square planes (kernels, a surface's grid). */
        Planes(String layer, double[] values, int count, int side) {
            this(layer, values, count, side, side);
        }
    }

    /**
     * One example as a picture: {@code height} rows of {@code width} pixels, {@code channels} values a pixel
     * (channels last, as the data hold them), each in [0, 1]; 3 channels are red, green and blue.
     */
    record Picture(int width, int height, int channels, double[] values) {
        boolean colour() {
            return channels == 3;
        }
    }

    /** Example {@code index} read as {@code predicted} with probability {@code confidence}; its class is {@code truth}. */
    record Mistake(int index, int predicted, int truth, double confidence) {
    }

    /** A fit of one variable: the data sorted by x, and the network's values at the same x. */
    record Curve(double[] x, double[] data, double[] learned) {
    }

    private NetworkInsight() {
    }

    /**
     * The outputs of the layers whose output is an image [h, w, c] (any h and w: the engine keeps them as c planes
     * of h rows of w), for {@code input} (dropout off).
     */
    static List<Planes> featureMaps(SequentialNetwork network, float[] input) {
        List<double[]> outputs = network.activations(input);
        List<LayerSummary> rows = network.spec().summary();
        List<Planes> maps = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < outputs.size(); i++) {
            List<Integer> shape = rows.get(i).outputShape();
            if (shape.size() == 3) {
                maps.add(new Planes(rows.get(i).name(), outputs.get(i), shape.get(2), shape.get(1), shape.get(0)));
            }
        }
        return maps;
    }

    /** The kernels of each convolution: F·C planes of k × k, filter after filter (the engine's [f][c][u][v]). */
    static List<Planes> filters(SequentialNetwork network) {
        List<Planes> kernels = new ArrayList<>();
        List<LayerSpec> layers = network.spec().layers();
        List<Integer> shape = network.spec().input();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof LayerSpec.Conv2D c) {
                int count = c.filters() * shape.get(2);
                int offset = network.parameterOffset(i);
                double[] values = java.util.Arrays.copyOfRange(network.parameters(), offset,
                        offset + count * c.kernel() * c.kernel());
                kernels.add(new Planes(network.spec().summary().get(i).name(), values, count, c.kernel()));
            }
            shape = network.spec().summary().get(i).outputShape();
        }
        return kernels;
    }

    static ModelEvaluation evaluation(TrainedModel model) {
        return ModelEvaluation.of(model.network(), model.judged(), model.settings().engineLoss());
    }

    /** The {@code limit} mistakes the network was surest of, surest first. */
    static List<Mistake> worstMistakes(SequentialNetwork network, Examples data, int limit) {
        List<Mistake> wrong = new ArrayList<>();
        for (int i = 0; i < data.count(); i++) {
            double[] p = network.predict(data.inputs()[i]);
            int predicted = p.length == 1 ? (p[0] >= 0.5 ? 1 : 0) : argmax(p);
            double confidence = p.length == 1 ? Math.max(p[0], 1 - p[0]) : p[predicted];
            int truth = data.label(i);
            if (predicted != truth) {
                wrong.add(new Mistake(i, predicted, truth, confidence));
            }
        }
        wrong.sort(Comparator.comparingDouble(Mistake::confidence).reversed());
        return wrong.subList(0, Math.min(limit, wrong.size()));
    }

    /**
     * Example {@code i} as the picture of {@code shape} [h, w, c], its values clamped to [0, 1]: in colour for three
     * channels (CIFAR-10's RGB), grey for one; any other count is shown grey, the mean of its channels.
     */
    static Picture picture(Examples data, int i, List<Integer> shape) {
        int h = shape.get(0);
        int w = shape.get(1);
        int channels = shape.get(2);
        float[] x = data.inputs()[i];
        int kept = channels == 3 ? 3 : 1;
        double[] out = new double[h * w * kept];
        for (int p = 0; p < h * w; p++) {
            if (kept == 3) {
                for (int c = 0; c < 3; c++) {
                    out[3 * p + c] = clamp(x[3 * p + c]);
                }
            } else {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += x[p * channels + c];
                }
                out[p] = clamp(sum / channels);
            }
        }
        return new Picture(w, h, kept, out);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /**
     * The shape [h, w, c] the examples are pictures of, if any: the data's own, or the network's input when the data
     * are flat rows of as many numbers (a CSV of 600 columns read by a model taking [20, 30, 1]).
     */
    static java.util.Optional<List<Integer>> pictureShape(SequentialNetwork network, Examples data) {
        if (data.shape().size() == 3) {
            return java.util.Optional.of(data.shape());
        }
        List<Integer> input = network.spec().input();
        return input.size() == 3 ? java.util.Optional.of(input) : java.util.Optional.empty();
    }

    /** The data of a one-variable fit sorted by x, with the network's output there. */
    static Curve curve(SequentialNetwork network, Examples data) {
        Integer[] order = new Integer[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> data.inputs()[i][0]));
        double[] x = new double[order.length];
        double[] y = new double[order.length];
        double[] f = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            x[k] = data.inputs()[order[k]][0];
            y[k] = data.targets()[order[k]][0];
            f[k] = network.predict(data.inputs()[order[k]])[0];
        }
        return new Curve(x, y, f);
    }

    /**
     * A two-variable fit as two planes of side n over the data's bounds, y upwards: the learned surface, and the data
     * itself when it is a full n × n grid (the book's 25 × 25 grid of x cos y, x varying fastest), else the surface twice.
     */
    static Planes surface(SequentialNetwork network, Examples data) {
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (float[] p : data.inputs()) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        int root = (int) Math.round(Math.sqrt(data.count()));
        boolean grid = root * root == data.count() && root > 1;
        int n = grid ? root : 40;
        double[] planes = new double[2 * n * n];
        for (int r = 0; r < n; r++) {
            double y = y1 - (y1 - y0) * r / (n - 1);
            for (int c = 0; c < n; c++) {
                double x = x0 + (x1 - x0) * c / (n - 1);
                double learned = network.predict(new float[] {(float) x, (float) y})[0];
                planes[n * n + r * n + c] = learned;
                planes[r * n + c] = grid ? data.targets()[(n - 1 - r) * n + c][0] : learned;
            }
        }
        return new Planes("surface", planes, 2, n);
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
