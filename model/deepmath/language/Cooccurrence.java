package deepmath.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Co-occurrence counts of a vocabulary of words (ch. 17 §5.2), laid out as the book's matrix: column i is the
 * first word, row j the word that follows it, so M[j][i] counts "wordᵢ then wordⱼ"; with a window w, the words up
 * to w places after wordᵢ count (and, symmetric, the w before). The probabilities P[j][i] = M[j][i]/Σⱼ M[j][i] divide
 * each column by its total (the book's P); PPMI[j][i] = max(0, ln(p(i, j)/(p(i)p(j)))) removes what frequency alone
 * explains, and its truncated SVD gives each word a short vector ({@link #embedding(int)}).
 */
public final class Cooccurrence {
    /** Beyond 2 000 words the N × N decomposition takes longer than a user waits for a click. */
    public static final int MAX_WORDS = 2000;
    public static final int MAX_WINDOW = 10;
    private final List<String> vocabulary;
    private final double[][] counts;

    public Cooccurrence(List<String> vocabulary, double[][] counts) {
        if (counts.length != vocabulary.size()) {
            throw new IllegalArgumentException("a " + vocabulary.size() + "-word vocabulary needs " + vocabulary.size()
                    + " rows, not " + counts.length);
        }
        for (double[] row : counts) {
            if (row.length != counts.length) {
                throw new IllegalArgumentException("the co-occurrence matrix must be square");
            }
        }
        this.vocabulary = List.copyOf(vocabulary);
        this.counts = counts;
    }

    /**
     * Counts in {@code words} for the vocabulary's words (others are skipped but keep their place): with
     * {@code symmetric} false, only the words after (the book's "followed by", window 1); true, both sides.
     */
    public static Cooccurrence count(List<String> words, List<String> vocabulary, int window, boolean symmetric) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least 1 word, not " + window);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        int[] ids = words.stream().mapToInt(w -> index.getOrDefault(w, -1)).toArray();
        double[][] m = new double[vocabulary.size()][vocabulary.size()];
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] < 0) {
                continue;
            }
            for (int q = p + 1; q <= Math.min(ids.length - 1, p + window); q++) {
                if (ids[q] >= 0) {
                    m[ids[q]][ids[p]]++;
                    if (symmetric) {
                        m[ids[p]][ids[q]]++;
                    }
                }
            }
        }
        return new Cooccurrence(vocabulary, m);
    }

    /** The book's recipe on a text: its {@code size} most frequent words, counted in a symmetric window. */
    public static Cooccurrence ofText(String text, int size, int window) {
        if (size < 2 || size > MAX_WORDS) {
            throw new deepmath.core.BadInputException(LanguageProblem.RANGE, "the vocabulary", 2, MAX_WORDS, size);
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new deepmath.core.BadInputException(LanguageProblem.RANGE, "the window", 1, MAX_WINDOW, window);
        }
        List<String> vocabulary = topWords(text, size);
        if (vocabulary.size() < 2) {
            throw new deepmath.core.BadInputException(LanguageProblem.NO_WORDS, "the text");
        }
        return count(WordCounts.words(text), vocabulary, window, true);
    }

    /** The {@code size} most frequent words of {@code words} (ties alphabetical, as {@link WordCounts}). */
    public static List<String> topWords(String text, int size) {
        return WordCounts.of(text).byRank().stream().limit(size).map(WordCounts.Entry::word).toList();
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    public double[][] counts() {
        return copy(counts);
    }

    /** Σⱼ M[j][i]: how many words follow wordᵢ in the table. */
    public double[] columnTotals() {
        double[] totals = new double[counts.length];
        for (double[] row : counts) {
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
        }
        return totals;
    }

    /** P[j][i] = M[j][i]/Σⱼ M[j][i] (a column without any count stays 0). */
    public double[][] probabilities() {
        double[] totals = columnTotals();
        double[][] p = new double[counts.length][counts.length];
        for (int j = 0; j < counts.length; j++) {
            for (int i = 0; i < counts.length; i++) {
                p[j][i] = totals[i] == 0 ? 0 : counts[j][i] / totals[i];
            }
        }
        return p;
    }

    /** max(0, ln(M[j][i]·S/(colᵢ·rowⱼ))), S the sum of all counts; 0 where M[j][i] = 0. */
    public double[][] ppmi() {
        double[] cols = columnTotals();
        double[] rowTotals = new double[counts.length];
        double sum = 0;
        for (int j = 0; j < counts.length; j++) {
            for (double c : counts[j]) {
                rowTotals[j] += c;
            }
            sum += rowTotals[j];
        }
        double[][] out = new double[counts.length][counts.length];
        for (int j = 0; j < counts.length; j++) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[j][i] > 0) {
                    out[j][i] = Math.max(0, Math.log(counts[j][i] * sum / (cols[i] * rowTotals[j])));
                }
            }
        }
        return out;
    }

    /**
     * Each word's vector in Rᵏ: the first k columns of U·√Σ from the SVD PPMI = UΣVᵀ. PPMI is symmetric when the
     * counts are (a symmetric window), and the SVD of a symmetric matrix comes from its eigen-decomposition
     * A = QΛQᵀ: σ = |λ|, U = Q, so the k largest |λ| are kept. A directed table is made symmetric first ((A + Aᵀ)/2).
     */
    public SvdEmbedding embedding(int k) {
        if (k < 1 || k > vocabulary.size()) {
            throw new deepmath.core.BadInputException(LanguageProblem.RANGE, "the dimension k", 1, vocabulary.size(), k);
        }
        double[][] a = ppmi();
        int n = a.length;
        double[][] sym = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                sym[j][i] = (a[j][i] + a[i][j]) / 2;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(sym);
        double[] lambda = eigen.values();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(Math.abs(lambda[q]), Math.abs(lambda[p])));
        int dims = Math.min(k, n);
        double[] sigma = new double[dims];
        float[][] vectors = new float[n][dims];
        for (int c = 0; c < dims; c++) {
            sigma[c] = Math.abs(lambda[order[c]]);
            double[] q = eigen.vector(order[c]);
            double scale = Math.sqrt(sigma[c]);
            for (int w = 0; w < n; w++) {
                vectors[w][c] = (float) (q[w] * scale);
            }
        }
        return new SvdEmbedding(vocabulary, vectors, sigma);
    }

    /** Words, their vectors (row w = word w) and the singular values kept, largest first. */
    public record SvdEmbedding(List<String> words, float[][] vectors, double[] singularValues) {
        public int indexOf(String word) {
            return words.indexOf(word);
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
