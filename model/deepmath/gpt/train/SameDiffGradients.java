package deepmath.gpt.train;

import deepmath.gpt.Gpt2Config;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Loss and gradients by SameDiff's automatic differentiation of {@link Gpt2Graph}. */
public final class SameDiffGradients implements GradientSource {
    private final Gpt2Graph graph;
    private final Map<String, INDArray> parameters;
    private final List<String> names;

    public SameDiffGradients(Gpt2Config config, Map<String, INDArray> initial, int batch, int context) {
        this.graph = new Gpt2Graph(config, batch, context, initial);
        this.parameters = graph.parameters();
        this.names = graph.parameterNames();
    }

    @Override
    public Map<String, INDArray> parameters() {
        return parameters;
    }

    @Override
    public double lossAndGradients(TokenCorpus.Batch batch, Map<String, INDArray> gradients) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(Gpt2Graph.TOKENS, oneHot(batch.inputs()));
        feed.put(Gpt2Graph.TARGETS, oneHot(batch.targets()));
        OutAndGrad result = graph.sameDiff().calculateGradientsAndOutputs(feed, List.of(Gpt2Graph.LOSS), names);
        gradients.putAll(result.getGradients());
        return result.getOutputs().get(Gpt2Graph.LOSS).getDouble(0);
    }

    /** Rows [B·T, V] with a single 1 at each token's id. */
    private INDArray oneHot(int[][] ids) {
        int vocabulary = graph.config().vocabSize();
        int context = ids[0].length;
        float[] values = new float[ids.length * context * vocabulary];
        for (int b = 0; b < ids.length; b++) {
            for (int t = 0; t < context; t++) {
                values[(b * context + t) * vocabulary + ids[b][t]] = 1f;
            }
        }
        return Nd4j.create(values, new long[] {(long) ids.length * context, vocabulary}, 'c');
    }
}
