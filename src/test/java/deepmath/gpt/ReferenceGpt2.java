package deepmath.gpt;

import java.util.Map;

/**
 * An independent GPT-2 forward pass for the tests: plain Java, double precision, explicit loops, reading
 * the tensors the test wrote (never through the lab's reader), following OpenAI's model.py step by step.
 */
final class ReferenceGpt2 {
    final double[][] logits;             // [T][vocab]
    final double[][][][] attention;      // [layer][head][q][k]
    final double[][][] residual;         // [L + 1][T][n]

    ReferenceGpt2(Gpt2Config c, Map<String, SafeTensorsWriter.Tensor> w, String prefix, int[] ids) {
        int t = ids.length;
        int n = c.nEmbd();
        int heads = c.nHead();
        int d = n / heads;
        double[][] x = new double[t][n];
        float[] wte = w.get(prefix + "wte.weight").values();
        float[] wpe = w.get(prefix + "wpe.weight").values();
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = wte[ids[i] * n + j] + wpe[i * n + j];
            }
        }
        attention = new double[c.nLayer()][heads][t][t];
        residual = new double[c.nLayer() + 1][][];
        residual[0] = copy(x);
        for (int layer = 0; layer < c.nLayer(); layer++) {
            String h = prefix + "h." + layer + ".";
            double[][] a = layerNorm(x, w.get(h + "ln_1.weight").values(), w.get(h + "ln_1.bias").values(), c.layerNormEpsilon());
            double[][] qkv = linear(a, w.get(h + "attn.c_attn.weight").values(), w.get(h + "attn.c_attn.bias").values(), 3 * n);
            double[][] merged = new double[t][n];
            for (int head = 0; head < heads; head++) {
                for (int q = 0; q < t; q++) {
                    double[] s = new double[q + 1];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k <= q; k++) {
                        double dot = 0;
                        for (int e = 0; e < d; e++) {
                            dot += qkv[q][head * d + e] * qkv[k][n + head * d + e];
                        }
                        s[k] = dot / Math.sqrt(d);
                        max = Math.max(max, s[k]);
                    }
                    double sum = 0;
                    for (int k = 0; k <= q; k++) {
                        s[k] = Math.exp(s[k] - max);
                        sum += s[k];
                    }
                    for (int k = 0; k <= q; k++) {
                        double p = s[k] / sum;
                        attention[layer][head][q][k] = p;
                        for (int e = 0; e < d; e++) {
                            merged[q][head * d + e] += p * qkv[k][2 * n + head * d + e];
                        }
                    }
                }
            }
            add(x, linear(merged, w.get(h + "attn.c_proj.weight").values(), w.get(h + "attn.c_proj.bias").values(), n));
            double[][] m = layerNorm(x, w.get(h + "ln_2.weight").values(), w.get(h + "ln_2.bias").values(), c.layerNormEpsilon());
            double[][] hidden = linear(m, w.get(h + "mlp.c_fc.weight").values(), w.get(h + "mlp.c_fc.bias").values(), 4 * n);
            for (double[] row : hidden) {
                for (int j = 0; j < row.length; j++) {
                    double v = row[j];
                    row[j] = 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v)));
                }
            }
            add(x, linear(hidden, w.get(h + "mlp.c_proj.weight").values(), w.get(h + "mlp.c_proj.bias").values(), n));
            residual[layer + 1] = copy(x);
        }
        double[][] f = layerNorm(x, w.get(prefix + "ln_f.weight").values(), w.get(prefix + "ln_f.bias").values(), c.layerNormEpsilon());
        logits = new double[t][c.vocabSize()];
        for (int i = 0; i < t; i++) {
            for (int v = 0; v < c.vocabSize(); v++) {
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += f[i][j] * wte[v * n + j];
                }
                logits[i][v] = dot;
            }
        }
    }

    static double[][] layerNorm(double[][] x, float[] g, float[] b, double eps) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            int n = x[i].length;
            double mean = 0;
            for (double v : x[i]) {
                mean += v / n;
            }
            double var = 0;
            for (double v : x[i]) {
                var += (v - mean) * (v - mean) / n;
            }
            out[i] = new double[n];
            for (int j = 0; j < n; j++) {
                out[i][j] = (x[i][j] - mean) / Math.sqrt(var + eps) * g[j] + b[j];
            }
        }
        return out;
    }

    /** x [T][in] · W [in][out] (row-major) + b. */
    static double[][] linear(double[][] x, float[] weight, float[] bias, int out) {
        int in = x[0].length;
        double[][] y = new double[x.length][out];
        for (int i = 0; i < x.length; i++) {
            for (int o = 0; o < out; o++) {
                double sum = bias[o];
                for (int k = 0; k < in; k++) {
                    sum += x[i][k] * weight[k * out + o];
                }
                y[i][o] = sum;
            }
        }
        return y;
    }

    private static void add(double[][] x, double[][] y) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] += y[i][j];
            }
        }
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }
}
