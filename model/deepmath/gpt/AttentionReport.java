package deepmath.gpt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON of a forward pass, shared by {@code deepmath-lab attention} and the panel's JSON export:
 * {"tokens": [...], "ids": [...], "attentions": [layer][head][q][k], "next": [{"token", "id", "prob"}]},
 * or, for one head, "layer", "head" and "attention": [q][k] instead of "attentions".
 */
public final class AttentionReport {
    private AttentionReport() {
    }

    /** {@code layer}/{@code head} negative: every head of every layer. */
    public static ObjectNode json(Gpt2Trace trace, Gpt2Tokenizer tokenizer, int top, double temperature,
                                  int layer, int head) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        int[] ids = trace.ids();
        ArrayNode tokens = root.putArray("tokens");
        tokenizer.tokenTexts(ids).forEach(tokens::add);
        ArrayNode idArray = root.putArray("ids");
        for (int id : ids) {
            idArray.add(id);
        }
        float[][][][] attention = trace.attention();
        if (layer >= 0) {
            root.put("layer", layer);
            root.put("head", head);
            matrix(root.putArray("attention"), attention[layer][head]);
        } else {
            ArrayNode layers = root.putArray("attentions");
            for (float[][][] heads : attention) {
                ArrayNode headArray = layers.addArray();
                for (float[][] m : heads) {
                    matrix(headArray.addArray(), m);
                }
            }
        }
        ArrayNode next = root.putArray("next");
        List<NextToken.Candidate> candidates = new NextToken(trace.lastLogits(), temperature).top(top);
        for (NextToken.Candidate c : candidates) {
            ObjectNode entry = next.addObject();
            entry.put("token", tokenizer.tokenTexts(new int[] {c.id()}).get(0));
            entry.put("id", c.id());
            if (Double.isFinite(c.probability())) {
                entry.put("prob", c.probability());
            } else {
                entry.putNull("prob");
            }
        }
        return root;
    }

    private static void matrix(ArrayNode out, float[][] m) {
        for (float[] row : m) {
            ArrayNode r = out.addArray();
            for (float v : row) {
                // A checkpoint holding NaN weights gives NaN attentions: JSON has no NaN, so null (as eval prints).
                if (Float.isFinite(v)) {
                    r.add(v);
                } else {
                    r.addNull();
                }
            }
        }
    }
}
