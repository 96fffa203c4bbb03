package deepmath.gpt.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.SafeTensorsFile;
import deepmath.gpt.SafeTensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training folder: the model as the viewer loads it ({@code config.json}, {@code model.safetensors},
 * {@code vocab.json}, {@code merges.txt}) plus what resuming needs, {@code optimizer.safetensors} (Adam's
 * moments) and {@code training.json} (step and options). Each file is written beside then moved over the old one,
 * so a run killed while saving still leaves the previous checkpoint whole.
 */
public final class TrainingCheckpoint {
    static final String OPTIMIZER = "optimizer.safetensors";
    static final String STATE = "training.json";

    private TrainingCheckpoint() {
    }

    public static void save(Path folder, Gpt2Config config, Map<String, INDArray> parameters, ClippedAdam adam,
                            int step, TrainingOptions options) throws IOException {
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, ".saving");
        Map<String, SafeTensorsWriter.Tensor> weights = new LinkedHashMap<>();
        parameters.forEach((name, array) -> weights.put(name, tensor(array)));
        Gpt2Checkpoint.write(staging, config, weights);
        if (adam.steps() > 0) {
            SafeTensorsWriter moments = new SafeTensorsWriter();
            adam.firstMoment().forEach((name, m) -> moments.put("m." + name, tensor(m)));
            adam.secondMoment().forEach((name, v) -> moments.put("v." + name, tensor(v)));
            moments.write(staging.resolve(OPTIMIZER));
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode state = mapper.createObjectNode();
        state.put("step", step);
        state.put("adam_steps", adam.steps());
        state.set("options", mapper.valueToTree(options));
        Files.writeString(staging.resolve(STATE), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        for (String name : new String[] {Gpt2Checkpoint.WEIGHTS, Gpt2Checkpoint.CONFIG, OPTIMIZER, STATE}) {
            if (Files.exists(staging.resolve(name))) {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(staging);
    }

    /** Writes the tokenizer files beside the model (once, at the start of a run). */
    public static void saveVocabulary(Path folder, RestrictedVocabulary vocabulary, Gpt2Tokenizer gpt2)
            throws IOException {
        vocabulary.write(folder, gpt2);
    }

    /** True when {@code folder} holds a run that can be resumed. */
    public static boolean canResume(Path folder) {
        return Files.isRegularFile(folder.resolve(STATE)) && Files.isRegularFile(folder.resolve(Gpt2Checkpoint.WEIGHTS));
    }

    /** Reloads the parameters (in place) and Adam's state; returns the step to continue from. */
    public static int resume(Path folder, Map<String, INDArray> parameters, ClippedAdam adam) throws IOException {
        JsonNode state = new ObjectMapper().readTree(Files.readAllBytes(folder.resolve(STATE)));
        try (SafeTensorsFile file = SafeTensorsFile.open(folder.resolve(Gpt2Checkpoint.WEIGHTS))) {
            for (Map.Entry<String, INDArray> entry : parameters.entrySet()) {
                INDArray saved = Nd4j.create(file.floats(entry.getKey()), entry.getValue().shape(), 'c');
                entry.getValue().assign(saved);
            }
        }
        Map<String, INDArray> m = new LinkedHashMap<>();
        Map<String, INDArray> v = new LinkedHashMap<>();
        if (Files.isRegularFile(folder.resolve(OPTIMIZER))) {
            try (SafeTensorsFile file = SafeTensorsFile.open(folder.resolve(OPTIMIZER))) {
                for (Map.Entry<String, INDArray> entry : parameters.entrySet()) {
                    long[] shape = entry.getValue().shape();
                    m.put(entry.getKey(), Nd4j.create(file.floats("m." + entry.getKey()), shape, 'c'));
                    v.put(entry.getKey(), Nd4j.create(file.floats("v." + entry.getKey()), shape, 'c'));
                }
            }
        }
        adam.restore(state.path("adam_steps").asInt(), m, v);
        return state.path("step").asInt();
    }

    /** The options a saved run was started with. */
    public static TrainingOptions savedOptions(Path folder) throws IOException {
        JsonNode state = new ObjectMapper().readTree(Files.readAllBytes(folder.resolve(STATE)));
        return new ObjectMapper().treeToValue(state.get("options"), TrainingOptions.class);
    }

    private static SafeTensorsWriter.Tensor tensor(INDArray array) {
        return SafeTensorsWriter.Tensor.f32(array.dup('c').data().asFloat(), array.shape());
    }
}
