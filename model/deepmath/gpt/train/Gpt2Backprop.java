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
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * GPT-2's loss and gradients by backpropagation written by hand on ND4J — the chain rule of chapter 12 applied
 * layer by layer, backwards. It computes what {@link Gpt2Graph} gets from SameDiff's autodiff (a test checks that
 * they agree) several times faster, because SameDiff 1.0.0-M2.1 spends most of a step on per-op bookkeeping.
 * Activations are rows [N = B·T, n]; each forward step keeps what its backward step needs.
 */
public final class Gpt2Backprop implements GradientSource {
    private static final double GELU_C = Gelu.SQRT_2_OVER_PI;

    private final Gpt2Config config;
    private final Map<String, INDArray> p;
    private final int batch;
    private final int context;
    /** The causal mask (−10⁹ above the diagonal) for every (window, head) pair at once: [B·H, T, T]. */
    private final INDArray mask;
    /** Logits, then probabilities, then ∂L/∂logits: [B·T, V] is the largest array of a step, so it is reused. */
    private final INDArray logits;

    public Gpt2Backprop(Gpt2Config config, Map<String, INDArray> parameters, int batch, int context) {
        if (context != config.nPositions()) {
            throw new IllegalArgumentException("training windows must fill the position table");
        }
        this.config = config;
        this.p = parameters;
        this.batch = batch;
        this.context = context;
        this.mask = Nd4j.tile(CausalMask.additive(context).reshape(1, context, context), batch * config.nHead(), 1, 1);
        this.logits = Nd4j.create(DataType.FLOAT, new long[] {(long) batch * context, config.vocabSize()}, 'c');
    }

    @Override
    public Map<String, INDArray> parameters() {
        return p;
    }

    /** What LayerNorm keeps: the normalised rows x̂ and 1/σ per row. */
    private record NormCache(INDArray normalised, INDArray inverseStd) {
    }

    /** q, k and v of every (window, head) pair, each [B·H, T, d]. */
    private record Heads(INDArray q, INDArray k, INDArray v) {
    }

    /** What a block keeps for its backward pass. */
    private record BlockCache(INDArray input, NormCache ln1, INDArray ln1Out, INDArray qkv, Heads heads, INDArray weights,
                              INDArray attended, INDArray afterAttention, NormCache ln2, INDArray ln2Out,
                              INDArray preGelu, INDArray tanh, INDArray hidden) {
    }

    @Override
    public double lossAndGradients(TokenCorpus.Batch data, Map<String, INDArray> gradients) {
        int n = config.nEmbd();
        int rows = batch * context;
        int[] inputs = flatten(data.inputs());
        int[] targets = flatten(data.targets());

        // Forward. Embedding: x = W_te[token] + W_pe[position].
        INDArray x = p.get(TOKEN_EMBEDDING).getRows(inputs)
                .addi(Nd4j.tile(p.get(POSITION_EMBEDDING), batch, 1));
        List<BlockCache> caches = new ArrayList<>();
        for (int layer = 0; layer < config.nLayer(); layer++) {
            BlockCache cache = blockForward(x, layer);
            caches.add(cache);
            x = cache.afterAttention().add(cache.hidden().mmul(p.get(MLP_PROJ.weight(layer)))
                    .addiRowVector(p.get(MLP_PROJ.bias(layer))));
        }
        NormCache lnF = normalise(x);
        INDArray h = affine(lnF, FINAL_NORM);
        // Tied unembedding: logits = h·W_teᵀ [N, V]. gemm writes into the reused row-major buffer (an mmul into a new
        // array costs a fresh 18 MB allocation and, for this shape, a slow column-to-row copy).
        INDArray wte = p.get(TOKEN_EMBEDDING);
        Nd4j.gemm(h, wte, logits, false, true, 1.0, 0.0);

        // Loss: softmax rows, −mean log p(target). ∂L/∂logits = (softmax − one-hot)/N, written over the same buffer.
        Nd4j.exec(new SoftMax(logits, logits, 1));
        DataBuffer probabilities = logits.data();
        int vocabulary = config.vocabSize();
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            long at = (long) i * vocabulary + targets[i];
            float probability = probabilities.getFloat(at);
            loss -= Math.log(Math.max(probability, 1e-30f));
            probabilities.put(at, probability - 1f);
        }
        loss /= rows;
        INDArray dLogits = logits.divi(rows);

        // Backward, from the unembedding down to the embeddings.
        INDArray dWte = Nd4j.gemm(dLogits, h, true, false);                   // ∂L/∂W_te from the unembedding
        INDArray dx = affineBackward(Nd4j.gemm(dLogits, wte, false, false), lnF, FINAL_NORM, gradients);
        for (int layer = config.nLayer() - 1; layer >= 0; layer--) {
            dx = blockBackward(dx, caches.get(layer), layer, gradients);
        }
        // W_pe[t] received the gradient of every row at position t; W_te[token] that of every row holding it.
        gradients.put(POSITION_EMBEDDING, dx.reshape(batch, context, n).sum(0));
        float[] dEmbedding = dWte.dup('c').data().asFloat();
        float[] dRows = dx.dup('c').data().asFloat();
        for (int i = 0; i < rows; i++) {
            int base = inputs[i] * n;
            for (int j = 0; j < n; j++) {
                dEmbedding[base + j] += dRows[i * n + j];
            }
        }
        gradients.put(TOKEN_EMBEDDING, Nd4j.create(dEmbedding, new long[] {vocabulary, n}, 'c'));
        return loss;
    }

    private BlockCache blockForward(INDArray x, int layer) {
        NormCache ln1 = normalise(x);
        INDArray a = affine(ln1, LN_1.prefix(layer));
        INDArray qkv = a.mmul(p.get(ATTN_QKV.weight(layer))).addiRowVector(p.get(ATTN_QKV.bias(layer)));
        // All B·H heads at once: A = softmax(q·kᵀ/√d + mask), rows sum to 1 over the past; Y = A·v.
        Heads heads = splitHeads(qkv);
        INDArray scores = Nd4j.matmul(heads.q(), heads.k(), false, true, false)
                .muli(1 / Math.sqrt(config.headSize())).addi(mask);
        INDArray weights = Nd4j.exec(new SoftMax(scores, scores, 2))[0];
        INDArray attended = mergeHeads(Nd4j.matmul(weights, heads.v()));
        INDArray afterAttention = x.add(attended.mmul(p.get(ATTN_PROJ.weight(layer)))
                .addiRowVector(p.get(ATTN_PROJ.bias(layer))));
        NormCache ln2 = normalise(afterAttention);
        INDArray m = affine(ln2, LN_2.prefix(layer));
        INDArray preGelu = m.mmul(p.get(MLP_FC.weight(layer))).addiRowVector(p.get(MLP_FC.bias(layer)));
        INDArray tanh = Transforms.tanh(preGelu.mul(preGelu).muli(Gelu.CUBIC).addi(1).muli(preGelu).muli(GELU_C), false);
        // Gelu.tanhForm on whole arrays, kept apart so that the backward pass reuses its tanh.
        INDArray hidden = preGelu.mul(tanh.add(1)).muli(0.5);               // GELU(u) = ½u(1 + tanh(…))
        return new BlockCache(x, ln1, a, qkv, heads, weights, attended, afterAttention, ln2, m, preGelu, tanh, hidden);
    }

    /** Takes ∂L/∂(block output) and returns ∂L/∂(block input), storing the block's parameter gradients. */
    private INDArray blockBackward(INDArray dOut, BlockCache c, int layer, Map<String, INDArray> g) {
        int d = config.headSize();
        // MLP: out = x' + GELU(LN₂(x')·W_fc + b_fc)·W_proj + b_proj.
        g.put(MLP_PROJ.weight(layer), c.hidden().transpose().mmul(dOut));
        g.put(MLP_PROJ.bias(layer), dOut.sum(0));
        INDArray dHidden = dOut.mmul(p.get(MLP_PROJ.weight(layer)).transpose());
        // GELU'(u) = ½(1 + t) + ½u(1 − t²)·c(1 + 3·0.044715u²).
        INDArray u = c.preGelu();
        INDArray t = c.tanh();
        INDArray inner = u.mul(u).muli(3 * Gelu.CUBIC).addi(1).muli(GELU_C);
        INDArray derivative = t.add(1).muli(0.5).addi(u.mul(0.5).muli(t.mul(t).rsubi(1)).muli(inner));
        INDArray dPre = dHidden.muli(derivative);
        g.put(MLP_FC.weight(layer), c.ln2Out().transpose().mmul(dPre));
        g.put(MLP_FC.bias(layer), dPre.sum(0));
        INDArray dAfter = dOut.add(affineBackward(dPre.mmul(p.get(MLP_FC.weight(layer)).transpose()), c.ln2(),
                LN_2.prefix(layer), g));

        // Attention: x' = x + Y·W_proj + b_proj, Y the heads side by side.
        g.put(ATTN_PROJ.weight(layer), c.attended().transpose().mmul(dAfter));
        g.put(ATTN_PROJ.bias(layer), dAfter.sum(0));
        INDArray dAttended = dAfter.mmul(p.get(ATTN_PROJ.weight(layer)).transpose());
        // Per head: ∂v = Aᵀ·∂Y, ∂A = ∂Y·vᵀ, softmax rows ∂S = A ⊙ (∂A − Σ_k ∂A⊙A) then the 1/√d scale,
        // ∂q = ∂S·k, ∂k = ∂Sᵀ·q — all B·H heads in one batched product each.
        INDArray a = c.weights();
        Heads heads = c.heads();
        INDArray dY = splitMerged(dAttended);
        INDArray dV = Nd4j.matmul(a, dY, true, false, false);
        INDArray dA = Nd4j.matmul(dY, heads.v(), false, true, false);
        INDArray rowSums = dA.mul(a).sum(2);
        Nd4j.exec(new BroadcastSubOp(dA, rowSums, dA, 0, 1));
        INDArray dS = dA.muli(a).muli(1 / Math.sqrt(d));
        INDArray dQ = Nd4j.matmul(dS, heads.k());
        INDArray dK = Nd4j.matmul(dS, heads.q(), true, false, false);
        INDArray dQkv = joinHeads(dQ, dK, dV);
        g.put(ATTN_QKV.weight(layer), c.ln1Out().transpose().mmul(dQkv));
        g.put(ATTN_QKV.bias(layer), dQkv.sum(0));
        return dAfter.add(affineBackward(dQkv.mmul(p.get(ATTN_QKV.weight(layer)).transpose()), c.ln1(),
                LN_1.prefix(layer), g));
    }

    /** [B·T, 3n] (q | k | v, heads side by side) → q, k, v as [B·H, T, d], each contiguous. */
    private Heads splitHeads(INDArray qkv) {
        int heads = config.nHead();
        int d = config.headSize();
        INDArray split = qkv.reshape('c', batch, context, 3, heads, d).permute(2, 0, 3, 1, 4).dup('c');
        return new Heads(split.slice(0).reshape('c', (long) batch * heads, context, d),
                split.slice(1).reshape('c', (long) batch * heads, context, d),
                split.slice(2).reshape('c', (long) batch * heads, context, d));
    }

    /** [B·T, n] with heads side by side → [B·H, T, d]. */
    private INDArray splitMerged(INDArray rows) {
        int heads = config.nHead();
        int d = config.headSize();
        return rows.reshape('c', batch, context, heads, d).permute(0, 2, 1, 3).dup('c')
                .reshape('c', (long) batch * heads, context, d);
    }

    /** [B·H, T, d] → [B·T, n] with heads side by side (the inverse of {@link #splitMerged}). */
    private INDArray mergeHeads(INDArray perHead) {
        int heads = config.nHead();
        int d = config.headSize();
        return perHead.reshape('c', batch, heads, context, d).permute(0, 2, 1, 3).dup('c')
                .reshape('c', (long) batch * context, (long) heads * d);
    }

    /** ∂q, ∂k, ∂v as [B·H, T, d] → ∂qkv [B·T, 3n], laid out like c_attn's output. */
    private INDArray joinHeads(INDArray dQ, INDArray dK, INDArray dV) {
        int heads = config.nHead();
        int d = config.headSize();
        INDArray stacked = Nd4j.create(dQ.dataType(), 3, (long) batch * heads, context, d);
        stacked.slice(0).assign(dQ);
        stacked.slice(1).assign(dK);
        stacked.slice(2).assign(dV);
        return stacked.reshape('c', 3, batch, heads, context, d).permute(1, 3, 0, 2, 4).dup('c')
                .reshape('c', (long) batch * context, 3L * heads * d);
    }

    /** x̂ = (x − μ)/√(σ² + ε) per row: {@link deepmath.gpt.LayerNorm} on ND4J rows, keeping x̂ and 1/σ for the backward pass. */
    private NormCache normalise(INDArray x) {
        INDArray centred = x.subColumnVector(x.mean(true, 1));
        INDArray variance = centred.mul(centred).mean(true, 1);
        INDArray inverseStd = Transforms.pow(variance.addi(config.layerNormEpsilon()), -0.5, false);
        return new NormCache(centred.muliColumnVector(inverseStd), inverseStd);
    }

    /** γ ⊙ x̂ + β. */
    private INDArray affine(NormCache norm, String prefix) {
        return norm.normalised().mulRowVector(p.get(prefix + "weight")).addiRowVector(p.get(prefix + "bias"));
    }

    /** LayerNorm backward: ∂x = (1/σ)(∂x̂ − mean(∂x̂) − x̂·mean(∂x̂ ⊙ x̂)), with ∂x̂ = ∂y ⊙ γ. */
    private INDArray affineBackward(INDArray dy, NormCache norm, String prefix, Map<String, INDArray> g) {
        INDArray xHat = norm.normalised();
        g.put(prefix + "weight", dy.mul(xHat).sum(0));
        g.put(prefix + "bias", dy.sum(0));
        INDArray dxHat = dy.mulRowVector(p.get(prefix + "weight"));
        INDArray meanDxHat = dxHat.mean(true, 1);
        INDArray meanDxHatXHat = dxHat.mul(xHat).mean(true, 1);
        return dxHat.subColumnVector(meanDxHat).subi(xHat.mulColumnVector(meanDxHatXHat)).muliColumnVector(norm.inverseStd());
    }

    private static int[] flatten(int[][] windows) {
        int[] out = new int[windows.length * windows[0].length];
        for (int b = 0; b < windows.length; b++) {
            System.arraycopy(windows[b], 0, out, b * windows[b].length, windows[b].length);
        }
        return out;
    }

    /** Fresh gradient map for one step. */
    public static Map<String, INDArray> newGradients() {
        return new LinkedHashMap<>();
    }
}
