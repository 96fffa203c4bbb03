package deepmath.conv;

import deepmath.nn.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolution layer with several filters over several channels (book chapter 12 §2.5, chapter 14 §1.2):
 * an input (A1, …, Ak) of k channels n × p and ℓ filters M1, …, Mℓ, each a 3-tensor r × c × k with one bias,
 * give ℓ output channels φ(A ⋆ Mf + bf) with A ⋆ Mf = Σ_c Ac ⋆ Mf,c (each filter spans every channel).
 *
 * @param filters  filters.get(f).get(c): filter f's kernel for input channel c
 * @param biases   one per filter
 */
public record ConvLayer(List<List<double[][]>> filters, double[] biases, Activation activation) {

    public ConvLayer {
        if (filters.isEmpty() || filters.size() != biases.length) {
            throw new IllegalArgumentException(filters.size() + " filters, " + biases.length + " biases");
        }
        int channels = filters.get(0).size();
        List<List<double[][]>> copies = new ArrayList<>();
        for (List<double[][]> filter : filters) {
            if (filter.size() != channels) {
                throw new IllegalArgumentException("every filter spans the same " + channels + " channels");
            }
            copies.add(filter.stream().map(MatrixAlgebra::copy).toList());
        }
        filters = List.copyOf(copies);
        biases = biases.clone();
    }

    public int channels() {
        return filters.get(0).size();
    }

    /** The ℓ output channels for the k input channels (book's convention: convolution, same, zero padding). */
    public List<double[][]> apply(List<double[][]> input) {
        if (input.size() != channels()) {
            throw new IllegalArgumentException("expected " + channels() + " channels, got " + input.size());
        }
        List<double[][]> out = new ArrayList<>();
        for (int f = 0; f < filters.size(); f++) {
            double[][] sum = null;
            for (int c = 0; c < channels(); c++) {
                double[][] part = MatrixAlgebra.same(input.get(c), filters.get(f).get(c));
                sum = sum == null ? part : MatrixAlgebra.combine(1, sum, 1, part);
            }
            double[][] g = sum;
            for (double[] row : g) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = activation.value(row[j] + biases[f]);
                }
            }
            out.add(g);
        }
        return out;
    }

    /** The weights a layer of {@code filters} kernels r × c over {@code channels} channels has: ℓ·(r·c·k + 1). */
    public static long weightCount(int kernelRows, int kernelCols, int channels, int filters) {
        return (long) filters * ((long) kernelRows * kernelCols * channels + 1);
    }

    /** The weights of a dense layer of {@code neurons} neurons on {@code inputs} inputs: (inputs + 1)·neurons. */
    public static long denseWeightCount(long inputs, int neurons) {
        return (inputs + 1) * neurons;
    }
}
