package deepmath.gpt.train;

import static deepmath.gpt.Gpt2Parameters.FINAL_NORM;
import static deepmath.gpt.Gpt2Parameters.POSITION_EMBEDDING;
import static deepmath.gpt.Gpt2Parameters.TOKEN_EMBEDDING;
import static deepmath.gpt.Gpt2Parameters.Part.ATTN_PROJ;
import static deepmath.gpt.Gpt2Parameters.Part.ATTN_QKV;
import static deepmath.gpt.Gpt2Parameters.Part.LN_1;
import static deepmath.gpt.Gpt2Parameters.Part.LN_2;
import static deepmath.gpt.Gpt2Parameters.Part.MLP_FC;
import static deepmath.gpt.Gpt2Parameters.Part.MLP_PROJ;

import deepmath.core.Gelu;
import deepmath.gpt.Gpt2Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * GPT-2 as a SameDiff graph, so that ND4J's automatic differentiation gives the gradients: the same
 * computation as {@link deepmath.gpt.Gpt2Model} (pre-LayerNorm blocks, tanh GELU, tied unembedding) with a
 * fixed batch [B, T] and the mean cross-entropy of the next token as the loss. The trainable variables are
 * named exactly as in a Hugging Face checkpoint ({@code h.0.attn.c_attn.weight}, Conv1D weights [in, out]), so
 * saving is a copy. LayerNorm and GELU are written out with elementary ops: their formulas then match the
 * viewer's to the last detail (ε = 1e-5, the tanh approximation), which a library op would not promise.
 */
public final class Gpt2Graph {
    /** One-hot input tokens [B·T, V]. */
    public static final String TOKENS = "tokens";
    /** One-hot next tokens [B·T, V]. */
    public static final String TARGETS = "targets";
    public static final String LOSS = "loss";

    private final SameDiff sd = SameDiff.create();
    private final Gpt2Config config;
    private final int batch;
    private final int context;
    private final Map<String, SDVariable> parameters = new LinkedHashMap<>();
    private final Map<String, INDArray> initial;

    /** Builds the graph on copies of {@code initial} (see {@link Gpt2Initialisation}). */
    public Gpt2Graph(Gpt2Config config, int batch, int context, Map<String, INDArray> initial) {
        this.config = config;
        this.batch = batch;
        this.context = context;
        this.initial = initial;
        int n = config.nEmbd();

        SDVariable tokens = sd.placeHolder(TOKENS, DataType.FLOAT, batch * context, config.vocabSize());
        SDVariable targets = sd.placeHolder(TARGETS, DataType.FLOAT, batch * context, config.vocabSize());
        SDVariable wte = parameter(TOKEN_EMBEDDING);
        SDVariable wpe = parameter(POSITION_EMBEDDING);

        // x [B·T, n]: the token's row plus its position's row. The row is picked by a product one-hot · W_te
        // rather than a gather: ND4J 1.0.0-M2.1's gather gradient fails (a loop sub-graph that cannot run). The
        // context is the model's whole position table, so wpe [T, n] is added as it is, broadcast over the batch.
        SDVariable x = tokens.mmul(wte).reshape(batch, context, n).add(wpe).reshape(batch * context, n);
        for (int layer = 0; layer < config.nLayer(); layer++) {
            x = block(x, layer);
        }
        SDVariable h = layerNorm(x, FINAL_NORM);
        SDVariable logits = sd.mmul(h, wte, false, true, false);               // [B·T, vocab], tied weights
        SDVariable shifted = logits.sub(logits.max(true, 1));
        SDVariable logProbabilities = shifted.sub(sd.math.log(sd.math.exp(shifted).sum(true, 1)));
        // log-softmax written out for the reason given at softmaxRows; targets are one-hot rows: −Σ target·log p, averaged over the B·T predictions.
        sd.math.neg(logProbabilities.mul(targets).sum(1)).mean().rename(LOSS);
        sd.setLossVariables(LOSS);
    }

    private SDVariable block(SDVariable x, int layer) {
        int n = config.nEmbd();
        SDVariable a = attention(layerNorm(x, LN_1.prefix(layer)), layer);
        x = x.add(a);
        SDVariable m = layerNorm(x, LN_2.prefix(layer));
        m = m.mmul(parameter(MLP_FC.weight(layer)))
                .add(parameter(MLP_FC.bias(layer)));
        m = gelu(m).mmul(parameter(MLP_PROJ.weight(layer)))
                .add(parameter(MLP_PROJ.bias(layer)));
        return x.add(m);
    }

    /** Masked multi-head self-attention on x [B·T, n]; heads are consecutive column blocks of q, k and v. */
    private SDVariable attention(SDVariable x, int layer) {
        int n = config.nEmbd();
        int heads = config.nHead();
        int d = config.headSize();
        SDVariable qkv = x.mmul(parameter(ATTN_QKV.weight(layer)))
                .add(parameter(ATTN_QKV.bias(layer)));
        // [B·T, 3n] → [3, B, heads, T, d]
        SDVariable split = qkv.reshape(batch, context, 3, heads, d).permute(2, 0, 3, 1, 4);
        SDVariable[] qkvParts = sd.unstack(split, 0, 3);
        SDVariable scores = sd.mmul(qkvParts[0], qkvParts[1], false, true, false).mul(1.0 / Math.sqrt(d));
        SDVariable weights = softmaxRows(scores.add(sd.constant(CausalMask.additive(context))));       // [B, heads, T, T]
        SDVariable y = sd.mmul(weights, qkvParts[2])                                    // [B, heads, T, d]
                .permute(0, 2, 1, 3).reshape(batch * context, n);
        return y.mmul(parameter(ATTN_PROJ.weight(layer)))
                .add(parameter(ATTN_PROJ.bias(layer)));
    }

    /**
     * softmax over the last axis, exp(s − max)/Σexp(s − max), written out: ND4J 1.0.0-M2.1's softmax and
     * log-softmax ops fail when SameDiff builds their gradient ("Error setting property ... Integer.values()").
     */
    private SDVariable softmaxRows(SDVariable scores) {
        SDVariable e = sd.math.exp(scores.sub(scores.max(true, 3)));
        return e.div(e.sum(true, 3));
    }

    /** (x − μ)/√(σ² + ε)·γ + β over each row: {@link deepmath.gpt.LayerNorm} as graph ops, which SameDiff differentiates. */
    private SDVariable layerNorm(SDVariable x, String prefix) {
        int n = config.nEmbd();
        SDVariable centred = x.sub(x.mean(true, 1));
        SDVariable variance = centred.mul(centred).mean(true, 1);
        SDVariable normalised = centred.mul(sd.math.rsqrt(variance.add(config.layerNormEpsilon())));
        return normalised.mul(parameter(prefix + "weight"))
                .add(parameter(prefix + "bias"));
    }

    /** GPT-2's GELU ({@link Gelu#tanhForm}) as graph ops, which SameDiff can differentiate: ½x(1 + tanh(√(2/π)(x + 0.044715x³))). */
    private SDVariable gelu(SDVariable x) {
        SDVariable inner = x.add(x.mul(x).mul(x).mul(Gelu.CUBIC)).mul(Gelu.SQRT_2_OVER_PI);
        return x.mul(0.5).mul(sd.math.tanh(inner).add(1.0));
    }

    private SDVariable parameter(String name) {
        SDVariable v = sd.var(name, initial.get(name).dup());
        parameters.put(name, v);
        return v;
    }

    public SameDiff sameDiff() {
        return sd;
    }

    public Gpt2Config config() {
        return config;
    }

    public int batch() {
        return batch;
    }

    public int context() {
        return context;
    }

    /** Checkpoint name → the live parameter array (updating it in place changes the graph). */
    public Map<String, INDArray> parameters() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        parameters.forEach((name, v) -> out.put(name, v.getArr()));
        return out;
    }

    public List<String> parameterNames() {
        return new ArrayList<>(parameters.keySet());
    }
}
