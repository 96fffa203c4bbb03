package deepmath.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Geometry of token embeddings (rows of W_te): cosine similarity cos(u, v) = u·v/(‖u‖‖v‖), nearest neighbours, and
 * the projection of chosen rows on their first two principal axes (the top eigenvectors of their covariance,
 * found by power iteration with deflation — two vectors do not need a full eigen-decomposition).
 */
public final class EmbeddingGeometry {
    private final float[][] rows;

    public EmbeddingGeometry(float[][] rows) {
        this.rows = rows;
    }

    public record Neighbour(int id, double cosine) {
    }

    public static double cosine(float[] u, float[] v) {
        double dot = 0;
        double uu = 0;
        double vv = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        return uu == 0 || vv == 0 ? 0 : dot / Math.sqrt(uu * vv);
    }

    /** The {@code k} rows most similar to row {@code id} (itself excluded), best first. */
    public List<Neighbour> neighbours(int id, int k) {
        List<Neighbour> all = new ArrayList<>(rows.length);
        for (int j = 0; j < rows.length; j++) {
            if (j != id) {
                all.add(new Neighbour(j, cosine(rows[id], rows[j])));
            }
        }
        all.sort(Comparator.comparingDouble(Neighbour::cosine).reversed());
        return all.subList(0, Math.min(k, all.size()));
    }

    /** Coordinates [i] = (PC1, PC2) of the rows {@code ids}, centred on their mean. */
    public double[][] pca2(int[] ids) {
        int d = rows[0].length;
        double[][] x = new double[ids.length][d];
        double[] mean = new double[d];
        for (int i = 0; i < ids.length; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = rows[ids[i]][j];
                mean[j] += x[i][j] / ids.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] -= mean[j];
            }
        }
        double[][] covariance = new double[d][d];
        for (double[] row : x) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    covariance[a][b] += row[a] * row[b];
                }
            }
        }
        double[] first = topEigenvector(covariance);
        deflate(covariance, first);
        double[] second = topEigenvector(covariance);
        double[][] out = new double[ids.length][2];
        for (int i = 0; i < ids.length; i++) {
            out[i][0] = dot(x[i], first);
            out[i][1] = dot(x[i], second);
        }
        return out;
    }

    static double[] topEigenvector(double[][] m) {
        int d = m.length;
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = 1.0 / Math.sqrt(d) * (1 + 0.01 * i);   // not orthogonal to any axis in practice
        }
        for (int iteration = 0; iteration < 500; iteration++) {
            double[] w = new double[d];
            for (int a = 0; a < d; a++) {
                w[a] = dot(m[a], v);
            }
            double norm = Math.sqrt(dot(w, w));
            if (norm == 0) {
                return v;
            }
            for (int a = 0; a < d; a++) {
                w[a] /= norm;
            }
            v = w;
        }
        return v;
    }

    /** M ← M − λvvᵀ with λ = vᵀMv: removes the found axis. */
    static void deflate(double[][] m, double[] v) {
        int d = m.length;
        double[] mv = new double[d];
        for (int a = 0; a < d; a++) {
            mv[a] = dot(m[a], v);
        }
        double lambda = dot(v, mv);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                m[a][b] -= lambda * v[a] * v[b];
            }
        }
    }

    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
