package deepmath.gpt;

/**
 * Patterns a head's attention can follow, each scored in [0, 1] from its matrix on one sentence, so the
 * book's heads can be found by sorting (GPT-2 small: layer 4 head 11 previous token, layer 0 head 3 self,
 * layer 0 head 9 uniform spread, layer 0 head 5 repeated token).
 */
public enum HeadRole {
    /** Mean weight of each token on the token just before it (queries 1 … T−1). */
    PREVIOUS_TOKEN,
    /** Mean weight of each token on itself. */
    SELF,
    /** Mean weight on the first token (queries 1 … T−1): GPT-2's "resting" position. */
    FIRST_TOKEN,
    /** Mean normalised entropy of the rows: 1 when a token spreads evenly over all previous tokens. */
    UNIFORM_SPREAD,
    /** Mean weight on earlier copies of the same token, over the tokens that repeat one (NaN if none). */
    REPEATED_TOKEN;

    /** This role's score for one head's attention matrix [query][key] on tokens {@code ids}. */
    public double score(float[][] attention, int[] ids) {
        int t = attention.length;
        double sum = 0;
        int count = 0;
        for (int q = 0; q < t; q++) {
            double value;
            switch (this) {
                case PREVIOUS_TOKEN -> value = q == 0 ? Double.NaN : attention[q][q - 1];
                case SELF -> value = attention[q][q];
                case FIRST_TOKEN -> value = q == 0 ? Double.NaN : attention[q][0];
                case UNIFORM_SPREAD -> value = q == 0 ? Double.NaN : normalisedEntropy(attention[q], q + 1);
                default -> value = earlierCopies(attention[q], ids, q);
            }
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** H(p) / log(n) over the n visible keys: 0 for one-hot, 1 for uniform. */
    private static double normalisedEntropy(float[] row, int visible) {
        double entropy = 0;
        for (int k = 0; k < visible; k++) {
            if (row[k] > 0) {
                entropy -= row[k] * Math.log(row[k]);
            }
        }
        return entropy / Math.log(visible);
    }

    private static double earlierCopies(float[] row, int[] ids, int q) {
        double weight = 0;
        boolean repeats = false;
        for (int k = 0; k < q; k++) {
            if (ids[k] == ids[q]) {
                weight += row[k];
                repeats = true;
            }
        }
        return repeats ? weight : Double.NaN;
    }
}
