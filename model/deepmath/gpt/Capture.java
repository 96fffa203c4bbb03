package deepmath.gpt;

/** What a forward pass keeps besides the next-token logits (each costs memory: T² per head, T·n per layer). */
public enum Capture {
    /** Softmax attention probabilities [layer][head][query][key]. */
    ATTENTION,
    /** Scaled scores Q·Kᵀ/√d before the mask and the softmax [layer][head][query][key]. */
    SCORES,
    /** Queries, keys and values [layer][token][n] (head h is columns h·d … h·d + d − 1). */
    QKV,
    /** The residual stream [L + 1][token][n]: before block 0, after each block (before ln_f). */
    RESIDUAL,
    /** The logits of every position, not only the last one [token][vocabulary]. */
    ALL_LOGITS
}
