package deepmath.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Geometry of a table of embedding vectors (GPT-2's W_te rows, or co-occurrence vectors): cosine similarity
 * cos(u, v) = u·v/(‖u‖‖v‖), the rows most similar to a row or to any vector (an analogy a − b + c), the rank of a
 * row in such a list, and the projection of chosen rows on their principal axes ({@link Pca}).
 */
public final class EmbeddingGeometry {
    private final float[][] rows;
    /** ‖row‖, computed once: a neighbour search over 50 257 rows needs them all. */
    private final double[] norms;

    public EmbeddingGeometry(float[][] rows) {
        this.rows = rows;
        norms = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double s = 0;
            for (float x : rows[i]) {
                s += (double) x * x;
            }
            norms[i] = Math.sqrt(s);
        }
    }

    public record Neighbour(int id, double cosine) {
    }

    public int size() {
        return rows.length;
    }

    public int dimension() {
        return rows.length == 0 ? 0 : rows[0].length;
    }

    public double[] vector(int id) {
        return VectorGeometry.toDouble(rows[id]);
    }

    public static double cosine(float[] u, float[] v) {
        return VectorGeometry.cosine(VectorGeometry.toDouble(u), VectorGeometry.toDouble(v));
    }

    public double cosine(int a, int b) {
        return VectorGeometry.cosine(vector(a), vector(b));
    }

    /** The {@code k} rows most similar to row {@code id} (itself excluded), best first. */
    public List<Neighbour> neighbours(int id, int k) {
        return nearest(vector(id), k, Set.of(id));
    }

    /** Every row's cosine with {@code v}, best first, without the rows {@code excluded}. */
    public List<Neighbour> ranked(double[] v, Set<Integer> excluded) {
        double nv = VectorGeometry.norm(v);
        List<Neighbour> all = new ArrayList<>(rows.length);
        for (int j = 0; j < rows.length; j++) {
            if (excluded.contains(j)) {
                continue;
            }
            double dot = 0;
            float[] row = rows[j];
            for (int i = 0; i < row.length; i++) {
                dot += row[i] * v[i];
            }
            all.add(new Neighbour(j, norms[j] == 0 || nv == 0 ? 0 : dot / (norms[j] * nv)));
        }
        all.sort(Comparator.comparingDouble(Neighbour::cosine).reversed().thenComparingInt(Neighbour::id));
        return all;
    }

    /** The {@code k} rows most similar to {@code v}, without {@code excluded}. */
    public List<Neighbour> nearest(double[] v, int k, Set<Integer> excluded) {
        List<Neighbour> all = ranked(v, excluded);
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    /** The answer of a − b + c: the rows nearest to it, with the ranks of a wanted row among them. */
    public record Analogy(double[] vector, List<Neighbour> best, int rankWithInputs, int rankWithoutInputs) {
    }

    /**
     * a − b + c and the {@code k} rows nearest to it (the inputs kept, as the book's list, which puts king first);
     * the rank (1 = best) of {@code wanted} in that list and in the list without a, b, c; −1 when wanted is −1.
     */
    public Analogy analogy(int a, int b, int c, int wanted, int k) {
        double[] v = VectorGeometry.analogy(vector(a), vector(b), vector(c));
        List<Neighbour> all = ranked(v, Set.of());
        int with = rank(all, wanted);
        int without = with;
        if (wanted >= 0) {
            without = 1;
            for (Neighbour nb : all) {
                if (nb.id() == wanted) {
                    break;
                }
                if (nb.id() != a && nb.id() != b && nb.id() != c) {
                    without++;
                }
            }
        }
        return new Analogy(v, List.copyOf(all.subList(0, Math.min(k, all.size()))), with, without);
    }

    private static int rank(List<Neighbour> ranked, int id) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).id() == id) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The rows {@code ids} on their first {@code k} principal axes. */
    public Pca pca(int[] ids, int k) {
        double[][] points = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            points[i] = vector(ids[i]);
        }
        return Pca.of(points, k);
    }

    /** Coordinates [i] = (PC1, PC2) of the rows {@code ids}. */
    public double[][] pca2(int[] ids) {
        return pca(ids, 2).coordinates();
    }
}
